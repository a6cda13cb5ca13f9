import type { Dictionary } from './translate.js';

/**
 * The words of the file reader and writer: what a file is when it is not a
 * file, and why a write failed. French with a non-breaking space before
 * « : ; ? ! » and inside « guillemets ».
 */
const en = {
  'kind.fifo': 'a named pipe',
  'kind.character-device': 'a character device',
  'kind.block-device': 'a block device',
  'kind.socket': 'a socket',
  'kind.other': 'a special file',
  'kind.symbolic-link': 'a symbolic link (links are not followed when a folder or a glob is expanded)',
  skipped: '{file} is skipped: it is {kind}, not a file',
  'not-regular': '{file} is {kind}, not a file — name a regular file',
  'too-large': 'file is over the limit of {limit} MB — a checklist, answers file or report is far smaller; check that this is the right file',
  'target-not-regular': '{file} is {kind}, not a file — selfassess replaces only regular files; name a file with -o',
  'write.disk-full': 'the disk is full',
  'write.read-only': 'the folder is read-only',
  'write.permission': 'permission denied',
  'write.no-folder': 'the folder does not exist',
  'write.quota': 'the disk quota is exceeded',
  'write.io': 'the disk reported an input/output error',
  'write.failed': 'cannot write {file}: {reason} — nothing was written',
  shadows: 'this checklist has the id and version of the bundled {id} {version}, but other content (sha256 {hash}…): it is not the published checklist, and is left out — give it another id or version, or name this file itself with --checklist to use it for this run',
  'checklist.source': 'checklist {id} {version} from {file} (sha256 {hash}…), not a bundled checklist',
  'checklist.used': '{count} file(s) checked against it',
  'findings.more': 'and {count} more problems in this file, not listed (only the first {shown} are) — correct those first, then check the file again',
  'json.truncated': 'the file ends before the document does (truncated?) — check that the whole file was received',
  'json.syntax': 'JSON syntax error: {expected} — a .json file is read as JSON only; correct the syntax here',
  'json.expected.value': 'a value was expected (a string, number, object, array, true, false or null)',
  'json.expected.string': 'a key in double quotes was expected',
  'json.expected.colon': '":" was expected after the key',
  'json.expected.comma-or-close': '"," or the closing bracket was expected',
  'json.expected.end': 'nothing may follow the document',
  'json.expected.escape': 'this backslash escape is not one JSON allows',
  'json.expected.digit': 'a digit was expected',
  'json.expected.string-character': 'a control character or line break cannot stand in a string (write it as an escape such as \\n)',
  'yaml.tag': 'the YAML tag {tag} is not accepted: selfassess reads only plain YAML values (text, numbers, true/false, null, lists and mappings), so that every program reads the file alike — remove the tag',
  'validation-timeout': 'validating this file took more than {seconds} s — no selfassess document needs that long; check that this is the right file',
} as const;

const fr: Record<keyof typeof en, string> = {
  'kind.fifo': 'un tube nommé',
  'kind.character-device': 'un périphérique en mode caractère',
  'kind.block-device': 'un périphérique en mode bloc',
  'kind.socket': 'une socket',
  'kind.other': 'un fichier spécial',
  'kind.symbolic-link': 'un lien symbolique (les liens ne sont pas suivis quand un dossier ou un motif est développé)',
  skipped: '{file} est ignoré : c’est {kind}, non un fichier',
  'not-regular': '{file} est {kind}, non un fichier — indiquez un fichier ordinaire',
  'too-large':
    'le fichier dépasse la limite de {limit} Mo — une liste de contrôle, un fichier de réponses ou un rapport est bien plus petit ; vérifiez qu’il s’agit du bon fichier',
  'target-not-regular': '{file} est {kind}, non un fichier — selfassess ne remplace que des fichiers ordinaires ; indiquez un fichier avec -o',
  'write.disk-full': 'le disque est plein',
  'write.read-only': 'le dossier est en lecture seule',
  'write.permission': 'permission refusée',
  'write.no-folder': 'le dossier n’existe pas',
  'write.quota': 'le quota du disque est dépassé',
  'write.io': 'le disque a signalé une erreur d’entrée-sortie',
  'write.failed': 'impossible d’écrire {file} : {reason} — rien n’a été écrit',
  shadows: 'cette liste de contrôle porte l’identifiant et la version de la liste intégrée {id} {version}, mais son contenu diffère (sha256 {hash}…) : ce n’est pas la liste publiée, elle est écartée — donnez-lui un autre identifiant ou une autre version, ou désignez ce fichier lui-même avec --checklist pour l’utiliser cette fois',
  'checklist.source': 'liste de contrôle {id} {version} tirée de {file} (sha256 {hash}…), non une liste intégrée',
  'checklist.used': '{count} fichier(s) vérifié(s) au regard de cette liste',
  'findings.more': 'et {count} autres problèmes dans ce fichier, non listés (seuls les {shown} premiers le sont) — corrigez-les d’abord, puis vérifiez de nouveau le fichier',
  'json.truncated': 'le fichier s’arrête avant la fin du document (tronqué ?) — vérifiez que le fichier a été reçu en entier',
  'json.syntax': 'erreur de syntaxe JSON : {expected} — un fichier .json est lu comme JSON uniquement ; corrigez la syntaxe à cet endroit',
  'json.expected.value': 'une valeur était attendue (chaîne, nombre, objet, tableau, true, false ou null)',
  'json.expected.string': 'une clé entre guillemets droits était attendue',
  'json.expected.colon': '« : » était attendu après la clé',
  'json.expected.comma-or-close': '« , » ou le crochet fermant était attendu',
  'json.expected.end': 'rien ne peut suivre le document',
  'json.expected.escape': 'cette séquence d’échappement n’est pas permise en JSON',
  'json.expected.digit': 'un chiffre était attendu',
  'json.expected.string-character': 'un caractère de contrôle ou un saut de ligne ne peut figurer dans une chaîne (écrivez-le sous forme d’échappement, par exemple \\n)',
  'yaml.tag': 'l’étiquette YAML {tag} n’est pas acceptée : selfassess ne lit que des valeurs YAML simples (texte, nombres, true/false, null, listes et tables), afin que tout programme lise le fichier de la même façon — supprimez l’étiquette',
  'validation-timeout':
    'la validation de ce fichier a duré plus de {seconds} s — aucun document selfassess n’en demande autant ; vérifiez qu’il s’agit du bon fichier',
};

export type FileMessageKey = keyof typeof en;
export const FILE_MESSAGES: Dictionary<FileMessageKey> = { en, fr };
