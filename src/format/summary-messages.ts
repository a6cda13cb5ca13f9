import type { Dictionary } from '../i18n/translate.js';

const en = {
  title: 'Self-assessment: {party}, period {period}',
  checklist: 'Checklist: {title} ({id} {version})',
  overall: 'Overall score: {score} — {band}',
  'overall.none': 'Overall score: not assessed (no scored question was answered)',
  complete: 'Complete: every question that must be answered is answered.',
  incomplete: 'INCOMPLETE: {count} question(s) unanswered — the report is marked incomplete.',
  sections: 'By section',
  pillars: 'By pillar',
  'not-assessed': 'not assessed',
  gaps: 'Largest gaps (where a better answer would raise the overall score most)',
  'gaps.none': 'No gaps: every answered question has its best answer.',
  gap: '+{points} points overall ({current} → {best})',
  provisions: 'Provisions: {list}',
  report: 'Report written to: {path}',
} as const;

const fr: Record<keyof typeof en, string> = {
  title: 'Auto-évaluation : {party}, période {period}',
  checklist: 'Liste de contrôle : {title} ({id} {version})',
  overall: 'Note globale : {score} — {band}',
  'overall.none': 'Note globale : non évaluée (aucune question notée n’a reçu de réponse)',
  complete: 'Complet : toutes les questions appelant une réponse ont été traitées.',
  incomplete: 'INCOMPLET : {count} question(s) sans réponse — le rapport est signalé comme incomplet.',
  sections: 'Par section',
  pillars: 'Par pilier',
  'not-assessed': 'non évalué',
  gaps: 'Principaux écarts (là où une meilleure réponse relèverait le plus la note globale)',
  'gaps.none': 'Aucun écart : chaque question traitée a reçu la meilleure réponse possible.',
  gap: '+{points} points au total ({current} → {best})',
  provisions: 'Dispositions : {list}',
  report: 'Rapport enregistré dans : {path}',
};

export type SummaryKey = keyof typeof en;
export const SUMMARY_MESSAGES: Dictionary<SummaryKey> = { en, fr };
