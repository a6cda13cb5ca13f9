import { section, type SectionKey } from '../../i18n/messages/index.js';

/** The words of `selfassess db`: the catalogues' `db` section (src/i18n/messages). */
export type DbMessageKey = SectionKey<'db'>;
export const DB_MESSAGES = section('db');
