import { declareAssess } from './assess-declaration.js';
import type { Registration } from './registration.js';

/** `selfassess assess`: its arguments and options; the command's module is imported only when it runs. */
export function registerAssess(registration: Registration): void {
  declareAssess(registration, async () => (await import('../commands/assess.js')).assessCommand);
}
