import { section, type SectionKey } from '../i18n/messages/index.js';

/** The words of `selfassess assess`: the catalogues' `ui` section (src/i18n/messages). */
export type MessageKey = SectionKey<'ui'>;
export const MESSAGES = section('ui');
