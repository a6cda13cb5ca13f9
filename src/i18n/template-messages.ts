import { section, type SectionKey } from './messages/index.js';

/** The tool's words in an answers template (the comments around the checklist's own texts): the catalogues' `template` section. */
export type TemplateKey = SectionKey<'template'>;
export const TEMPLATE_MESSAGES = section('template');
