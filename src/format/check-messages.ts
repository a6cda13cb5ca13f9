import { section } from '../i18n/messages/index.js';

/** What a display says above a report that does not hold (show): the catalogues' `check` section. */
export const CHECK_MESSAGES = section('check');
