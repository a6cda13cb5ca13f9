import { phrase, type Finding } from '../diagnostic.js';

/** An answers document or draft, as far as its pending answers go. */
interface WithDraft {
  draft?: { pending?: Record<string, unknown> } | undefined;
}

/** How many answers a draft carried over from a previous report and the official has not yet confirmed. */
export function pendingCount(document: WithDraft): number {
  return Object.keys(document.draft?.pending ?? {}).length;
}

/** A draft's answers carried over from a previous report are not answers until confirmed: a warning that says how many. */
export function pendingFindings(document: WithDraft): Finding[] {
  const pending = pendingCount(document);
  if (pending === 0) return [];
  const message = phrase('draft-pending-answers', { count: pending });
  return [{ code: 'draft-pending-answers', severity: 'warning', message, pointer: '/draft/pending' }];
}
