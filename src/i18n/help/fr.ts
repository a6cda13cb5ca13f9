import type { HelpCatalogue } from './catalogue.js';

/**
 * L’aide des commandes (`--help`) en français. Les textes anglais sont ceux
 * des déclarations des commandes (src/cli/register/), qui servent de clés,
 * comme les msgid de gettext : un texte anglais modifié sans sa traduction,
 * ou une traduction sans texte anglais, fait échouer
 * test/cli/help.test.ts. Espace insécable avant « : ; ? ! » et à
 * l’intérieur des guillemets.
 */
export const frHelp = (): HelpCatalogue => ({
  words: {
    usage: 'Utilisation\u00a0:',
    arguments: 'Arguments\u00a0:',
    options: 'Options\u00a0:',
    commands: 'Commandes\u00a0:',
    default: 'par défaut\u00a0: {value}',
    choices: 'valeurs admises\u00a0: {values}',
    separator: '\u00a0; ',
  },
  names: {
    answers: 'réponses',
    by: 'critère',
    checklist: 'liste',
    code: 'code',
    command: 'commande',
    dir: 'dossier',
    dirs: 'dossiers',
    draft: 'brouillon',
    file: 'fichier',
    folder: 'dossier',
    format: 'format',
    id: 'id',
    ids: 'ids',
    language: 'langue',
    level: 'degré',
    n: 'n',
    name: 'nom',
    options: 'options',
    path: 'chemin',
    patterns: 'motifs',
    period: 'période',
    'plan.json': 'plan.json',
    private: 'clé-privée',
    public: 'clé-publique',
    report: 'rapport',
    reports: 'rapports',
    severity: 'gravité',
    shape: 'forme',
    sql: 'sql',
    url: 'url',
  },
  texts: {
    // Le programme et les options de toutes les commandes.
    'Self-assessment of the implementation of the UN Trafficking in Persons Protocol\nand of the 2009 recommendations of the Working Group on Trafficking in Persons.':
      'Auto-évaluation de la mise en œuvre du Protocole relatif à la traite des personnes et des recommandations adoptées en 2009 par le Groupe de travail sur la traite des personnes.',
    'print the version': 'afficher la version',
    'show stack traces of internal errors': 'afficher la pile d’appels des erreurs internes',
    'show help': 'afficher l’aide',
    'display help for command': 'afficher l’aide d’une commande',
    'output format': 'format de sortie',
    "language of the messages: en or fr (default: your locale's)":
      'langue des messages\u00a0: en ou fr (par défaut\u00a0: celle de vos paramètres régionaux)',
    'language of the messages: en or fr': 'langue des messages\u00a0: en ou fr',
    'folder of additional instrument catalogues': 'dossier de catalogues d’instruments supplémentaires',
    'lowest severity that fails (exit 1): error or warning':
      'gravité à partir de laquelle la commande échoue (code de sortie 1)\u00a0: error ou warning',
    'fail when there are more warnings than this': 'échouer au-delà de ce nombre d’avertissements',
    'replace the output file if it exists': 'remplacer le fichier de sortie s’il existe',
    'file to write (default: standard output)': 'fichier à écrire (par défaut\u00a0: la sortie standard)',
    'file to write (default: standard output; required for xlsx)':
      'fichier à écrire (par défaut\u00a0: la sortie standard\u00a0; obligatoire pour xlsx)',
    'a report file (*.report.json)': 'un fichier de rapport (*.report.json)',
    'a checklist file, or the id of a bundled checklist': 'un fichier de liste de contrôle, ou l’identifiant d’une liste intégrée',
    'folder holding the checklist the report was made with, if not bundled':
      'dossier contenant la liste de contrôle avec laquelle le rapport a été établi, si elle n’est pas intégrée',
    '\nExit codes:\n  0    success\n  1    findings: an input is invalid (at or above --fail-on), or coverage is incomplete\n  2    usage or internal error (bad option, no file matched a pattern, …)\n  130  interrupted (Ctrl-C); an interactive assessment saves its draft first':
      '\nCodes de sortie\u00a0:\n  0    succès\n  1    constats\u00a0: une entrée n’est pas valide (gravité d’au moins --fail-on),\n       ou la couverture est incomplète\n  2    erreur d’utilisation ou erreur interne (option incorrecte,\n       motif ne désignant aucun fichier…)\n  130  interruption (Ctrl-C)\u00a0; une évaluation interactive enregistre d’abord\n       son brouillon',

    // lint, validate
    'check checklists and instrument catalogues: schema, then semantic rules':
      'vérifier les listes de contrôle et les catalogues d’instruments\u00a0: le schéma, puis les règles de fond',
    'files, directories or glob patterns (YAML or JSON)': 'fichiers, dossiers ou motifs glob (YAML ou JSON)',
    'validate reports, answers, drafts, checklists and catalogues completely: schema, checklist, answers, scores, digest':
      'valider entièrement rapports, réponses, brouillons, listes de contrôle et catalogues\u00a0: schéma, liste de contrôle, réponses, notes, empreinte',
    'files, directories or glob patterns (JSON or YAML)': 'fichiers, dossiers ou motifs glob (JSON ou YAML)',
    'folder of checklists (any version) that reports may name, besides the bundled ones':
      'dossier de listes de contrôle (de toute version) que les rapports peuvent désigner, en plus des listes intégrées',
    "folder of trusted public keys (*.pub): check each report's signature (<file>.sig)":
      'dossier de clés publiques de confiance (*.pub)\u00a0: vérifier la signature de chaque rapport (<fichier>.sig)',
    'files validated in parallel (default: the number of CPUs; 1 = serially)':
      'nombre de fichiers validés en parallèle (par défaut\u00a0: le nombre de processeurs\u00a0; 1\u00a0: l’un après l’autre)',

    // coverage, list, schema
    'show which provisions of the cited catalogues a checklist covers (exit 1 if any in scope is not)':
      'indiquer les dispositions des catalogues cités que couvre une liste de contrôle (code de sortie 1 si une disposition du champ n’est pas couverte)',
    'language of provision titles': 'langue des intitulés des dispositions',
    'only provisions of this level of obligation, and who covers them':
      'seulement les dispositions de ce degré d’obligation, et les questions qui les couvrent',
    'also say which implementation measures implement each provision (default: the bundled ones)':
      'indiquer aussi les mesures de mise en œuvre de chaque disposition (par défaut\u00a0: les mesures intégrées)',
    'list the bundled checklists': 'énumérer les listes de contrôle intégrées',
    'language of the titles': 'langue des titres',
    'write the JSON Schemas generated from the document definitions':
      'écrire les schémas JSON produits à partir des définitions des documents',
    'folder to write them to': 'dossier où les écrire',
    'do not write; exit 1 if the folder is not up to date': 'ne rien écrire\u00a0; code de sortie 1 si le dossier n’est pas à jour',

    // keygen, sign, verify
    'make an Ed25519 key pair for signing: <name>.key (private, mode 0600) and <name>.pub (public)':
      'créer une paire de clés Ed25519 pour signer\u00a0: <nom>.key (clé privée, mode 0600) et <nom>.pub (clé publique)',
    'name of the key files, without extension (never overwritten)': 'nom des fichiers de clés, sans extension (jamais écrasés)',
    'write a detached signature <file>.sig over the canonical content of a report, checklist or other document':
      'écrire une signature détachée <fichier>.sig du contenu canonique d’un rapport, d’une liste de contrôle ou d’un autre document',
    'the document to sign (YAML or JSON)': 'le document à signer (YAML ou JSON)',
    'your private key (.key) made by "selfassess keygen"': 'votre clé privée (.key), créée par «\u00a0selfassess keygen\u00a0»',
    'replace an existing .sig file': 'remplacer un fichier .sig existant',
    "check a document's detached signature against the signer's public key":
      'vérifier la signature détachée d’un document au moyen de la clé publique du signataire',
    'the signed document (YAML or JSON)': 'le document signé (YAML ou JSON)',
    "the signer's public key (.pub); check its fingerprint with the signer":
      'la clé publique du signataire (.pub)\u00a0; vérifiez son empreinte auprès de lui',
    'the signature file (default: <file>.sig)': 'le fichier de signature (par défaut\u00a0: <fichier>.sig)',
    '\nResults and exit codes:\n  0  valid                        signed with this key, and unchanged since\n  1  signature-missing            no .sig file\n  1  signature-wrong-key          signed with another key than the one given\n  1  signature-document-altered   the document changed after it was signed\n  1  signature-invalid            the .sig does not verify: forged or corrupted\n  1  signature-malformed          the .sig is not a valid signature document\n  2  the key or the document cannot be used (not found, not a key, a private key given)\n':
      '\nRésultats et codes de sortie\u00a0:\n  0  valid                        signé avec cette clé, et inchangé depuis\n  1  signature-missing            aucun fichier .sig\n  1  signature-wrong-key          signé avec une autre clé que celle indiquée\n  1  signature-document-altered   le document a été modifié après sa signature\n  1  signature-invalid            signature contrefaite ou endommagée\n  1  signature-malformed          document de signature non valable\n  2  la clé ou le document est inutilisable (introuvable, autre chose\n     qu’une clé, clé privée fournie)\n',

    // assess
    'answer a checklist question by question in a terminal, and get the scored report (drafts are saved after every answer)':
      'répondre à une liste de contrôle question par question dans un terminal, et obtenir le rapport et ses notes (le brouillon est enregistré après chaque réponse)',
    "language of the assessment (default: asked, proposing your locale's)":
      'langue de l’évaluation (par défaut\u00a0: demandée, sur proposition de vos paramètres régionaux)',
    'start a new cycle from a previous report: its answers are proposed, to confirm or change':
      'commencer un nouveau cycle à partir d’un rapport antérieur\u00a0: ses réponses sont proposées, à confirmer ou à modifier',
    'resume a saved draft (without a file: choose among the saved ones)':
      'reprendre un brouillon enregistré (sans fichier\u00a0: choisir parmi les brouillons enregistrés)',
    'where to write the report (default: <country>-<checklist>-<period>.report.json)':
      'où écrire le rapport (par défaut\u00a0: <pays>-<liste>-<période>.report.json)',
    'line-by-line prompts without colour or cursor movement (screen readers, logs)':
      'questions ligne par ligne, sans couleur ni déplacement du curseur (lecteurs d’écran, journaux)',
    'replace an existing report file': 'remplacer un fichier de rapport existant',
    "refuse the checklist unless its .sig holds for this publisher's public key (.pub)":
      'refuser la liste de contrôle si son fichier .sig n’est pas valide pour la clé publique de cet éditeur (.pub)',
    '\nDrafts are kept in $SELFASSESS_HOME/drafts, else $XDG_STATE_HOME/selfassess/drafts\n(~/.local/state/selfassess/drafts; %LOCALAPPDATA%\\selfassess\\drafts on Windows).\nNeeds a terminal: without one, use "selfassess template" and "selfassess score".':
      '\nLes brouillons sont conservés dans $SELFASSESS_HOME/drafts, sinon dans\n$XDG_STATE_HOME/selfassess/drafts (~/.local/state/selfassess/drafts\u00a0;\n%LOCALAPPDATA%\\selfassess\\drafts sous Windows).\nNécessite un terminal\u00a0: à défaut, utilisez «\u00a0selfassess template\u00a0»\npuis «\u00a0selfassess score\u00a0».',

    // plan, render, show
    'a draft national action plan from a report: each unmet core obligation, gap and unknown with the measures that answer it; or, with --progress, progress against a plan':
      'un projet de plan d’action national tiré d’un rapport\u00a0: chaque obligation fondamentale non remplie, chaque écart et chaque inconnue, avec les mesures qui y répondent\u00a0; ou, avec --progress, les progrès accomplis au regard d’un plan',
    'implementation measures (default: the bundled ones)': 'mesures de mise en œuvre (par défaut\u00a0: les mesures intégrées)',
    'group the plan by pillar or by section': 'regrouper le plan par pilier ou par section',
    'compare the report with a plan made from an earlier report (written with --format json)':
      'comparer le rapport à un plan établi à partir d’un rapport antérieur (écrit avec --format json)',
    "language of the plan (default: the report's)": 'langue du plan (par défaut\u00a0: celle du rapport)',
    'render a report to print or share: an A4 page (html, or pdf through Chromium), Markdown, or CSV with one row per question':
      'mettre en forme un rapport pour l’imprimer ou le diffuser\u00a0: page A4 (html, ou pdf via Chromium), Markdown ou CSV (une ligne par question)',
    "language of the page (default: the report's)": 'langue de la page (par défaut\u00a0: celle du rapport)',
    'file to write (default: standard output; required for pdf)':
      'fichier à écrire (par défaut\u00a0: la sortie standard\u00a0; obligatoire pour pdf)',
    "folder of trusted signers' public keys (*.pub): show whether the report's signature is valid":
      'dossier des clés publiques des signataires de confiance (*.pub)\u00a0: indiquer si la signature du rapport est valide',
    'Chromium-based browser that prints the pdf (default: chromium on the PATH)':
      'navigateur fondé sur Chromium qui produit le pdf (par défaut\u00a0: chromium, cherché dans le PATH)',
    'print the summary of a report: score, band, bars per section and pillar, largest gaps':
      'afficher la synthèse d’un rapport\u00a0: note, niveau, barres par section et par pilier, principaux écarts',
    "language of the summary (default: the report's)": 'langue de la synthèse (par défaut\u00a0: celle du rapport)',

    // template, score, merge, compare
    'write an answers file to fill in an editor: every question, its codes and help as comments':
      'écrire un fichier de réponses à remplir dans un éditeur\u00a0: chaque question, ses codes et son aide en commentaires',
    "language of the comments and texts (default: your locale's if the checklist has it, else its first)":
      'langue des commentaires et des textes (par défaut\u00a0: celle de vos paramètres régionaux si la liste de contrôle la propose, sinon sa première langue)',
    'only these sections, comma-separated (repeatable): a file per department':
      'seulement ces sections, séparées par des virgules (option répétable)\u00a0: un fichier par service',
    'folder of further checklists, addressed by id': 'dossier d’autres listes de contrôle, désignées par leur identifiant',
    'score a filled answers file (or a draft) into a report; errors are shown with file:line:col (exit 1)':
      'établir le rapport et ses notes à partir d’un fichier de réponses rempli (ou d’un brouillon)\u00a0; les erreurs sont signalées par fichier:ligne:colonne (code de sortie 1)',
    'an answers file (YAML or JSON) or a draft': 'un fichier de réponses (YAML ou JSON) ou un brouillon',
    'the checklist, if not the bundled one or one in --checklists that the answers name':
      'la liste de contrôle, si celle que désignent les réponses n’est ni intégrée ni dans --checklists',
    'folder holding the checklist the answers name, if not bundled':
      'dossier contenant la liste de contrôle que désignent les réponses, si elle n’est pas intégrée',
    'report file; "-" for standard output (default: <party>-<checklist>-<period>.report.json)':
      'fichier du rapport\u00a0; «\u00a0-\u00a0» pour la sortie standard (par défaut\u00a0: <partie>-<liste>-<période>.report.json)',
    'replace the report file if it exists': 'remplacer le fichier du rapport s’il existe',
    'join answer files filled by different departments; conflicting answers are reported (exit 1)':
      'fusionner les fichiers de réponses remplis par divers services\u00a0; les réponses contradictoires sont signalées (code de sortie 1)',
    'answers files or drafts (YAML or JSON), or glob patterns': 'fichiers de réponses ou brouillons (YAML ou JSON), ou motifs glob',
    'merged answers file to write; "-" for standard output':
      'fichier des réponses fusionnées\u00a0; «\u00a0-\u00a0» pour la sortie standard',
    "compare reports of one checklist: countries (or one country's periods) by section and pillar; for periods, what changed":
      'comparer des rapports d’une même liste de contrôle\u00a0: des pays (ou les périodes d’un même pays) par section et par pilier\u00a0; entre périodes, ce qui a changé',
    'two or more report files': 'deux fichiers de rapport ou plus',
    'language of titles and labels (default: that of the first report)':
      'langue des titres et des libellés (par défaut\u00a0: celle du premier rapport)',
    'folder holding the checklists (or checklist versions) the reports were made with, if not bundled':
      'dossier contenant les listes de contrôle (ou leurs versions) avec lesquelles les rapports ont été établis, si elles ne sont pas intégrées',

    // db
    'store received reports in a database and ask it who submitted, trends, needs and the provisions matrix':
      'enregistrer les rapports reçus dans une base de données et l’interroger\u00a0: qui a soumis, évolutions, besoins et matrice des dispositions',
    '\nThe store: --db <folder> (embedded PostgreSQL, PGlite) or --db postgres://user@host/database;\nelse $SELFASSESS_DB; else $SELFASSESS_HOME/db, else $XDG_DATA_HOME/selfassess/db\n(~/.local/share/selfassess/db). See docs/database.md.':
      '\nLa base\u00a0: --db <dossier> (PostgreSQL intégré, PGlite)\nou --db postgres://utilisateur@hôte/base\u00a0; sinon $SELFASSESS_DB\u00a0;\nsinon $SELFASSESS_HOME/db, sinon $XDG_DATA_HOME/selfassess/db\n(~/.local/share/selfassess/db). Voir docs/database.md.',
    'validate reports exactly as "validate" does, store the accepted ones and record the rejected ones (exit 1 if any is rejected)':
      'valider les rapports exactement comme «\u00a0validate\u00a0», enregistrer ceux qui sont acceptés et consigner ceux qui sont rejetés (code de sortie 1 si l’un d’eux est rejeté)',
    'report files, directories or glob patterns': 'fichiers de rapport, dossiers ou motifs glob',
    'the store: a folder (embedded) or a postgres:// URL (default: $SELFASSESS_DB, else the data folder)':
      'la base\u00a0: un dossier (base intégrée) ou une URL postgres:// (par défaut\u00a0: $SELFASSESS_DB, sinon le dossier des données)',
    'files validated in parallel (default: the number of CPUs)':
      'nombre de fichiers validés en parallèle (par défaut\u00a0: le nombre de processeurs)',
    'empty the store and ingest again every *.report.json below these folders: the files are the source of truth':
      'vider la base et y enregistrer de nouveau chaque *.report.json de ces dossiers et de leurs sous-dossiers\u00a0: les fichiers font foi',
    'folders of report files': 'dossiers de fichiers de rapport',
    'per period and checklist: accepted, superseded, rejected and not submitted; signed or not':
      'par période et par liste de contrôle\u00a0: rapports acceptés, remplacés, rejetés et non soumis\u00a0; signés ou non',
    "language of headers, statuses and labels (bands, sections, categories, regions): en or fr (default: your locale's)":
      'langue des en-têtes, des statuts et des libellés (niveaux, sections, catégories, régions)\u00a0: en ou fr (par défaut\u00a0: celle de vos paramètres régionaux)',
    'only this reporting period': 'seulement cette période considérée',
    'only this checklist': 'seulement cette liste de contrôle',
    'only this State or organization (e.g. FRA)': 'seulement cet État ou cette organisation (par exemple FRA)',
    'only the States of this UN M49 region or sub-region (e.g. 002 or "Sub-Saharan Africa")':
      'seulement les États de cette région ou sous-région M49 de l’Organisation des Nations Unies (par exemple 002, ou son nom anglais «\u00a0Sub-Saharan Africa\u00a0»)',
    "each party's overall, section and pillar scores over periods, with the changes, band caps and core obligations":
      'les notes de chaque Partie (globale, par section, par pilier) d’une période à l’autre, avec les évolutions, les plafonnements de niveau et les obligations fondamentales',
    'technical-assistance needs across parties, by category, section and provision':
      'les besoins d’assistance technique de l’ensemble des Parties, par catégorie, par section et par disposition',
    'parties × provisions: met, partly, not met or unknown (latest period of each party unless --cycle)':
      'Parties × dispositions\u00a0: remplie, en partie, non remplie ou inconnue (dernière période de chaque Partie, sauf --cycle)',
    'every answer of the current submissions, long (one row per answer) or wide (one row per submission)':
      'toutes les réponses des soumissions en vigueur, au format long (une ligne par réponse) ou wide (une ligne par soumission)',
    'long or wide': 'forme du tableau',
    'leave out respondent names and contacts (personal data)': 'omettre les noms et coordonnées des répondants (données personnelles)',
    'run one read-only SQL statement over the documented views (docs/database.md)':
      'exécuter une instruction SQL en lecture seule sur les vues documentées (docs/database.md)',
    'a SELECT statement': 'une instruction SELECT',
  },
});
