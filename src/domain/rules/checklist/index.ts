import type { Rule, ChecklistRuleContext } from '../context.js';
import { conditionRules } from './conditions.js';
import { coreRules, historyRules } from './core.js';
import { doctrineRules } from './doctrine.js';
import { followUpRules } from './followups.js';
import { uniqueIds } from './ids.js';
import { questionShape } from './options.js';
import { sourceRules } from './sources.js';
import { bandRules, emptySections, taxonomyRules } from './structure.js';
import { translationRules } from './translations.js';

export const CHECKLIST_RULES: ReadonlyArray<Rule<ChecklistRuleContext>> = [
  uniqueIds,
  questionShape,
  conditionRules,
  translationRules,
  sourceRules,
  emptySections,
  bandRules,
  taxonomyRules,
  doctrineRules,
  followUpRules,
  coreRules,
  historyRules,
];
