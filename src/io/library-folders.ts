import { canonicalHash } from '../domain/canonical.js';
import { filePhrase } from '../i18n/file-messages.js';
import { emptyLibrary, type Library } from './catalogues.js';
import { findFiles } from './find-files.js';
import { readDocument } from './read-document.js';

/**
 * Reads the catalogues and checklists of folders, parsing their YAML. The
 * first one found with a given id wins, so user folders are read before the
 * bundled ones. Only the library reader (library.ts) and the build-time copy
 * (validate-bundled.ts) call it: commands ask library.ts.
 */
export async function readFolders(
  dirs: readonly string[],
  into: Library = emptyLibrary(),
  report = true,
  /** Archived versions: available to match reports, never the checklist an id names. */
  archived = false,
): Promise<Library> {
  for (const dir of dirs) {
    const { files, skipped } = await findFiles([dir]);
    if (report) {
      for (const s of skipped) {
        into.diagnostics.push({
          code: 'file-not-regular',
          severity: 'warning',
          message: filePhrase('skipped', { file: s.file, kind: filePhrase(s.kind === 'other' ? 'kind.special' : `kind.${s.kind}`) }),
          file: s.file,
          pointer: '',
        });
      }
    }
    for (const file of files) {
      const read = await readDocument(file);
      if (!read.ok) {
        if (report) into.diagnostics.push(...read.diagnostics);
        continue;
      }
      const document = read.parsed;
      const hash = canonicalHash(read.source.data);
      if (document.kind === 'catalogue' && !into.catalogues.has(document.value.id)) {
        into.catalogues.set(document.value.id, { file, value: document.value, hash });
      } else if (document.kind === 'checklist') {
        const entry = { file, value: document.value, hash };
        into.allChecklists.push(entry);
        if (!archived && !into.checklists.has(document.value.id)) into.checklists.set(document.value.id, entry);
      }
    }
  }
  return into;
}
