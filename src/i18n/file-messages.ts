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
  'kind.symbolic-link': 'a symbolic link (links are not followed inside a folder)',
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
  'validation-timeout': 'validating this file took more than {seconds} s — no selfassess document needs that long; check that this is the right file',
} as const;

const fr: Record<keyof typeof en, string> = {
  'kind.fifo': 'un tube nommé',
  'kind.character-device': 'un périphérique en mode caractère',
  'kind.block-device': 'un périphérique en mode bloc',
  'kind.socket': 'une socket',
  'kind.other': 'un fichier spécial',
  'kind.symbolic-link': 'un lien symbolique (les liens ne sont pas suivis dans un dossier)',
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
  'validation-timeout':
    'la validation de ce fichier a duré plus de {seconds} s — aucun document selfassess n’en demande autant ; vérifiez qu’il s’agit du bon fichier',
};

export type FileMessageKey = keyof typeof en;
export const FILE_MESSAGES: Dictionary<FileMessageKey> = { en, fr };
