/**
 * Characters a terminal would obey rather than show: C0 controls except line
 * feed and tab (ESC starts every escape sequence; CR and backspace overwrite
 * what was printed), DEL, C1 controls (U+009B is a one-character CSI), and
 * the bidirectional overrides and isolates that reorder what is displayed.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_TEST = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A character written as a `\u` escape (`\u001b`): the form every terminal shows as text, and JSON and YAML read back. */
export function escapeCharacter(char: string): string {
  return '\\u' + char.charCodeAt(0).toString(16).padStart(4, '0');
}

/**
 * The one function between a file's text and a terminal or a text format:
 * every character a terminal would act on is written visibly, as `\u001b`,
 * so that a name, a note or a file name can neither move the cursor, retitle
 * the window, make a link nor overwrite a line. Newlines and tabs are kept.
 */
export function terminalSafe(text: string): string {
  return UNSAFE_TEST.test(text) ? text.replace(UNSAFE, escapeCharacter) : text;
}

/**
 * True when the text holds at least one character that shows: not a space of
 * any kind, a control, a format character (zero-width space, joiners,
 * direction marks) or another default-ignorable code point.
 */
export function hasVisibleCharacter(text: string): boolean {
  return /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}]/u.test(text);
}

/**
 * JSON text with the characters JSON.stringify leaves raw (DEL, C1 controls,
 * bidirectional controls, line and paragraph separators) written as \u
 * escapes: the same JSON value, safe on a terminal.
 */
export function jsonTerminalSafe(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, escapeCharacter);
}
