import type { Dictionary } from '../i18n/translate.js';

/** What a display says above a report that does not hold (show). French with its non-breaking spaces. */
const en = {
  'not-genuine':
    'NOT GENUINE — the figures or the digest of this report do not hold (see the messages above): the scores below are not those of its answers.',
} as const;

const fr: Record<keyof typeof en, string> = {
  'not-genuine':
    'NON AUTHENTIQUE — les chiffres ou l’empreinte de ce rapport ne concordent pas (voir les messages ci-dessus)\u00a0: les notes ci-dessous ne sont pas celles de ses réponses.',
};

export type CheckKey = keyof typeof en;
export const CHECK_MESSAGES: Dictionary<CheckKey> = { en, fr };
