import { pluralCategory, translator, type Dictionary } from '../i18n/translate.js';

const en = {
  title: 'Self-assessment: {party}, period {period}',
  checklist: 'Checklist: {title} ({id} {version})',
  overall: 'Overall score: {score} — {band}',
  'overall.none': 'Overall score: not assessed (no scored question was answered)',
  complete: 'Complete: every question that must be answered is answered.',
  'incomplete.one': 'INCOMPLETE: {count} question unanswered — the report is marked incomplete.',
  'incomplete.other': 'INCOMPLETE: {count} questions unanswered — the report is marked incomplete.',
  'overall.incomplete': '(assessment incomplete)',
  sections: 'By section',
  pillars: 'By pillar',
  'not-assessed': 'not assessed',
  gaps: 'Largest gaps (where a better answer would raise the overall score most)',
  'gaps.none': 'No gaps: every answered question has its best answer.',
  gap: '+{points} points overall ({current} → {best})',
  provisions: 'Provisions: {list}',
  report: 'Report written to: {path}',
  core: 'Core obligations',
  'gap.hidden': 'not asked: an earlier answer made it moot, so it counts as unmet',
  'gaps.more.one': '… and {count} more gap in the report',
  'gaps.more.other': '… and {count} more gaps in the report',
  unknowns: 'What is not known ("don\'t know" or unanswered: each counts 0)',
  'unknown.dont-know': 'answered "don\'t know" · +{points} points overall if fully met',
  'unknown.unanswered': 'unanswered · +{points} points overall if fully met',
  'unknowns.more.one': '… and {count} more in the report',
  'unknowns.more.other': '… and {count} more in the report',
} as const;

const fr: Record<keyof typeof en, string> = {
  title: 'Auto-évaluation : {party}, période {period}',
  checklist: 'Liste de contrôle : {title} ({id} {version})',
  overall: 'Note globale : {score} — {band}',
  'overall.none': 'Note globale : non évaluée (aucune question notée n’a reçu de réponse)',
  complete: 'Complet : toutes les questions appelant une réponse ont été traitées.',
  'incomplete.one': 'INCOMPLET\u00a0: {count} question sans réponse — le rapport est signalé comme incomplet.',
  'incomplete.other': 'INCOMPLET\u00a0: {count} questions sans réponse — le rapport est signalé comme incomplet.',
  'overall.incomplete': '(évaluation incomplète)',
  sections: 'Par section',
  pillars: 'Par pilier',
  'not-assessed': 'non évalué',
  gaps: 'Principaux écarts (là où une meilleure réponse relèverait le plus la note globale)',
  'gaps.none': 'Aucun écart : chaque question traitée a reçu la meilleure réponse possible.',
  gap: '+{points} points au total ({current} → {best})',
  provisions: 'Dispositions : {list}',
  report: 'Rapport enregistré dans : {path}',
  core: 'Obligations fondamentales',
  'gap.hidden': 'question non posée\u00a0: une réponse antérieure l’a rendue sans objet, elle compte donc comme non remplie',
  'gaps.more.one': '… et {count} autre écart dans le rapport',
  'gaps.more.other': '… et {count} autres écarts dans le rapport',
  unknowns: 'Ce qui n’est pas connu (réponses «\u00a0Ne sait pas\u00a0» ou questions sans réponse\u00a0: chacune compte 0)',
  'unknown.dont-know': 'réponse «\u00a0Ne sait pas\u00a0» · +{points} points au total si l’obligation était pleinement remplie',
  'unknown.unanswered': 'sans réponse · +{points} points au total si l’obligation était pleinement remplie',
  'unknowns.more.one': '… et {count} autre dans le rapport',
  'unknowns.more.other': '… et {count} autres dans le rapport',
};

export type SummaryKey = keyof typeof en;
export const SUMMARY_MESSAGES: Dictionary<SummaryKey> = { en, fr };

/** "INCOMPLETE: 3 questions unanswered — …", with the plural of the language. */
export function incompleteLine(missing: number, language: string): string {
  return translator(SUMMARY_MESSAGES, language)(`incomplete.${pluralCategory(missing, language)}`, { count: missing });
}
