import { section, type SectionKey } from '../../i18n/messages/index.js';

/** The words of a rendered report: the catalogues' `render` section (src/i18n/messages). */
export type RenderKey = SectionKey<'render'>;
export const RENDER_MESSAGES = section('render');
