import { createInterface } from 'node:readline';
import { PromptInterrupted } from './prompter.js';

/**
 * Lines from an input stream, one at a time, as promises. The terminal does
 * the echo and line editing (readline with `terminal: false` writes nothing),
 * so no cursor movement ever reaches the output.
 */
export class LineReader {
  readonly #lines: string[] = [];
  #waiting: { resolve: (line: string) => void; reject: (error: unknown) => void } | undefined;
  #ended: PromptInterrupted | undefined;
  readonly #close: () => void;

  constructor(input: NodeJS.ReadableStream, signal: AbortSignal) {
    const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
    rl.on('line', (line) => {
      if (this.#waiting) {
        const { resolve } = this.#waiting;
        this.#waiting = undefined;
        resolve(line);
      } else {
        this.#lines.push(line);
      }
    });
    rl.on('close', () => this.#end(new PromptInterrupted('end-of-input')));
    const abort = (): void => this.#end(new PromptInterrupted(signal.reason === 'hangup' ? 'hangup' : 'interrupt'));
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
    this.#close = () => {
      signal.removeEventListener('abort', abort);
      rl.close();
    };
  }

  #end(reason: PromptInterrupted): void {
    this.#ended ??= reason;
    if (this.#waiting) {
      const { reject } = this.#waiting;
      this.#waiting = undefined;
      reject(this.#ended);
    }
  }

  next(): Promise<string> {
    const line = this.#lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (this.#ended) return Promise.reject(this.#ended);
    return new Promise((resolve, reject) => {
      this.#waiting = { resolve, reject };
    });
  }

  close(): void {
    this.#close();
  }
}
