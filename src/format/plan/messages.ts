import { section, type SectionKey } from '../../i18n/messages/index.js';

/** The words of `selfassess plan`: the catalogues' `plan` section (src/i18n/messages). */
export type PlanKey = SectionKey<'plan'>;
export const PLAN_MESSAGES = section('plan');
