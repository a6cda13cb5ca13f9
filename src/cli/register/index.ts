import { registerAssess } from './assess.js';
import { registerCompare } from './compare.js';
import { registerCoverage } from './coverage.js';
import { registerDb } from './db.js';
import { registerKeygen } from './keygen.js';
import { registerLint } from './lint.js';
import { registerList } from './list.js';
import { registerMerge } from './merge.js';
import { registerPlan } from './plan.js';
import { registerRender } from './render.js';
import { registerSchema } from './schema.js';
import { registerScore } from './score.js';
import { registerShow } from './show.js';
import { registerSign } from './sign.js';
import { registerTemplate } from './template.js';
import { registerValidate } from './validate.js';
import { registerVerify } from './verify.js';
import type { Registration } from './registration.js';

/**
 * Every command, in the order `--help` lists them. Each registration declares a
 * command's arguments and options and imports the code that runs it only inside
 * its action, so that `--help` loads none of it. A new command: a file in
 * cli/commands/ (what it does), one here in cli/register/ (how it is called), a line below.
 */
const COMMANDS: ReadonlyArray<(registration: Registration) => void> = [
  registerLint,
  registerValidate,
  registerCoverage,
  registerList,
  registerSchema,
  registerKeygen,
  registerSign,
  registerVerify,
  registerAssess,
  registerPlan,
  registerRender,
  registerShow,
  registerTemplate,
  registerScore,
  registerMerge,
  registerCompare,
  registerDb,
];

export function registerCommands(registration: Registration): void {
  for (const register of COMMANDS) register(registration);
}
