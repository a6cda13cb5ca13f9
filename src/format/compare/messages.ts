import { section, type SectionKey } from '../../i18n/messages/index.js';

/** The words of `selfassess compare`: the catalogues' `compare` section (src/i18n/messages). */
export type CompareKey = SectionKey<'compare'>;
export const COMPARE_MESSAGES = section('compare');
