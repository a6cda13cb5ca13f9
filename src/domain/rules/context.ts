import type { Finding, Phrase } from '../diagnostic.js';
import type { Catalogue } from '../schemas/catalogue.js';
import type { Checklist } from '../schemas/checklist.js';
import { ruleSeverity, type RuleCode } from './codes.js';

export interface RuleContext<T> {
  document: T;
  report(code: RuleCode, pointer: string, message: Phrase): void;
}

export interface ChecklistRuleContext extends RuleContext<Checklist> {
  /** Catalogues that could be found, by id. */
  catalogues: ReadonlyMap<string, Catalogue>;
  /** Languages (base tags) whose words for the built-in codes the tool itself provides: a checklist need not label those. */
  toolLanguages: readonly string[];
}

export type Rule<C> = (context: C) => void;

/** Runs rules and collects what they report; rules never throw on user input. */
export function runRules<T, C extends RuleContext<T>>(
  rules: ReadonlyArray<Rule<C>>,
  make: (report: RuleContext<T>['report']) => C,
): Finding[] {
  const findings: Finding[] = [];
  const context = make((code, pointer, message) => {
    findings.push({ code, severity: ruleSeverity(code), message, pointer });
  });
  for (const rule of rules) rule(context);
  return findings;
}
