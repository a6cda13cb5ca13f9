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
  'hint.did-you-mean-code': ' (vouliez-vous dire `{code}`\u00a0?)',
  'hint.did-you-mean-option': ' (vouliez-vous dire `{code}` ({label})\u00a0?)',
  'hint.number-as-written': ' — écrivez-le 1234, 1 234 ou 12,5',
  'answer-invalid-option.several':
    '{text} désigne plusieurs choix de la question «\u00a0{question}\u00a0» ({codes})\u00a0: écrivez le code de l’un d’eux\u00a0; choix admis\u00a0: {allowed}',
  'answer-unknown-party':
    '{code} n’est pas le code d’un État Membre de l’Organisation des Nations Unies ni d’un État non membre observateur\u00a0: écrivez son code ISO 3166-1 alpha-3, par exemple SEN pour le Sénégal',
  'answer-party-name-mismatch': '{name} n’est pas le nom de {code} ({fr}, {en})\u00a0: corrigez le code ou le nom',
  'answer-invalid-period': '{period} n’est pas une période considérée\u00a0: écrivez une année (2025) ou une suite d’années (2024-2025)',
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
  'answer-missing-option-text':
    'le choix «\u00a0{code}\u00a0» de la question «\u00a0{question}\u00a0» appelle un texte\u00a0: ajoutez optionText: { {code}: "…" }',
  'answer-wrong-type.single': 'un code de choix de la question «\u00a0{question}\u00a0» était attendu, et non {got}{hint}',
  'answer-wrong-type.multiple':
    'une liste de codes de choix était attendue pour la question «\u00a0{question}\u00a0», et non {got} — écrivez [{value}]',
  'answer-wrong-type.number': 'un nombre était attendu pour la question «\u00a0{question}\u00a0», et non {got}{hint}',
  'answer-wrong-type.date': 'une date (JJ/MM/AAAA ou AAAA-MM-JJ) était attendue pour la question «\u00a0{question}\u00a0», et non {got}',
  'answer-wrong-type.text': 'un texte était attendu pour la question «\u00a0{question}\u00a0», et non {got}{hint}',
  'answer-duplicate-option': 'le choix «\u00a0{code}\u00a0» figure deux fois\u00a0: supprimez celui-ci',
  'answer-exclusive-combined': 'le choix «\u00a0{code}\u00a0» ne peut être combiné avec d’autres\u00a0: gardez-le seul ou supprimez-le',
  'answer-out-of-bounds': '{value} est {problems} pour la question «\u00a0{question}\u00a0»',
  'answer-invalid-date':
    '«\u00a0{value}\u00a0» n’est pas une date réelle\u00a0: écrivez-la JJ/MM/AAAA ou AAAA-MM-JJ, par exemple 31/03/2025',
  'answer-future-date':
    '{value} est postérieure à aujourd’hui ({today})\u00a0: la question «\u00a0{question}\u00a0» porte sur la date d’un acte déjà accompli — vérifiez l’année',
  'answer-not-applicable-not-for-respondent':
    'seul {who} peut répondre «\u00a0sans objet\u00a0» à la question «\u00a0{question}\u00a0» (voir son aide)\u00a0; c’est {respondent} qui y répond',
  'answer-dont-know-not-allowed':
    'la question «\u00a0{question}\u00a0» n’offre pas la réponse «\u00a0ne sait pas\u00a0»\u00a0: répondez-y ou laissez-la vide',
  'answer-not-applicable-not-allowed': 'la question «\u00a0{question}\u00a0» ne peut recevoir la réponse «\u00a0sans objet\u00a0»',
  'answer-missing-justification':
    'une réponse «\u00a0sans objet\u00a0» doit être motivée\u00a0: indiquez pourquoi la question «\u00a0{question}\u00a0» ne s’applique pas',
  'answer-unknown-assistance-category.none':
    'la question «\u00a0{question}\u00a0» ne porte pas sur les besoins d’assistance technique\u00a0: supprimez «\u00a0{category}\u00a0»',
  'answer-unknown-assistance-category':
    '«\u00a0{category}\u00a0» n’est pas une catégorie d’assistance de la question «\u00a0{question}\u00a0»\u00a0; catégories admises\u00a0: {allowed}',
  'answer-unknown-question':
    'la liste de contrôle «\u00a0{checklist}\u00a0» n’a pas de question {id}{hint}\u00a0: supprimez cette réponse ou corrigez son identifiant',
  'answer-hidden-question':
    'la question «\u00a0{question}\u00a0» n’est pas posée (sa condition n’est pas remplie)\u00a0: cette réponse est ignorée',
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

  'schema.kind.string': 'une chaîne',
  'schema.kind.number': 'un nombre',
  'schema.kind.integer': 'un nombre entier',
  'schema.kind.boolean': 'true ou false',
  'schema.kind.object': 'un objet',
  'schema.kind.list': 'une liste',
  'schema.kind.null': 'null',
  'schema.kind.nothing': 'rien',
  'schema.kind.date': 'une date',
  'schema.kind.named': 'une valeur de type {name}',
  'schema.kind.string-valued': 'une chaîne ({value})',
  'schema.kind.number-valued': 'un nombre ({value})',
  'schema.format.datetime': 'une date et une heure ISO 8601, par exemple «\u00a02026-03-01T09:30:00Z\u00a0»',
  'schema.format.date': 'une date au format AAAA-MM-JJ',
  'schema.format.time': 'une heure au format HH:MM:SS',
  'schema.format.email': 'une adresse électronique',
  'schema.format.url': 'une URL',
  'schema.format.uuid': 'un UUID',
  'schema.format.named': 'un texte au format «\u00a0{format}\u00a0»',
  'schema.format.language-tag': 'une étiquette de langue BCP-47, par exemple «\u00a0en\u00a0», «\u00a0fr\u00a0» ou «\u00a0pt-BR\u00a0»',
  'schema.format.id':
    'des lettres, des chiffres, «\u00a0.\u00a0», «\u00a0_\u00a0» et «\u00a0-\u00a0», en commençant par une lettre ou un chiffre',
  'schema.format.provision-path': 'une référence de disposition, par exemple «\u00a06\u00a0», «\u00a06.3\u00a0» ou «\u00a06.3.b\u00a0»',
  'schema.format.semantic-version': 'un numéro de version sémantique, par exemple «\u00a01.0.0\u00a0»',
  'schema.format.sha256': 'une empreinte SHA-256 en hexadécimal minuscule',
  'schema.format.iso-alpha-3': 'un code ISO 3166-1 alpha-3, par exemple «\u00a0FRA\u00a0»',
  'schema.format.organization-code': 'un code en majuscules, par exemple «\u00a0EU\u00a0»',
  'schema.format.ed25519-signature': 'une signature Ed25519 de 64\u00a0octets en base64',
  'schema.size.empty-text': 'ne doit pas être vide',
  'schema.size.empty-list': 'ne doit pas être vide (au moins un élément)',
  'schema.size.text.at-least.one': 'doit compter au moins {count}\u00a0caractère',
  'schema.size.text.at-least.other': 'doit compter au moins {count}\u00a0caractères',
  'schema.size.text.more-than.one': 'doit compter plus de {count}\u00a0caractère',
  'schema.size.text.more-than.other': 'doit compter plus de {count}\u00a0caractères',
  'schema.size.text.exactly.one': 'doit compter exactement {count}\u00a0caractère',
  'schema.size.text.exactly.other': 'doit compter exactement {count}\u00a0caractères',
  'schema.size.text.at-most.one': 'doit compter au plus {count}\u00a0caractère',
  'schema.size.text.at-most.other': 'doit compter au plus {count}\u00a0caractères',
  'schema.size.text.less-than.one': 'doit compter moins de {count}\u00a0caractère',
  'schema.size.text.less-than.other': 'doit compter moins de {count}\u00a0caractères',
  'schema.size.list.at-least.one': 'doit compter au moins {count}\u00a0élément',
  'schema.size.list.at-least.other': 'doit compter au moins {count}\u00a0éléments',
  'schema.size.list.more-than.one': 'doit compter plus de {count}\u00a0élément',
  'schema.size.list.more-than.other': 'doit compter plus de {count}\u00a0éléments',
  'schema.size.list.exactly.one': 'doit compter exactement {count}\u00a0élément',
  'schema.size.list.exactly.other': 'doit compter exactement {count}\u00a0éléments',
  'schema.size.list.at-most.one': 'doit compter au plus {count}\u00a0élément',
  'schema.size.list.at-most.other': 'doit compter au plus {count}\u00a0éléments',
  'schema.size.list.less-than.one': 'doit compter moins de {count}\u00a0élément',
  'schema.size.list.less-than.other': 'doit compter moins de {count}\u00a0éléments',
  'schema.size.number.at-least': 'doit être au moins égal à {limit}, et non {got}',
  'schema.size.number.more-than': 'doit être supérieur à {limit}, et non {got}',
  'schema.size.number.exactly': 'doit être exactement {limit}, et non {got}',
  'schema.size.number.at-most': 'doit être au plus égal à {limit}, et non {got}',
  'schema.size.number.less-than': 'doit être inférieur à {limit}, et non {got}',
  'schema.expected': 'attendu\u00a0: {expected}\u00a0; reçu\u00a0: {got}',
  'schema.got-about': '{got}{about}',
  'schema.one-of': 'l’une des valeurs {values}',
  'schema.did-you-mean': ' — vouliez-vous dire «\u00a0{close}\u00a0»\u00a0?',
  'schema.multiple-of': 'doit être un multiple de {divisor}, et non {got}',
  'schema-invalid.union': 'valeur non valable à cet endroit{about}',
  'schema-invalid': '{text}',
  'schema-missing-field': 'champ obligatoire «\u00a0{field}\u00a0» manquant',
  'schema-missing-field.expected': 'champ obligatoire «\u00a0{field}\u00a0» manquant ({expected})',
  'schema-unknown-field': 'champ inconnu {field} — supprimez-le ou vérifiez son orthographe{hint}',
  'schema-unknown-field.allowed':
    'champ inconnu {field} — supprimez-le ou vérifiez son orthographe{hint}\u00a0; champs admis ici\u00a0: {allowed}',
  'schema-invalid-key': 'clé non valable {key}\u00a0: {problem}',

  // A report checked against its own answers (validate, render, compare, show); each says what to do.
  'report.score-not-assessed': 'null (non évalué)',
  'report.counts':
    'répondues\u00a0: {answered}, ne sait pas\u00a0: {dontKnow}, sans objet\u00a0: {notApplicable}, masquées\u00a0: {hidden}, sans réponse\u00a0: {unanswered}, total\u00a0: {total}',
  'report.group.overall': 'd’ensemble',
  'report.group.section': 'de la section «\u00a0{id}\u00a0»',
  'report.group.pillar': 'du pilier «\u00a0{id}\u00a0»',
  'report.none': 'néant',
  'report.complete': 'complet',
  'report.incomplete.one': 'incomplet ({count}\u00a0réponse manquante)',
  'report.incomplete.other': 'incomplet ({count}\u00a0réponses manquantes)',
  'report.capped': 'plafonné (obligations essentielles {obligations} non remplies ou inconnues)',
  'report.not-capped': 'non plafonné',
  'report-score-mismatch':
    'la note {label} est de {stated} dans le rapport, mais ses réponses donnent {computed} — produisez de nouveau le rapport à partir de ses réponses',
  'report-score-mismatch.sections':
    'le rapport note les sections {stated}, mais sa liste de contrôle comporte {computed} — produisez de nouveau le rapport à partir de ses réponses',
  'report-score-mismatch.pillars':
    'le rapport note les piliers {stated}, mais sa liste de contrôle comporte {computed} — produisez de nouveau le rapport à partir de ses réponses',
  'report-band-mismatch':
    'le niveau {label} est {stated} dans le rapport, mais la note {score} correspond au niveau {computed} — produisez de nouveau le rapport à partir de ses réponses',
  'report-counts-mismatch':
    'les décomptes {label} sont ({stated}) dans le rapport, mais les réponses donnent ({computed}) — produisez de nouveau le rapport à partir de ses réponses',
  'report-completeness-mismatch':
    'le rapport se déclare {stated}, alors que d’après ses réponses il est {computed} — produisez de nouveau le rapport à partir de ses réponses',
  'report-completeness-mismatch.list':
    'les questions manquantes énumérées diffèrent de celles des réponses ({list}) — produisez de nouveau le rapport à partir de ses réponses',
  'report-completed-date-mismatch.missing':
    'les réponses sont complètes, mais le rapport n’a pas de date d’achèvement (dates.completed) — produisez de nouveau le rapport à partir de ses réponses',
  'report-completed-date-mismatch.extra':
    'les réponses sont incomplètes, mais le rapport a une date d’achèvement — produisez de nouveau le rapport à partir de ses réponses',
  'report-gaps-mismatch':
    'les lacunes diffèrent de celles recalculées à partir des réponses ({stated}\u00a0indiquées, {computed}\u00a0recalculées) — produisez de nouveau le rapport à partir de ses réponses',
  'report-assistance-mismatch':
    'les besoins d’assistance diffèrent de ceux recalculés à partir des réponses ({stated}\u00a0indiqués, {computed}\u00a0recalculés) — produisez de nouveau le rapport à partir de ses réponses',
  'report-core-mismatch':
    'les états des obligations essentielles diffèrent de ceux recalculés à partir des réponses ({stated}\u00a0indiqués, {computed}\u00a0recalculés) — produisez de nouveau le rapport à partir de ses réponses',
  'report-unknowns-mismatch':
    'les inconnues diffèrent de celles recalculées à partir des réponses ({stated}\u00a0indiquées, {computed}\u00a0recalculées) — produisez de nouveau le rapport à partir de ses réponses',
  'report-core-mismatch.cap':
    'dans le rapport, le niveau global est {stated}, mais d’après ses réponses il est {computed} — produisez de nouveau le rapport à partir de ses réponses',
  'report-scoring-mismatch':
    'le modèle de notation ou les niveaux du rapport diffèrent de ceux de la liste de contrôle «\u00a0{id}\u00a0» {version} — produisez de nouveau le rapport à partir de ses réponses',
  'report-model-unknown':
    'le rapport a été établi avec le modèle de notation {version}, que cette version de selfassess ne connaît pas (elle connaît 1 et {known}) — validez-le avec une version plus récente de selfassess',
  'report-model-outdated':
    'le rapport a été établi avec le modèle de notation 1, qui ignore les obligations essentielles et les questions de suivi non remplies de la liste de contrôle «\u00a0{id}\u00a0» {version} — notez de nouveau ses réponses avec cette version de selfassess',
  'report-model-previous':
    'le rapport a été établi avec le modèle de notation 1 (selfassess 0.1), et ses chiffres sont vérifiés avec ce modèle\u00a0: il n’indique ni l’état des obligations essentielles ni la liste des inconnues — notez de nouveau ses réponses pour obtenir un rapport selon le modèle 2',
  'report-integrity-mismatch':
    'le rapport a été modifié après avoir été produit\u00a0: son contenu ne correspond plus à son empreinte d’intégrité (enregistrée {stored}, calculée {computed})\u00a0; produisez-le de nouveau à partir des réponses',
  'schema-invalid-key.reserved':
    'la clé «\u00a0{key}\u00a0» est réservée\u00a0: les programmes la lisent différemment, de sorte que ce que l’un lirait ne serait pas ce qui a été signé — renommez-la',
  // Comparing reports, and printing one.
  'compare-different-checklists':
    'les rapports répondent à des listes de contrôle différentes ({ids}) — comparez les rapports d’une seule liste à la fois',
  'compare-duplicate-report': 'deux rapports de {name} pour la période {period} — ne gardez que celui à comparer',
  'compare-no-shared-questions':
    'les versions {versions} de la liste de contrôle n’ont aucune question en commun — rien ne peut être comparé',
  'cli.compare.too-few': 'compare demande au moins deux rapports — indiquez-les tous, par exemple selfassess compare reports/*.report.json',
  'cli.compare.xlsx-needs-output': 'un classeur xlsx est un fichier binaire\u00a0: indiquez le fichier à écrire avec -o comparaison.xlsx',
  'cli.render.pdf-needs-output': 'un PDF est un fichier binaire\u00a0: indiquez le fichier à écrire avec -o rapport.pdf',
  'cli.render.no-chromium':
    'l’impression d’un PDF demande Chromium\u00a0: installez-le (Debian\u00a0: apt-get install chromium) ou indiquez-le avec --browser <chemin>',
  // Signatures, as verify and validate --trusted-keys say them.
  'signature.missing': 'le document n’est pas signé — demandez au signataire le fichier .sig produit avec lui',
  'signature.malformed':
    'le fichier de signature n’est pas une signature selfassess valable ({reason}) — demandez de nouveau le fichier .sig au signataire',
  'signature.not-a-signature': 'ce n’est pas un document de signature',
  'signature.unknown-key.given':
    'signé avec la clé {fingerprint}, qui n’est pas la clé publique indiquée — obtenez la clé publique du signataire par une voie officielle et vérifiez son empreinte',
  'signature.unknown-key.trusted':
    'signé avec la clé {fingerprint}, qui ne figure pas parmi les clés publiques de confiance — obtenez la clé publique du signataire par une voie officielle et vérifiez son empreinte',
  'signature.invalid':
    'la signature n’est pas vérifiée\u00a0: le fichier .sig a été contrefait ou corrompu — ne vous fiez pas à ce document\u00a0; demandez au signataire de le signer de nouveau',
  'signature.altered.unreadable':
    'le document n’est pas celui qui a été signé\u00a0: il ne peut plus être lu comme un document selfassess — obtenez l’original auprès du signataire',
  'signature.altered':
    'le document a été modifié après sa signature\u00a0: son contenu ne correspond plus à l’empreinte signée — obtenez l’original auprès du signataire',
  'signature.valid': 'signé avec la clé {fingerprint} le {signedAt}',
  // A file whose validation could not finish; and the progress line.
  'validation-out-of-memory':
    'la validation de ce fichier a demandé plus que les {limit}\u00a0Mo accordés à un fichier — aucun document selfassess n’en demande autant\u00a0; vérifiez qu’il s’agit du bon fichier',
  'validation-crashed': 'la validation de ce fichier s’est arrêtée ({reason}) — merci de signaler ce problème en joignant le fichier',
  'validation-crashed.unexpected':
    'la validation de ce fichier a échoué de manière inattendue ({reason}) — merci de signaler ce problème en joignant le fichier',
  'validate.progress.one': 'validation {bar} {done} / {total}\u00a0fichier',
  'validate.progress.other': 'validation {bar} {done} / {total}\u00a0fichiers',
  // The validate table: its columns, words and summary line.
  'validate.head.file': 'fichier',
  'validate.head.kind': 'type',
  'validate.head.country': 'pays',
  'validate.head.period': 'période',
  'validate.head.checklist': 'liste de contrôle',
  'validate.head.score': 'note',
  'validate.head.band': 'niveau',
  'validate.head.completeness': 'complétude',
  'validate.head.status': 'statut',
  'validate.head.errors': 'erreurs',
  'validate.head.warnings': 'avertissements',
  'validate.head.signature': 'signature',
  'validate.kind.report': 'rapport',
  'validate.kind.answers': 'réponses',
  'validate.kind.draft': 'brouillon',
  'validate.kind.checklist': 'liste de contrôle',
  'validate.kind.catalogue': 'catalogue',
  'validate.kind.measures': 'mesures',
  'validate.status.valid': 'valide',
  'validate.status.warnings': 'avertissements',
  'validate.status.invalid': 'non valide',
  'validate.signature.valid': 'valide',
  'validate.signature.missing': 'absente',
  'validate.signature.unknown-key': 'clé inconnue',
  'validate.signature.altered': 'document modifié',
  'validate.signature.invalid': 'non valide',
  'validate.signature.malformed': 'mal formée',
  'validate.complete': 'complet',
  'validate.incomplete': 'incomplet',
  'validate.incomplete-missing.one': 'incomplet\u00a0: {count}\u00a0question sans réponse',
  'validate.incomplete-missing.other': 'incomplet\u00a0: {count}\u00a0questions sans réponse',
  'validate.summary': '{files}\u00a0: {valid}, {withWarnings}, {invalid} ({errors}, {warnings})',
  'validate.summary.files.one': '{count}\u00a0fichier',
  'validate.summary.files.other': '{count}\u00a0fichiers',
  'validate.summary.valid.one': '{count}\u00a0valide',
  'validate.summary.valid.other': '{count}\u00a0valides',
  'validate.summary.with-warnings.one': '{count}\u00a0avec avertissements',
  'validate.summary.with-warnings.other': '{count}\u00a0avec avertissements',
  'validate.summary.invalid.one': '{count}\u00a0non valide',
  'validate.summary.invalid.other': '{count}\u00a0non valides',
  'validate.summary.errors.one': '{count}\u00a0erreur',
  'validate.summary.errors.other': '{count}\u00a0erreurs',
  'validate.summary.warnings.one': '{count}\u00a0avertissement',
  'validate.summary.warnings.other': '{count}\u00a0avertissements',
  'file.write.cannot': 'impossible d’écrire {file}\u00a0: {reason} — vérifiez que son dossier existe et est accessible en écriture',
  'file.write.symbolic-link':
    '{file} est un lien symbolique — selfassess n’écrit pas à travers des liens qu’il n’a pas créés\u00a0; indiquez un fichier ordinaire',
  'file.write.directory': '{file} est un dossier — indiquez un fichier',
  'file.write.directory-named': 'un dossier porte ce nom',
  'file.write.held-open': 'impossible de remplacer {file}\u00a0: un autre programme le tient ouvert — fermez-le et réessayez',

  'file.warning': 'avertissement',
  'file.note': 'note',
  'file.not-found': 'fichier introuvable — vérifiez le chemin',
  'file.unreadable': 'permission refusée — rendez le fichier lisible par cet utilisateur',
  'file.symlink-loop': 'boucle de liens symboliques — faites pointer le lien vers un fichier réel',
  'file.is-directory': 'ceci est un dossier, non un fichier — indiquez un fichier qu’il contient',
  'file.cannot-read': 'impossible de lire le fichier ({reason})',
  'file.not-utf8': 'le fichier n’est pas un texte UTF-8 valable — enregistrez-le en UTF-8 dans votre éditeur',
  'file.empty': 'le fichier est vide — il doit contenir un document YAML ou JSON',
  'file.too-deep':
    'le document est imbriqué sur plus de {depth}\u00a0niveaux — aucun document selfassess ne l’est\u00a0; vérifiez qu’il s’agit du bon fichier',
  'file.too-many-values':
    'le document contient plus de {count}\u00a0valeurs — aucun document selfassess n’est aussi volumineux\u00a0; vérifiez qu’il s’agit du bon fichier',
  'file.yaml.duplicate-key':
    'clé en double\u00a0: une clé ne peut figurer qu’une fois dans une table — supprimez ou renommez l’une d’elles',
  'file.yaml.syntax': 'erreur de syntaxe YAML\u00a0: {detail} — corrigez la syntaxe à cet endroit',
  'file.yaml.error': 'erreur YAML\u00a0: {detail}',
  'file.yaml.alias-bomb':
    'le document développe des alias plus de {aliases}\u00a0fois, ou en plus de {values}\u00a0valeurs (une «\u00a0bombe d’alias\u00a0») — écrivez les valeurs au lieu de répéter des alias',
  'file.kind.fifo': 'un tube nommé',
  'file.kind.character-device': 'un périphérique en mode caractère',
  'file.kind.block-device': 'un périphérique en mode bloc',
  'file.kind.socket': 'une socket',
  'file.kind.special': 'un fichier spécial',
  'file.kind.symbolic-link': 'un lien symbolique (les liens ne sont pas suivis quand un dossier ou un motif est développé)',
  'file.skipped': '{file} est ignoré : c’est {kind}, non un fichier',
  'file.not-regular': '{file} est {kind}, non un fichier — indiquez un fichier ordinaire',
  'file.too-large':
    'le fichier dépasse la limite de {limit} Mo — une liste de contrôle, un fichier de réponses ou un rapport est bien plus petit ; vérifiez qu’il s’agit du bon fichier',
  'file.target-not-regular':
    '{file} est {kind}, non un fichier — selfassess ne remplace que des fichiers ordinaires ; indiquez un fichier avec -o',
  'file.write.disk-full': 'le disque est plein',
  'file.write.read-only': 'le dossier est en lecture seule',
  'file.write.permission': 'permission refusée',
  'file.write.no-folder': 'le dossier n’existe pas',
  'file.write.quota': 'le quota du disque est dépassé',
  'file.write.io': 'le disque a signalé une erreur d’entrée-sortie',
  'file.write.failed': 'impossible d’écrire {file} : {reason} — rien n’a été écrit',
  'file.shadows':
    'cette liste de contrôle porte l’identifiant et la version de la liste intégrée {id} {version}, mais son contenu diffère (sha256 {hash}…) : ce n’est pas la liste publiée, elle est écartée — donnez-lui un autre identifiant ou une autre version, ou désignez ce fichier lui-même avec --checklist pour l’utiliser cette fois',
  'file.checklist.source': 'liste de contrôle {id} {version} tirée de {file} (sha256 {hash}…), non une liste intégrée',
  'file.checklist.used.one': '{count}\u00a0fichier vérifié au regard de cette liste',
  'file.checklist.used.other': '{count}\u00a0fichiers vérifiés au regard de cette liste',
  'file.findings.more':
    'et {count} autres problèmes dans ce fichier, non listés (seuls les {shown} premiers le sont) — corrigez-les d’abord, puis vérifiez de nouveau le fichier',
  'file.json.truncated': 'le fichier s’arrête avant la fin du document (tronqué ?) — vérifiez que le fichier a été reçu en entier',
  'file.json.syntax':
    'erreur de syntaxe JSON : {expected} — un fichier .json est lu comme JSON uniquement ; corrigez la syntaxe à cet endroit',
  'file.json.expected.value': 'une valeur était attendue (chaîne, nombre, objet, tableau, true, false ou null)',
  'file.json.expected.string': 'une clé entre guillemets droits était attendue',
  'file.json.expected.colon': '« : » était attendu après la clé',
  'file.json.expected.comma-or-close': '« , » ou le crochet fermant était attendu',
  'file.json.expected.end': 'rien ne peut suivre le document',
  'file.json.expected.escape': 'cette séquence d’échappement n’est pas permise en JSON',
  'file.json.expected.digit': 'un chiffre était attendu',
  'file.json.expected.string-character':
    'un caractère de contrôle ou un saut de ligne ne peut figurer dans une chaîne (écrivez-le sous forme d’échappement, par exemple \\n)',
  'file.yaml.tag':
    'l’étiquette YAML {tag} n’est pas acceptée : selfassess ne lit que des valeurs YAML simples (texte, nombres, true/false, null, listes et tables), afin que tout programme lise le fichier de la même façon — supprimez l’étiquette',
  'file.validation-timeout':
    'la validation de ce fichier a duré plus de {seconds} s — aucun document selfassess n’en demande autant ; vérifiez qu’il s’agit du bon fichier',

  'cli.help-hint': 'Lancez «\u00a0selfassess --help\u00a0» pour l’aide.',
  'cli.no-match.one':
    'le motif {list} ne désigne aucun fichier — vérifiez le chemin, ou mettez le motif entre guillemets pour que l’interpréteur ne le développe pas',
  'cli.no-match.other':
    'les motifs {list} ne désignent aucun fichier — vérifiez le chemin, ou mettez les motifs entre guillemets pour que l’interpréteur ne les développe pas',
  'cli.checklist-not-found':
    'aucun fichier ni aucune liste de contrôle intégrée ne s’appelle «\u00a0{ref}\u00a0» — listes intégrées\u00a0: {known}\u00a0; ou indiquez le chemin d’un fichier',
  'cli.checklist-unopenable': 'impossible de lire la liste de contrôle {ref} — corrigez le chemin',
  'cli.checklist-invalid': 'la liste de contrôle {ref} n’est pas valable — lancez «\u00a0selfassess lint {ref}\u00a0» pour le détail',
  'cli.report-unopenable': 'impossible d’ouvrir le rapport {file} — corrigez le chemin',
  'cli.report-unreadable':
    'impossible de lire le rapport {file} — corrigez les problèmes ci-dessus, ou établissez-le de nouveau avec «\u00a0selfassess assess\u00a0»',
  'cli.not-a-report': '{file} n’est pas un rapport',
  'cli.report-checklist-not-found': 'la liste de contrôle avec laquelle le rapport {file} a été établi est introuvable',
  'cli.kind.report': 'un rapport',
  'cli.kind.answers': 'un fichier de réponses',
  'cli.kind.checklist': 'une liste de contrôle',
  'cli.kind.catalogue': 'un catalogue d’instruments',
  'cli.kind.measures': 'un fichier de mesures de mise en œuvre',
  'cli.report-holds-scores': ' (un rapport contient déjà ses notes)',
  'not-a-report': 'ceci est {kind}, non un rapport — indiquez un fichier de rapport (*.report.json)',
  'not-answers':
    'ceci est {kind}, non un fichier de réponses{hint} — indiquez un fichier établi par «\u00a0selfassess template\u00a0» ou un brouillon de «\u00a0selfassess assess\u00a0»',
  'checklist-mismatch':
    'ces réponses portent sur la liste de contrôle {id} {version}, non sur {otherId} {otherVersion} ({ref}) — indiquez la liste avec laquelle elles ont été établies',
  'draft-pending-answers.one':
    'ce brouillon contient {count}\u00a0réponse reprise d’un rapport antérieur et non encore confirmée\u00a0: elle n’est pas notée — confirmez-la dans l’évaluation',
  'draft-pending-answers.other':
    'ce brouillon contient {count}\u00a0réponses reprises d’un rapport antérieur et non encore confirmées\u00a0: elles ne sont pas notées — confirmez-les dans l’évaluation',
  'cli.score.not-written':
    'aucun rapport n’a été écrit — corrigez les erreurs de {file} signalées ci-dessus, puis relancez «\u00a0selfassess score\u00a0»',
  'cli.lang-not-a-tag': '--lang «\u00a0{lang}\u00a0» n’est pas une étiquette de langue — écrivez par exemple en, fr ou es',
  'cli.template.no-texts':
    'avertissement\u00a0: la liste de contrôle {id} n’a pas de textes en «\u00a0{lang}\u00a0» (elle en a en {languages})\u00a0: ses textes sont donnés en «\u00a0{fallback}\u00a0»',
  'cli.template.section-hint': '«\u00a0{id}\u00a0» (vouliez-vous dire «\u00a0{close}\u00a0»\u00a0?)',
  'cli.template.unknown-section.one': 'la liste de contrôle {id} n’a pas de section {sections} — ses sections sont\u00a0: {known}',
  'cli.template.unknown-section.other': 'la liste de contrôle {id} n’a pas de sections {sections} — ses sections sont\u00a0: {known}',
  'cli.template.questions.one': '{count}\u00a0question',
  'cli.template.questions.other': '{count}\u00a0questions',
  'cli.template.sections.one': '{count}\u00a0section',
  'cli.template.sections.other': '{count}\u00a0sections',
  'cli.template.wrote': '{file} écrit\u00a0: {questions} dans {sections}, en «\u00a0{language}\u00a0»',
  'cli.template.next': 'remplissez-le, ajoutez respondent.party et period, puis lancez\u00a0: selfassess score {file}',
  'cli.merge.not-written': 'rien n’a été écrit — corrigez les fichiers comme indiqué ci-dessus, puis fusionnez de nouveau',
  'cli.merge.output-is-input':
    '{file} figure aussi parmi les fichiers à fusionner — écrivez les réponses fusionnées dans un autre fichier avec -o',
  'cli.merge.files.one': '{count}\u00a0fichier fusionné',
  'cli.merge.files.other': '{count}\u00a0fichiers fusionnés',
  'cli.merge.answers.one': '{count}\u00a0réponse',
  'cli.merge.answers.other': '{count}\u00a0réponses',
  'cli.merge.done': '{merged}\u00a0: {answers}',
  'cli.merge.done-to': '{merged}\u00a0: {answers}, écrites dans {file}',
  'cli.exists': '{file} existe déjà — choisissez un autre nom avec -o, ou ajoutez --force pour le remplacer',
  'cli.wrote': '{file} écrit',
  'cli.no-folder': '{option} {dir}\u00a0: ce dossier n’existe pas — indiquez un dossier existant',
  'cli.left-out': 'avertissement\u00a0: {file}\u00a0: {message} ({code}) — ce fichier est écarté',

  'checklist-not-found':
    'la liste de contrôle «\u00a0{id}\u00a0» n’est ni intégrée ni dans --checklists — indiquez le dossier qui la contient avec --checklists <dossier>',
  'checklist-version-not-found':
    'la version {version} de la liste de contrôle «\u00a0{id}\u00a0» est introuvable (versions disponibles\u00a0: {known}) — indiquez le dossier qui contient cette version avec --checklists <dossier>',
  'checklist-hash-mismatch':
    'la liste de contrôle «\u00a0{id}\u00a0» {version} a été trouvée, mais son contenu diffère de celui désigné ici (empreinte {hash}…, trouvée {found}…) — la liste a été modifiée sans nouvelle version\u00a0; retrouvez le fichier d’origine',

  'not-a-document':
    'le fichier ne contient pas de table avec «\u00a0kind\u00a0» et «\u00a0formatVersion\u00a0» — ce n’est pas un document selfassess',
  'missing-kind': '«\u00a0kind\u00a0» manquant — commencez le document par kind: {kinds}',
  'unknown-kind': 'type de document {kind} inconnu — types admis\u00a0: {kinds}',
  'missing-format-version': '«\u00a0formatVersion\u00a0» manquant — ajoutez formatVersion: {version}',
  'unknown-format-version':
    'la version de format {given} n’est pas lue par ce selfassess (il lit la version {version}) — indiquez formatVersion: {version}',
  'unknown-format-version.newer':
    'la version de format {given} n’est pas lue par ce selfassess (il lit la version {version}) — mettez selfassess à jour pour lire ce fichier',
  'unknown-format-version.report':
    'ce rapport a la version de format {given}, que cette version de selfassess ne sait pas lire\u00a0: elle ne lit que la version {readable} des rapports — mettez selfassess à jour pour lire ce rapport',

  // lint : les constats des règles des listes de contrôle et des catalogues (src/domain/rules/**).
  'words.question-itself': 'la question elle-même',
  'words.later-question': 'une question ultérieure',
  'words.no-answer': 'sans réponse',
  'id-kind.question': 'question',
  'id-kind.section': 'section',
  'id-kind.pillar': 'pilier',
  'id-kind.assistance-category': 'catégorie d’assistance technique',
  'id-kind.band': 'niveau',
  'id-kind.catalogue': 'catalogue',
  'field.checklist-title': 'le titre de la liste de contrôle',
  'field.checklist-description': 'la description de la liste de contrôle',
  'field.pillar-title': 'le titre du pilier «\u00a0{id}\u00a0»',
  'field.pillar-description': 'la description du pilier «\u00a0{id}\u00a0»',
  'field.category-title': 'le titre de la catégorie «\u00a0{id}\u00a0»',
  'field.band-label': 'le libellé du niveau «\u00a0{id}\u00a0»',
  'field.section-title': 'le titre de la section «\u00a0{id}\u00a0»',
  'field.section-description': 'la description de la section «\u00a0{id}\u00a0»',
  'field.question-text': 'le texte de la question «\u00a0{id}\u00a0»',
  'field.question-help': 'l’aide de la question «\u00a0{id}\u00a0»',
  'field.question-unit': 'l’unité de la question «\u00a0{id}\u00a0»',
  'field.question-evidence': 'la demande d’éléments justificatifs de la question «\u00a0{id}\u00a0»',
  'field.option-label': 'le libellé du choix «\u00a0{code}\u00a0» de la question «\u00a0{id}\u00a0»',
  'field.option-help': 'l’aide du choix «\u00a0{code}\u00a0» de la question «\u00a0{id}\u00a0»',
  'field.catalogue-title': 'le titre du catalogue',
  'field.provision-title': 'le titre de la disposition «\u00a0{path}\u00a0»',
  'field.provision-part': 'la partie {n} de la disposition «\u00a0{path}\u00a0»',
  'missing-translation': '{field}\u00a0: aucun texte en «\u00a0{language}\u00a0» — ajoutez {language}: "…"',
  'undeclared-language':
    '{field}\u00a0: un texte est donné en «\u00a0{language}\u00a0», langue que le document ne déclare pas — ajoutez-la à «\u00a0languages\u00a0» ou retirez ce texte',
  'condition-unknown-question': 'la condition renvoie à la question «\u00a0{target}\u00a0», qui n’existe pas — vérifiez l’identifiant',
  'condition-forward-reference':
    'la condition de «\u00a0{question}\u00a0» renvoie à {which} («\u00a0{target}\u00a0») — une condition ne peut renvoyer qu’à des questions antérieures',
  'condition-unknown-option':
    'la question «\u00a0{target}\u00a0» n’a pas de choix «\u00a0{value}\u00a0» — employez l’un des codes suivants\u00a0: {codes}',
  'condition-unsatisfiable':
    'aucune combinaison de réponses ne rend cette condition vraie\u00a0: «\u00a0{question}\u00a0» ne serait jamais posée — corrigez la condition',
  'history-unknown-question':
    'la question «\u00a0{id}\u00a0» ne figure pas dans la liste de contrôle — indiquez une question qu’elle contient, ou retirez celle-ci de l’historique',
  'core-cap-unknown-band': 'le plafond «\u00a0{cap}\u00a0» n’est pas un niveau déclaré — employez l’un des suivants\u00a0: {ids}',
  'core-unknown-question':
    'l’obligation fondamentale «\u00a0{question}\u00a0» n’existe pas — indiquez une question notée de la liste de contrôle',
  'core-unknown-question.not-scored':
    'l’obligation fondamentale «\u00a0{question}\u00a0» n’est pas une question notée — indiquez une question notée de la liste de contrôle',
  'core-unknown-option':
    'la question «\u00a0{question}\u00a0» n’a pas de choix «\u00a0{code}\u00a0» — employez l’un des suivants\u00a0: {codes}',
  'question-level-below-sources':
    'la question «\u00a0{question}\u00a0» déclare le degré d’obligation {level}, inférieur au degré {sources} des dispositions qu’elle cite — ajoutez un levelReason indiquant la partie moins contraignante qu’elle vise, ou retirez level',
  'question-level-unknown':
    'la question «\u00a0{question}\u00a0» ne cite aucune disposition dotée d’un degré d’obligation, si bien que la doctrine ne peut la pondérer — citez la disposition qu’elle met en œuvre, ou déclarez son degré',
  'weight-contradicts-doctrine':
    'la question «\u00a0{question}\u00a0» a le poids {weight}, alors que la doctrine donne {expected} à une question de degré {level} — indiquez weight: {expected}, ou ajoutez un weightReason',
  'when-hidden-missing':
    'la question notée «\u00a0{question}\u00a0» est soumise à une condition mais n’indique pas ce que signifie son masquage — ajoutez whenHidden: unmet (la réponse même du répondant l’a rendue sans objet) ou excluded (elle ne s’applique réellement pas)',
  'hidden-shown-by-worse-answer':
    'la question notée «\u00a0{question}\u00a0» est posée lorsque «\u00a0{parent}\u00a0» vaut {worse}, mais non lorsqu’elle vaut {better}, qui est meilleur\u00a0: une meilleure réponse pourrait faire baisser la note — donnez-lui le poids 0, ou posez-la après les meilleures réponses',
  'hidden-excluded-rewards-worse':
    'la question «\u00a0{question}\u00a0» est masquée lorsque «\u00a0{parent}\u00a0» vaut {worse} et posée lorsqu’elle vaut {better}, qui est meilleur\u00a0; écartée lorsqu’elle est masquée, elle permet à la moins bonne réponse d’obtenir une meilleure note — indiquez whenHidden: unmet',
  'duplicate-id': 'l’identifiant «\u00a0{id}\u00a0» ({what}) est déjà employé en {first} — donnez à chaque {what} son propre identifiant',
  'id-case-conflict':
    'l’identifiant «\u00a0{id}\u00a0» ({what}) ne diffère de «\u00a0{similar}\u00a0» ({at}) que par la casse — renommez l’un des deux',
  'duplicate-option-code':
    'le code de choix «\u00a0{code}\u00a0» figure deux fois dans la question «\u00a0{question}\u00a0» — chaque code doit être unique',
  'reserved-option-code':
    '«\u00a0{code}\u00a0» est réservé à toutes les questions — employez allowDontKnow / allowNotApplicable plutôt qu’un choix',
  'options-required': 'une question à choix de type {type} doit avoir des choix — ajoutez une liste «\u00a0options\u00a0»',
  'options-not-allowed': 'une question de type {type} n’a pas de choix — retirez «\u00a0options\u00a0»',
  'unknown-builtin-option':
    'une question de type {type} a les codes {codes}\u00a0; «\u00a0{code}\u00a0» n’en fait pas partie — employez le type «\u00a0single\u00a0» pour d’autres choix',
  'negative-weight': 'le poids {weight} est négatif — indiquez 0 pour une question à titre d’information, ou un poids positif',
  'unscorable-weight': 'les questions de type {type} ne sont jamais notées — indiquez weight: 0 ou retirez-le',
  'option-score-missing':
    'le choix «\u00a0{code}\u00a0» de la question notée «\u00a0{question}\u00a0» n’a pas de note — ajoutez «\u00a0score\u00a0» entre 0 et 1, ou donnez à la question le poids 0',
  'options-same-score':
    'tous les choix de la question notée «\u00a0{question}\u00a0» valent {score}\u00a0: la réponse ne peut pas changer la note — donnez aux choix des notes différentes, ou indiquez weight: 0',
  'field-not-applicable.aggregate': '«\u00a0aggregate\u00a0» ne s’applique qu’aux questions à choix multiple — retirez-le',
  'field-not-applicable.number': '«\u00a0{field}\u00a0» ne s’applique qu’aux questions numériques — retirez-le',
  'field-not-applicable.not-applicable-for':
    '«\u00a0notApplicableFor\u00a0» ne s’applique que si allowNotApplicable vaut true — retirez-le, ou admettez «\u00a0sans objet\u00a0»',
  'field-not-applicable.when-hidden-unconditional':
    '«\u00a0whenHidden\u00a0» ne s’applique qu’aux questions notées soumises à une condition, et «\u00a0{question}\u00a0» n’a pas de condition — retirez-le',
  'field-not-applicable.when-hidden-unscored':
    '«\u00a0whenHidden\u00a0» ne s’applique qu’aux questions notées soumises à une condition, et «\u00a0{question}\u00a0» n’est pas notée — retirez-le',
  'invalid-bounds': 'le minimum {min} dépasse le maximum {max} — aucune réponse ne pourrait être valable',
  'catalogue-not-found':
    'le catalogue «\u00a0{id}\u00a0» n’est ni intégré ni trouvé — vérifiez l’identifiant, ou indiquez son dossier avec --catalogues <dossier>',
  'source-unknown-catalogue':
    'le catalogue «\u00a0{id}\u00a0» ne figure pas sous «\u00a0catalogues\u00a0» dans la liste de contrôle — ajoutez-l’y ou corrigez l’identifiant',
  'source-unknown-provision':
    'le catalogue «\u00a0{id}\u00a0» n’a pas de disposition «\u00a0{provision}\u00a0» — vérifiez le chemin (par exemple «\u00a06.3.b\u00a0»)',
  'scope-unknown-provision': 'le catalogue «\u00a0{id}\u00a0» n’a pas de disposition «\u00a0{provision}\u00a0» — corrigez le champ (scope)',
  'scope-uncovered':
    'la disposition {provision} de «\u00a0{id}\u00a0» entre dans le champ, mais aucune question notée ne la cite, ni aucune de ses subdivisions — ajoutez une question ou retirez-la du champ',
  'empty-section': 'la section «\u00a0{id}\u00a0» n’a aucune question — ajoutez-en ou retirez la section',
  'band-empty': 'le niveau «\u00a0{id}\u00a0» a un minimum {min} supérieur ou égal à son maximum {max} — aucune note ne peut s’y trouver',
  'band-bound-precision':
    'la borne {field} {value} du niveau «\u00a0{id}\u00a0» a plus de trois décimales — arrondissez-la à trois (par exemple {rounded})',
  'bands-gap.start': 'aucun niveau ne couvre les notes de 0 à {to} — faites commencer le niveau le plus bas à 0',
  'bands-gap':
    'aucun niveau ne couvre les notes de {from} à {to} — faites commencer le niveau «\u00a0{id}\u00a0» là où «\u00a0{previous}\u00a0» finit',
  'bands-gap.end': 'aucun niveau ne couvre les notes de {from} à 1 — faites finir le niveau le plus haut à 1',
  'bands-overlap':
    'le niveau «\u00a0{id}\u00a0» commence à {min}, à l’intérieur du niveau «\u00a0{previous}\u00a0» (qui finit à {max}) — une note doit relever d’un seul niveau',
  'unknown-pillar': 'le pilier «\u00a0{id}\u00a0» n’est pas déclaré — déclarez-le sous «\u00a0pillars\u00a0» ou corrigez l’identifiant',
  'unknown-assistance-category':
    'la catégorie d’assistance technique «\u00a0{id}\u00a0» n’est pas déclarée — déclarez-la sous «\u00a0assistanceCategories\u00a0» ou corrigez l’identifiant',
  'unused-assistance-category':
    'la catégorie d’assistance technique «\u00a0{id}\u00a0» n’est jamais proposée — employez-la dans le champ «\u00a0assistance\u00a0» d’une question, ou retirez-la',
  'missing-builtin-label':
    'selfassess n’a pas de libellé en «\u00a0{language}\u00a0» pour «\u00a0{code}\u00a0» — ajoutez builtinLabels: { {code}: { {language}: "…" } }',
  'provision-level-missing':
    'la disposition «\u00a0{path}\u00a0» n’indique pas de degré d’obligation — ajoutez level: mandatory, qualified, consider, recommended ou none, selon ses propres termes',
  'provision-level-parts':
    'la disposition «\u00a0{path}\u00a0» a le degré {level}, mais sa partie la plus contraignante est de degré {strongest} — donnez-lui le degré {strongest}',
  'duplicate-provision-path':
    'la disposition «\u00a0{path}\u00a0» figure déjà en /provisions/{first} — chaque chemin ne figure qu’une fois',
  'orphan-provision':
    'la disposition «\u00a0{path}\u00a0» n’a pas de parent «\u00a0{parent}\u00a0» dans le catalogue — ajoutez «\u00a0{parent}\u00a0»',
  // Lint des mesures et suivi du plan (src/domain/measures/).
  'measure-missing-translation': 'aucun texte en «\u00a0{language}\u00a0» — ajoutez {language}: "…"',
  'measure-duplicate-id':
    'l’identifiant «\u00a0{id}\u00a0» est employé deux fois — donnez à chaque mesure, acteur et outil son propre identifiant',
  'measure-unknown-provision':
    '{catalogue} n’a pas ici de disposition «\u00a0{provision}\u00a0» — citez une disposition d’un catalogue figurant sous «\u00a0catalogues\u00a0»',
  'measure-unknown-actor':
    'l’acteur «\u00a0{id}\u00a0» n’est pas déclaré — déclarez-le sous «\u00a0actors\u00a0» ou corrigez l’identifiant',
  'measure-unknown-tool': 'l’outil «\u00a0{id}\u00a0» n’est pas déclaré — déclarez-le sous «\u00a0tools\u00a0» ou corrigez l’identifiant',
  'measure-indicator-unknown-question':
    'la liste de contrôle «\u00a0{checklist}\u00a0» n’a pas de question «\u00a0{question}\u00a0» — indiquez l’une de ses questions',
  'provision-without-measure':
    '{catalogue} {provision}, qui entre dans le champ de la liste de contrôle «\u00a0{checklist}\u00a0», n’a aucune mesure — ajoutez-en une qui la met en œuvre',
  'plan-other-party':
    'le plan concerne {planName} ({planCode}), le rapport {reportName} ({reportCode}) — comparez un rapport de la même Partie',
  'plan-other-checklist':
    'le plan a été établi d’après la liste de contrôle «\u00a0{plan}\u00a0», le rapport répond à «\u00a0{report}\u00a0» — comparez un rapport de la même liste de contrôle',
  // La ligne de commande de plan, coverage, db, sign, verify, keygen et schema.
  'cli.measures-unreadable': 'les mesures de mise en œuvre ne peuvent pas être lues — corrigez les problèmes indiqués ci-dessus',
  'cli.measures-errors': 'les mesures de mise en œuvre comportent des erreurs — corrigez les problèmes indiqués ci-dessus',
  'cli.xlsx-needs-output': 'un classeur xlsx est un fichier binaire\u00a0: indiquez le fichier à écrire avec -o {file}',
  'cli.plan.unreadable': 'impossible de lire le plan {file}\u00a0: {reason}',
  'cli.plan.not-json':
    '{file} n’est pas un fichier JSON — indiquez un plan écrit par «\u00a0selfassess plan <rapport> --format json\u00a0»',
  'cli.plan.not-a-plan':
    '{file} n’est pas un plan d’action — indiquez un plan écrit par «\u00a0selfassess plan <rapport> --format json\u00a0»',
  'cli.plan.report-altered': '{file} a été modifié après son établissement\u00a0: aucun plan n’est tiré de ce rapport',
  'cli.plan.progress-refused': '{file} ne peut pas être mesuré au regard du plan {plan}',
  'cli.db.no-reports': 'aucun fichier *.report.json dans {dirs} — la base est restée inchangée',
  'cli.db.unknown-region':
    '--region {region}\u00a0: cette région M49 de l’ONU n’existe pas — indiquez son code (par exemple 002) ou son nom\u00a0: {names}',
  'cli.db.query-failed': 'la requête a échoué\u00a0: {reason}',
  'cli.db.bad-schema-name':
    'SELFASSESS_DB_SCHEMA «\u00a0{schema}\u00a0»\u00a0: n’employez que des lettres minuscules, des chiffres et des tirets bas',
  'cli.db.where': '{where}\u00a0: {reason}',
  'cli.db.cannot-open': 'impossible d’ouvrir la base de données {where}\u00a0: {reason}',
  'cli.cannot-write': 'impossible d’écrire {file}\u00a0: {reason}',
  'cli.sign.key-exposed':
    'avertissement\u00a0: {key} est lisible par les autres utilisateurs de cette machine — lancez «\u00a0chmod 600 {key}\u00a0»',
  'cli.sign.unreadable': 'illisible',
  'cli.sign.reason-at-line': '{reason} (ligne {line})',
  'cli.sign.cannot': 'impossible de signer {file}\u00a0: {reason}',
  'cli.sign.not-json-value':
    'impossible de signer {file}\u00a0: il contient une valeur que JSON ne peut pas représenter (comme .inf ou .nan) — remplacez-la par un nombre',
  'cli.sign.exists': '{file} existe déjà — ajoutez --force pour remplacer cette signature',
  'cli.sign.signed': '{file} ({kind}) signé avec la clé {fingerprint}',
  'cli.sign.wrote': '{file} écrit — envoyez-le avec le document',
  'cli.verify.cannot': 'impossible de vérifier {file}\u00a0: {reason}',
  'cli.keygen.private':
    '{file} écrit\u00a0: la clé PRIVÉE — gardez-la secrète et hors ligne\u00a0; ne l’envoyez, ne la partagez ni ne la versionnez jamais',
  'cli.keygen.public': '{file} écrit\u00a0: la clé publique — remettez-la à ceux qui vérifieront vos signatures',
  'cli.keygen.fingerprint': 'empreinte (SHA-256 de la clé publique)\u00a0: {fingerprint}',
  'cli.keygen.publish':
    'Publiez cette empreinte par une voie officielle, afin que les consultants puissent vérifier la clé publique qu’ils reçoivent.',
  'cli.schema.cannot-write': 'impossible d’écrire {file}\u00a0: {reason} — indiquez avec --out un dossier où vous pouvez écrire',
  'cli.schema.up-to-date': '{dir} est à jour',
  'cli.schema.out-of-date': 'pas à jour\u00a0: {files} — lancez «\u00a0selfassess schema --out {dir}\u00a0» et versionnez le résultat',
  // Fichiers de clés (src/io/keys.ts), pour keygen, sign, verify et les clés de confiance.
  'key.exists':
    '{file} existe déjà — selfassess n’écrase jamais une clé\u00a0; choisissez un autre nom avec -o (une clé privée remplacée ne peut pas être récupérée)',
  'key.too-large':
    '{file} est trop volumineux pour être un fichier de clé — indiquez un fichier .key ou .pub créé par «\u00a0selfassess keygen\u00a0»',
  'key.unreadable': 'impossible de lire la clé {file}\u00a0: {reason}',
  'key.not-pem':
    '{file} n’est pas un fichier de clé (aucune ligne PEM «\u00a0-----BEGIN\u00a0») — indiquez un fichier .key ou .pub créé par «\u00a0selfassess keygen\u00a0»',
  'key.encrypted':
    '{file} est une clé privée chiffrée — selfassess lit les clés PKCS#8 non chiffrées\u00a0; conservez plutôt la clé sur un support protégé et hors ligne',
  'key.unreadable-pem': '{file} n’est pas une clé PEM lisible — indiquez un fichier .key ou .pub créé par «\u00a0selfassess keygen\u00a0»',
  'key.not-ed25519': '{file} est une clé {type} — selfassess signe avec des clés Ed25519 créées par «\u00a0selfassess keygen\u00a0»',
  'key.private-for-public':
    '{file} est une clé PRIVÉE — la vérification demande la clé publique du signataire (.pub)\u00a0; gardez la clé privée secrète et ne la transmettez pas',
  'key.public-for-private':
    '{file} est une clé publique — la signature demande la clé privée (.key) créée avec elle par «\u00a0selfassess keygen\u00a0»',
  'key.trusted-folder-unreadable': 'impossible de lire le dossier des clés de confiance {dir}\u00a0: {reason}',
  'key.no-trusted-keys':
    'aucune clé publique (*.pub) dans {dir} — placez-y les clés publiques des signataires auxquels vous faites confiance',
  'key.reason.not-found': 'ce fichier ou ce dossier n’existe pas — vérifiez le chemin',
  'key.reason.permission': 'accès refusé',
  // Le tableau de couverture (src/format/coverage.ts).
  'coverage.head.provision': 'disposition',
  'coverage.head.title': 'titre',
  'coverage.head.level': 'degré',
  'coverage.head.status': 'état',
  'coverage.head.questions': 'questions',
  'coverage.head.measures': 'mesures',
  'coverage.status.covered': 'couverte',
  'coverage.status.not-covered': 'NON COUVERTE',
  'coverage.status.cited-out-of-scope': 'citée, hors champ',
  'coverage.status.out-of-scope': 'hors champ',
  'coverage.no-measure': 'AUCUNE MESURE',
  'coverage.catalogue-not-found': 'catalogue introuvable\u00a0: indiquez son dossier avec --catalogues <dossier>',
  'coverage.summary.one': 'disposition du champ couverte\u00a0: {covered} sur {count}',
  'coverage.summary.other': 'dispositions du champ couvertes\u00a0: {covered} sur {count}',
  'coverage.not-covered': '\u00a0; non couvertes\u00a0: {list}',
  'coverage.unknown-scope': 'le champ nomme des dispositions que le catalogue n’a pas\u00a0: {list}',

  // Ce qu’un rapport exige de ses réponses.
  'report-missing-party': 'un rapport nomme l’État ou l’organisation qui répond\u00a0: ajoutez respondent.party',
  'report-missing-period': 'un rapport nomme sa période considérée\u00a0: ajoutez period (par exemple «\u00a02026\u00a0»)',
  'report-checklist-mismatch': 'ces réponses portent sur la liste de contrôle {id} {version}, et non sur {expectedId} {expectedVersion}',
  'report-checklist-mismatch.hash': 'la liste de contrôle a changé depuis que ces réponses ont été commencées\u00a0: son empreinte diffère',

  // Les erreurs d’usage propres à commander.
  'commander.unknown-option': 'option inconnue\u00a0: {option}',
  'commander.unknown-command': 'commande inconnue\u00a0: {command}',
  'commander.missing-argument': 'argument obligatoire manquant\u00a0: {argument}',
  'commander.option-argument-missing': 'l’option {option} attend une valeur',
  'commander.required-option': 'l’option obligatoire {option} n’a pas été indiquée',
  'commander.invalid-choice':
    'la valeur «\u00a0{value}\u00a0» de l’option {option} n’est pas admise\u00a0; valeurs admises\u00a0: {choices}',
  'commander.invalid-argument': 'la valeur «\u00a0{value}\u00a0» de l’option {option} n’est pas valide.{reason}',
  'commander.reason.whole-number-0': ' Un nombre entier, 0 ou plus, est attendu.',
  'commander.reason.whole-number-1': ' Un nombre entier, 1 ou plus, est attendu.',
  'commander.reason.error-or-warning': ' «\u00a0error\u00a0» ou «\u00a0warning\u00a0» est attendu.',
  'commander.too-many-arguments': 'trop d’arguments pour «\u00a0{command}\u00a0»',
  'commander.did-you-mean': '(Vouliez-vous dire {suggestion}\u00a0?)',
};
