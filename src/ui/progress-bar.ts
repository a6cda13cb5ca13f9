import { progressLine } from '../format/validate/progress.js';

/** Below this many files a batch ends before a bar would be worth drawing. */
const PROGRESS_MIN_FILES = 200;
const REDRAW_MS = 100;

export interface Progress {
  tick(): void;
  done(): void;
}

const NO_PROGRESS: Progress = { tick: () => undefined, done: () => undefined };

/**
 * A progress bar on stderr, only on a terminal and for a large batch, so that
 * logs and pipes never see it; redrawn at most every 100 ms, erased at the end.
 * `allowed` false when records stream to the same terminal, which the bar would garble.
 */
export function createProgress(
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  total: number,
  allowed = true,
  language = 'en',
): Progress {
  if (!allowed || !stream.isTTY || total < PROGRESS_MIN_FILES) return NO_PROGRESS;
  let done = 0;
  let drawn = 0;
  const draw = (): void => {
    drawn = Date.now();
    stream.write(`\r\u001b[2K${progressLine(done, total, undefined, language)}`);
  };
  draw();
  return {
    tick: () => {
      done++;
      if (Date.now() - drawn >= REDRAW_MS) draw();
    },
    done: () => {
      stream.write('\r\u001b[2K');
    },
  };
}
