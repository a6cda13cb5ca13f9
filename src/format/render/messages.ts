import type { Dictionary } from '../../i18n/translate.js';

/**
 * The words of a rendered report, in English and in French. The French is
 * written as a francophone jurist would write it in official correspondence
 * (« traite des personnes », « États Parties », « Sans objet »).
 */
const en = {
  'doc.title': 'Self-assessment report — {party}, {period}',
  'cover.kicker': 'Self-assessment of implementation',
  'cover.title': 'Self-assessment report',
  'cover.state': 'State',
  'cover.organization': 'Regional economic integration organization',
  'cover.institution': 'Institution',
  'cover.prepared-by': 'Prepared by',
  'cover.role': 'Function',
  'cover.contact': 'Contact',
  'cover.checklist': 'Checklist',
  'cover.version': 'Version',
  'cover.period': 'Reporting period',
  'cover.created': 'Date of the report',
  'cover.completed': 'Assessment completed on',
  'cover.language': 'Language of the report',
  'cover.tool': 'Produced with {tool} {version}',

  'summary.title': 'Summary of results',
  'summary.overall': 'Overall score',
  'summary.band': 'Maturity band',
  'summary.not-assessed': 'not assessed',
  'summary.exact': 'score {score} on a scale from 0 to 1',
  'summary.model.weighted': 'Weighted mean of the scored answers (yes = 1, partly = 0.5, no = 0).',
  'summary.model.flat-unweighted': 'Unweighted mean of the scored answers (yes = 1, partly = 0.5, no = 0).',
  'summary.counts':
    '{total} questions: {answered} answered, {dontKnow} “don’t know”, {notApplicable} not applicable, {unanswered} unanswered, {hidden} not asked because of earlier answers.',
  'summary.complete': 'The assessment is complete: every question that must be answered is answered.',
  'summary.incomplete.one': 'The assessment is incomplete: {count} question that must be answered is not.',
  'summary.incomplete.other': 'The assessment is incomplete: {count} questions that must be answered are not.',
  'summary.incomplete-mark.one': 'Incomplete: {count} question unanswered',
  'summary.incomplete-mark.other': 'Incomplete: {count} questions unanswered',
  'summary.bands': 'Maturity bands',
  'summary.band-range': '{label}: {min} to {max}',

  'chart.sections': 'Score by section',
  'chart.pillars': 'Score by pillar',
  'chart.alt.sections': 'Bar chart of the score of each section.',
  'chart.alt.pillars': 'Bar chart of the score of each pillar.',
  'chart.value': '{label}: {value}',

  'section.score': 'Section score: {score} — {band}',
  'section.not-assessed': 'Section score: not assessed (no scored question applies)',
  'section.not-answered': 'Section score: not assessed (no question of this section has been answered)',
  'section.hidden': 'Not asked, because of earlier answers: {list}.',
  'table.number': 'No.',
  'table.question': 'Question',
  'table.answer': 'Answer',
  'table.evidence': 'Evidence',
  'table.notes': 'Notes',
  'table.provisions': 'Provisions',
  'table.caption': 'Questions of section {number}, with the answers given',
  'table.section': 'Section',
  'table.pillar': 'Pillar',
  'table.score': 'Score',

  'answer.hidden': 'Not asked (depends on an earlier answer)',
  'answer.unanswered': 'No answer',
  'answer.justification': 'Reason: {text}',
  'answer.option-text': '{option}: {text}',
  'answer.assistance': 'Technical assistance requested: {list}',

  'option.yes': 'Yes',
  'option.partly': 'Partly',
  'option.no': 'No',
  'option.dont-know': 'Don’t know',
  'option.not-applicable': 'Not applicable',

  'state.answered': 'Answered',
  'state.dont-know': 'Don’t know',
  'state.not-applicable': 'Not applicable',
  'state.hidden': 'Not asked',
  'state.unanswered': 'Unanswered',

  'gaps.title': 'Gaps, largest first',
  'gaps.intro':
    'A gap is a question answered below its best answer. Its value is how much the overall score (from 0 to 1) would rise if that question alone received its best answer.',
  'gaps.none': 'No gap: every question answered has its best answer.',
  'gaps.rank': 'Rank',
  'gaps.section': 'Section',
  'gaps.current': 'Current',
  'gaps.best': 'Best',
  'gaps.gap': 'Gap',
  'gaps.caption': 'Questions answered below their best, by gap value',
  'gaps.hidden': 'Not asked: an earlier answer made it moot, so it counts as unmet.',

  'core.title': 'Core obligations',
  'core.intro':
    'The obligations without which the rest of the assessment is hollow. While one of them is not met or not known, the overall band is at most {cap}, whatever the score.',
  'core.caption': 'Core obligations and their status',
  'core.status': 'Status',
  'unknowns.title': 'What is not known',
  'unknowns.intro':
    'Scored questions answered “don’t know” or left unanswered. Each counts 0, like a “no”; its value is how much the overall score (from 0 to 1) would rise if it alone were fully met.',
  'unknowns.caption': 'Scored questions answered “don’t know” or unanswered, by value',
  'unknowns.state': 'Answer',
  'unknowns.gain': 'Value',
  'table.level': 'Level of obligation',
  'csv.level': 'Level of obligation',

  'assistance.title': 'Technical-assistance needs',
  'assistance.intro': 'Questions for which technical assistance is requested, by category.',
  'assistance.none': 'No technical-assistance need was expressed.',

  'integrity.title': 'Integrity and signature',
  'integrity.digest': 'Integrity digest (SHA-256 of the canonical report, RFC 8785)',
  'integrity.ok': 'The content of the report matches this digest: it has not been changed since it was produced.',
  'integrity.altered': 'Warning: the content of the report does not match its digest. It was changed after it was produced.',
  'integrity.figures':
    'Warning: this report does not hold. Checked against its own answers, as selfassess validate does, its figures or answers are wrong: it was changed after it was produced, and its digest computed again.',
  'integrity.explain':
    'Anyone can recompute the digest; it shows that the report is intact, not who produced it. A signature shows who did.',
  'signature.label': 'Signature',
  'signature.not-signed': 'Not signed.',
  'signature.not-checked': 'A signature file accompanies the report; it was not checked when this page was produced.',
  'signature.valid': 'Valid signature, made with the trusted key {fingerprint} on {date}.',
  'signature.unknown-key': 'Signed with a key that is not among the trusted keys ({fingerprint}).',
  'signature.altered': 'The signature does not match: the report was changed after it was signed.',
  'signature.invalid': 'The signature is not valid: it was forged or corrupted.',
  'signature.malformed': 'The signature file is not a valid signature.',
  'signature.missing': 'Not signed: no signature file accompanies the report.',

  'page.label': 'Page',
  'page.of': 'of',

  'csv.number': 'No.',
  'csv.section': 'Section',
  'csv.question-id': 'Question id',
  'csv.question': 'Question',
  'csv.state': 'State',
  'csv.answer': 'Answer',
  'csv.codes': 'Answer codes',
  'csv.score': 'Score',
  'csv.weight': 'Weight',
  'csv.evidence': 'Evidence',
  'csv.notes': 'Notes',
  'csv.justification': 'Reason (not applicable)',
  'csv.assistance': 'Technical assistance requested',
  'csv.provisions': 'Provisions',

  'citation.un-tip-protocol': 'Protocol, art. {path}',
  'citation.un-wg-tip-2009': 'Working Group (2009), para. {path}',
  'citation.other': '{catalogue} {path}',
} as const;

export type RenderKey = keyof typeof en;

const frWritten: Record<RenderKey, string> = {
  'doc.title': 'Rapport d’auto-évaluation — {party}, {period}',
  'cover.kicker': 'Auto-évaluation de l’application',
  'cover.title': 'Rapport d’auto-évaluation',
  'cover.state': 'État',
  'cover.organization': 'Organisation régionale d’intégration économique',
  'cover.institution': 'Institution',
  'cover.prepared-by': 'Établi par',
  'cover.role': 'Fonction',
  'cover.contact': 'Coordonnées',
  'cover.checklist': 'Liste de contrôle',
  'cover.version': 'Version',
  'cover.period': 'Période de référence',
  'cover.created': 'Date du rapport',
  'cover.completed': 'Évaluation achevée le',
  'cover.language': 'Langue du rapport',
  'cover.tool': 'Établi au moyen de {tool} {version}',

  'summary.title': 'Synthèse des résultats',
  'summary.overall': 'Note globale',
  'summary.band': 'Niveau de maturité',
  'summary.not-assessed': 'non évaluée',
  'summary.exact': 'note de {score} sur une échelle de 0 à 1',
  'summary.model.weighted': 'Moyenne pondérée des réponses notées (oui = 1, en partie = 0,5, non = 0).',
  'summary.model.flat-unweighted': 'Moyenne non pondérée des réponses notées (oui = 1, en partie = 0,5, non = 0).',
  'summary.counts':
    '{total} questions : {answered} avec réponse, {dontKnow} « ne sait pas », {notApplicable} sans objet, {unanswered} sans réponse, {hidden} non posées en raison de réponses antérieures.',
  'summary.complete': 'L’évaluation est complète : toutes les questions appelant une réponse ont été traitées.',
  'summary.incomplete.one': 'L’évaluation est incomplète\u00a0: {count} question appelant une réponse n’en a pas reçu.',
  'summary.incomplete.other': 'L’évaluation est incomplète\u00a0: {count} questions appelant une réponse n’en ont pas reçu.',
  'summary.incomplete-mark.one': 'Incomplète\u00a0: {count} question sans réponse',
  'summary.incomplete-mark.other': 'Incomplète\u00a0: {count} questions sans réponse',
  'summary.bands': 'Niveaux de maturité',
  'summary.band-range': '{label} : de {min} à {max}',

  'chart.sections': 'Note par section',
  'chart.pillars': 'Note par pilier',
  'chart.alt.sections': 'Diagramme en barres de la note de chaque section.',
  'chart.alt.pillars': 'Diagramme en barres de la note de chaque pilier.',
  'chart.value': '{label} : {value}',

  'section.score': 'Note de la section : {score} — {band}',
  'section.not-assessed': 'Note de la section : non évaluée (aucune question notée n’est applicable)',
  'section.not-answered': 'Note de la section\u00a0: non évaluée (aucune question de cette section n’a reçu de réponse)',
  'section.hidden': 'Questions non posées en raison de réponses antérieures : {list}.',
  'table.number': 'N°',
  'table.question': 'Question',
  'table.answer': 'Réponse',
  'table.evidence': 'Éléments justificatifs',
  'table.notes': 'Observations',
  'table.provisions': 'Dispositions',
  'table.caption': 'Questions de la section {number} et réponses données',
  'table.section': 'Section',
  'table.pillar': 'Pilier',
  'table.score': 'Note',

  'answer.hidden': 'Non posée (dépend d’une réponse antérieure)',
  'answer.unanswered': 'Sans réponse',
  'answer.justification': 'Motif : {text}',
  'answer.option-text': '{option}\u00a0: {text}',
  'answer.assistance': 'Assistance technique demandée : {list}',

  'option.yes': 'Oui',
  'option.partly': 'En partie',
  'option.no': 'Non',
  'option.dont-know': 'Ne sait pas',
  'option.not-applicable': 'Sans objet',

  'state.answered': 'Réponse donnée',
  'state.dont-know': 'Ne sait pas',
  'state.not-applicable': 'Sans objet',
  'state.hidden': 'Non posée',
  'state.unanswered': 'Sans réponse',

  'gaps.title': 'Écarts, par ordre d’importance',
  'gaps.intro':
    'Un écart est une question dont la réponse n’atteint pas la meilleure réponse possible. Sa valeur indique de combien la note globale (de 0 à 1) augmenterait si cette seule question recevait la meilleure réponse.',
  'gaps.none': 'Aucun écart : chaque question traitée a reçu la meilleure réponse possible.',
  'gaps.rank': 'Rang',
  'gaps.section': 'Section',
  'gaps.current': 'Actuelle',
  'gaps.best': 'Maximale',
  'gaps.gap': 'Écart',
  'gaps.caption': 'Questions dont la réponse n’atteint pas le maximum, par valeur de l’écart',
  'gaps.hidden': 'Question non posée\u00a0: une réponse antérieure l’a rendue sans objet, elle compte donc comme non remplie.',

  'core.title': 'Obligations fondamentales',
  'core.intro':
    'Les obligations sans lesquelles le reste de l’évaluation serait vide de sens. Tant que l’une d’elles n’est pas remplie ou n’est pas connue, le niveau global ne peut dépasser «\u00a0{cap}\u00a0», quelle que soit la note.',
  'core.caption': 'Obligations fondamentales et leur état',
  'core.status': 'État',
  'unknowns.title': 'Ce qui n’est pas connu',
  'unknowns.intro':
    'Questions notées auxquelles il a été répondu «\u00a0Ne sait pas\u00a0» ou restées sans réponse. Chacune compte 0, comme un «\u00a0Non\u00a0»\u00a0; sa valeur indique de combien la note globale (de 0 à 1) augmenterait si elle seule était pleinement remplie.',
  'unknowns.caption': 'Questions notées sans réponse connue, par valeur',
  'unknowns.state': 'Réponse',
  'unknowns.gain': 'Valeur',
  'table.level': 'Niveau d’obligation',
  'csv.level': 'Niveau d’obligation',

  'assistance.title': 'Besoins d’assistance technique',
  'assistance.intro': 'Questions pour lesquelles une assistance technique est demandée, par catégorie.',
  'assistance.none': 'Aucun besoin d’assistance technique n’a été exprimé.',

  'integrity.title': 'Intégrité et signature',
  'integrity.digest': 'Empreinte d’intégrité (SHA-256 du rapport sous forme canonique, RFC 8785)',
  'integrity.ok': 'Le contenu du rapport correspond à cette empreinte : il n’a pas été modifié depuis son établissement.',
  'integrity.altered': 'Attention : le contenu du rapport ne correspond pas à son empreinte. Il a été modifié après son établissement.',
  'integrity.figures':
    'Attention\u00a0: ce rapport ne tient pas. Vérifiés au regard de ses propres réponses, comme le fait selfassess validate, ses chiffres ou ses réponses sont erronés\u00a0: il a été modifié après son établissement et son empreinte recalculée.',
  'integrity.explain':
    'Chacun peut recalculer l’empreinte ; elle atteste que le rapport est intact, non de son auteur. C’est la signature qui atteste de l’auteur.',
  'signature.label': 'Signature',
  'signature.not-signed': 'Non signé.',
  'signature.not-checked': 'Un fichier de signature accompagne le rapport ; il n’a pas été vérifié lors de l’établissement de cette page.',
  'signature.valid': 'Signature valide, apposée au moyen de la clé de confiance {fingerprint} le {date}.',
  'signature.unknown-key': 'Signé au moyen d’une clé qui ne figure pas parmi les clés de confiance ({fingerprint}).',
  'signature.altered': 'La signature ne correspond pas : le rapport a été modifié après sa signature.',
  'signature.invalid': 'La signature n’est pas valide : elle a été falsifiée ou altérée.',
  'signature.malformed': 'Le fichier de signature n’est pas une signature valide.',
  'signature.missing': 'Non signé : aucun fichier de signature n’accompagne le rapport.',

  'page.label': 'Page',
  'page.of': 'sur',

  'csv.number': 'N°',
  'csv.section': 'Section',
  'csv.question-id': 'Identifiant de la question',
  'csv.question': 'Question',
  'csv.state': 'État de la réponse',
  'csv.answer': 'Réponse',
  'csv.codes': 'Codes de la réponse',
  'csv.score': 'Note',
  'csv.weight': 'Pondération',
  'csv.evidence': 'Éléments justificatifs',
  'csv.notes': 'Observations',
  'csv.justification': 'Motif (sans objet)',
  'csv.assistance': 'Assistance technique demandée',
  'csv.provisions': 'Dispositions',

  'citation.un-tip-protocol': 'Protocole, art. {path}',
  'citation.un-wg-tip-2009': 'Groupe de travail (2009), par. {path}',
  'citation.other': '{catalogue} {path}',
};

/**
 * French typography: a no-break space before « : ; ? ! » and inside « »,
 * so that a line never starts with a colon or a closing guillemet.
 */
export function frenchSpacing(text: string): string {
  return text.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}

const fr = Object.fromEntries(Object.entries(frWritten).map(([key, text]) => [key, frenchSpacing(text)])) as Record<RenderKey, string>;

export const RENDER_MESSAGES: Dictionary<RenderKey> = { en, fr };
