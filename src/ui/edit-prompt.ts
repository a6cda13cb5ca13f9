import { createPrompt, isEnterKey, useEffect, useKeypress, useState } from '@inquirer/core';

export interface EditConfig {
  /** Drawn before the text: the question's lines, the last one followed by the field. */
  message: string;
  /** Put in the field at the start, to be edited; what is in the field when Enter is pressed is the answer. */
  text: string;
  validate?: ((value: string) => true | string) | undefined;
  error: (text: string) => string;
}

/**
 * A text field holding the current text, editable in place: Enter gives back
 * what the field holds, so that clearing it clears the text (unlike a
 * default, which an empty field would bring back).
 */
export const editPrompt = createPrompt<string, EditConfig>((config, done) => {
  const [value, setValue] = useState(config.text);
  const [error, setError] = useState<string | undefined>();
  const [finished, setFinished] = useState(false);

  useEffect((rl) => {
    if (config.text !== '') rl.write(config.text);
  }, []);

  useKeypress((key, rl) => {
    if (finished) return;
    if (isEnterKey(key)) {
      const verdict = config.validate ? config.validate(value) : true;
      if (verdict === true) {
        setFinished(true);
        done(value);
        return;
      }
      // Enter emptied the line: the text is put back, to be corrected rather than typed again.
      rl.write(value);
      setError(verdict);
      return;
    }
    setValue(rl.line);
    setError(undefined);
  });

  return [`${config.message} ${value}`, error ? config.error(error) : undefined];
});
