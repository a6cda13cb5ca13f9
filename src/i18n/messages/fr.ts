import type { MessageKey } from './en.js';

/**
 * Les diagnostics en français, clé pour clé (le type exige chaque clé
 * anglaise). Espace insécable avant « : ; ? ! » et à l’intérieur des
 * guillemets ; pluriels par formes `.one` / `.other`, jamais « (s) ».
 */
export const fr: Record<MessageKey, string> = {
  'value.list': 'une liste',
  'value.number': 'le nombre {value}',
  'value.text': 'le texte {value}',
  'hint.did-you-mean': ' (vouliez-vous dire «\u00a0{close}\u00a0»\u00a0?)',
  'hint.one-code-not-list': ' — cette question appelle un seul code, non une liste',
  'hint.code-in-quotes': ' — écrivez le code entre guillemets',
  'hint.without-quotes': ' — écrivez-le sans guillemets',
  'hint.in-quotes': ' — mettez-le entre guillemets',
  'bound.below-minimum': 'inférieur au minimum {min}',
  'bound.above-maximum': 'supérieur au maximum {max}',
  'bound.not-integer': 'pas un nombre entier',
  'respondent.state': 'un État',
  'respondent.organization': 'une organisation régionale d’intégration économique',

  'answer-invalid-option': '{code} n’est pas un choix de la question «\u00a0{question}\u00a0»{hint}\u00a0; choix admis\u00a0: {allowed}',
  'answer-invalid-option.reserved-in-list': '«\u00a0{code}\u00a0» ne peut figurer parmi plusieurs choix\u00a0: écrivez value: {code} seul',
  'answer-missing-option-text': 'le choix «\u00a0{code}\u00a0» de la question «\u00a0{question}\u00a0» appelle un texte\u00a0: ajoutez optionText: { {code}: "…" }',
  'answer-wrong-type.single': 'un code de choix de la question «\u00a0{question}\u00a0» était attendu, et non {got}{hint}',
  'answer-wrong-type.multiple': 'une liste de codes de choix était attendue pour la question «\u00a0{question}\u00a0», et non {got} — écrivez [{value}]',
  'answer-wrong-type.number': 'un nombre était attendu pour la question «\u00a0{question}\u00a0», et non {got}{hint}',
  'answer-wrong-type.date': 'une date (AAAA-MM-JJ) était attendue pour la question «\u00a0{question}\u00a0», et non {got}',
  'answer-wrong-type.text': 'un texte était attendu pour la question «\u00a0{question}\u00a0», et non {got}{hint}',
  'answer-duplicate-option': 'le choix «\u00a0{code}\u00a0» figure deux fois\u00a0: supprimez celui-ci',
  'answer-exclusive-combined': 'le choix «\u00a0{code}\u00a0» ne peut être combiné avec d’autres\u00a0: gardez-le seul ou supprimez-le',
  'answer-out-of-bounds': '{value} est {problems} pour la question «\u00a0{question}\u00a0»',
  'answer-invalid-date': '«\u00a0{value}\u00a0» n’est pas une date réelle\u00a0: écrivez-la AAAA-MM-JJ, par exemple 2025-03-31',
  'answer-not-applicable-not-for-respondent':
    'seul {who} peut répondre «\u00a0sans objet\u00a0» à la question «\u00a0{question}\u00a0» (voir son aide)\u00a0; c’est {respondent} qui y répond',
  'answer-dont-know-not-allowed': 'la question «\u00a0{question}\u00a0» n’offre pas la réponse «\u00a0ne sait pas\u00a0»\u00a0: répondez-y ou laissez-la vide',
  'answer-not-applicable-not-allowed': 'la question «\u00a0{question}\u00a0» ne peut recevoir la réponse «\u00a0sans objet\u00a0»',
  'answer-missing-justification': 'une réponse «\u00a0sans objet\u00a0» doit être motivée\u00a0: indiquez pourquoi la question «\u00a0{question}\u00a0» ne s’applique pas',
  'answer-unknown-assistance-category.none': 'la question «\u00a0{question}\u00a0» ne porte pas sur les besoins d’assistance technique\u00a0: supprimez «\u00a0{category}\u00a0»',
  'answer-unknown-assistance-category': '«\u00a0{category}\u00a0» n’est pas une catégorie d’assistance de la question «\u00a0{question}\u00a0»\u00a0; catégories admises\u00a0: {allowed}',
  'answer-unknown-question': 'la liste de contrôle «\u00a0{checklist}\u00a0» n’a pas de question {id}{hint}\u00a0: supprimez cette réponse ou corrigez son identifiant',
  'answer-hidden-question': 'la question «\u00a0{question}\u00a0» n’est pas posée (sa condition n’est pas remplie)\u00a0: cette réponse est ignorée',
  'merge-checklist-mismatch':
    'ces réponses portent sur la liste de contrôle {id} {version}, celles de {other} sur {baseId} {baseVersion} — ne fusionnez que des fichiers établis à partir de la même liste',
  'merge-checklist-mismatch.hash':
    'ces réponses ont été établies à partir d’une autre édition de la liste de contrôle {id} {version} que celles de {other} (l’empreinte de son contenu diffère) — établissez tous les fichiers à partir du même fichier de liste',
  'merge-conflicting-respondent':
    'respondent.{field} vaut {value} ici, mais {first} dans {other} — un fichier fusionné n’a qu’un répondant : écrivez le même dans chaque fichier, ou laissez-le vide dans tous sauf un',
  'merge-conflicting-period':
    'la période est {value} ici, mais {first} dans {other} — des réponses portant sur des périodes différentes sont des évaluations distinctes : corrigez la période de l’un des fichiers',
  'merge-different-language':
    'ces réponses sont en {value}, celles de {other} en {first} : le fichier fusionné est marqué {first} et ses textes sont conservés tels qu’écrits',
  'merge-draft-pending.one':
    'ce brouillon contient {count} réponse reprise d’un rapport antérieur et non encore confirmée : elle n’est pas fusionnée — confirmez-la d’abord dans l’évaluation',
  'merge-draft-pending.other':
    'ce brouillon contient {count} réponses reprises d’un rapport antérieur et non encore confirmées : elles ne sont pas fusionnées — confirmez-les d’abord dans l’évaluation',
  'merge-conflicting-answer':
    'réponses contradictoires à la question « {question} » : {field} vaut {value} ici, mais {first} dans {other} — convenez d’une réponse, puis corrigez ou videz l’autre',

  'stylish.no-problems.one': '{count} fichier vérifié, aucun problème',
  'stylish.no-problems.other': '{count} fichiers vérifiés, aucun problème',
  'stylish.problems.one': '{count} problème',
  'stylish.problems.other': '{count} problèmes',
  'stylish.errors.one': '{count} erreur',
  'stylish.errors.other': '{count} erreurs',
  'stylish.warnings.one': '{count} avertissement',
  'stylish.warnings.other': '{count} avertissements',
  'stylish.infos.one': '{count} information',
  'stylish.infos.other': '{count} informations',
  'stylish.severity.error': 'erreur',
  'stylish.severity.warning': 'avertissement',
  'stylish.severity.info': 'info',
};
