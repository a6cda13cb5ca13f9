import type { Words } from './labels.js';
import type { SignatureView } from './report-view.js';

/** One sentence on the report's signature; `ok` is null when nothing was checked. */
export function signatureText(signature: SignatureView, w: Words): { text: string; ok: boolean | null } {
  const { t } = w;
  switch (signature.status) {
    case 'not-signed':
      return { text: t('signature.not-signed'), ok: null };
    case 'not-checked':
      return { text: t('signature.not-checked'), ok: null };
    case 'valid':
      return {
        text: t('signature.valid', {
          fingerprint: signature.fingerprint ?? '',
          date: signature.signedAt ? w.date(signature.signedAt) : '',
        }),
        ok: true,
      };
    case 'unknown-key':
      return { text: t('signature.unknown-key', { fingerprint: signature.fingerprint ?? '' }), ok: false };
    case 'missing':
      return { text: t('signature.missing'), ok: null };
    case 'altered':
    case 'invalid':
    case 'malformed':
      return { text: t(`signature.${signature.status}`), ok: false };
  }
}
