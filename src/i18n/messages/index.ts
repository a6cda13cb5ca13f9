import { en, type MessageKey } from './en.js';
import { fr } from './fr.js';
import type { ToolLanguage } from '../translate.js';

export type { MessageKey };

/**
 * The registration of the tool's languages: one catalogue per language, each
 * typed to have every English key. A new language is its catalogue file and
 * one line here (and in TOOL_LANGUAGES).
 */
export const CATALOGUES: Record<ToolLanguage, Record<MessageKey, string>> = { en, fr };
