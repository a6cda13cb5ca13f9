import { stripVTControlCharacters } from 'node:util';
import pty from 'node-pty';
import { BIN } from './run-cli.js';

export const KEY = { enter: '\r', down: '\u001b[B', up: '\u001b[A', space: ' ', ctrlC: '\u0003' } as const;

/**
 * The built binary in a real pseudo-terminal, typed at as a person would.
 * `waitFor` reads the screen output (ANSI codes stripped) after what earlier
 * waits consumed, so each wait matches what appeared since.
 */
export class Terminal {
  readonly #process: pty.IPty;
  #output = '';
  #consumed = 0;
  readonly exited: Promise<number>;

  /** `program`: another program than the built binary (e.g. `sh`, to run a command line as printed). */
  constructor(args: string[], options: { cwd: string; env: Record<string, string>; program?: string }) {
    const [file, argv] = options.program === undefined ? [process.execPath, [BIN, ...args]] : [options.program, args];
    this.#process = pty.spawn(file, argv, { name: 'xterm-256color', cols: 120, rows: 40, cwd: options.cwd, env: options.env });
    this.#process.onData((data) => {
      this.#output += data;
    });
    this.exited = new Promise((resolve) => this.#process.onExit(({ exitCode }) => resolve(exitCode)));
  }

  /** Everything shown so far, without escape codes. */
  get text(): string {
    return stripVTControlCharacters(this.#output);
  }

  async waitFor(pattern: string | RegExp, timeout = 10_000): Promise<string> {
    const started = Date.now();
    for (;;) {
      const rest = this.text.slice(this.#consumed);
      const index = typeof pattern === 'string' ? rest.indexOf(pattern) : rest.search(pattern);
      if (index >= 0) {
        const match = typeof pattern === 'string' ? pattern : (rest.slice(index).match(pattern)?.[0] ?? '');
        this.#consumed += index + match.length;
        return rest.slice(0, index + match.length);
      }
      if (Date.now() - started > timeout)
        throw new Error(`timed out waiting for ${String(pattern)}; the screen shows:\n${rest.slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Types keys one at a time, a little apart, as a person would (inquirer reads keypresses, not pasted blocks). */
  async type(...keys: string[]): Promise<void> {
    for (const key of keys) {
      this.#process.write(key);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  }

  /**
   * Moves the highlight in the list on screen to the choice that contains
   * `label`, whatever is highlighted at first (the first choice, a default, or nothing).
   */
  async highlight(label: string, key: string = KEY.down, tries = 12): Promise<void> {
    for (let i = 0; i <= tries; i++) {
      const screen = this.text;
      const cursor = screen.lastIndexOf('❯');
      const line = cursor < 0 ? '' : screen.slice(cursor, screen.indexOf('\n', cursor) < 0 ? undefined : screen.indexOf('\n', cursor));
      if (line.includes(label)) return;
      await this.type(key);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    throw new Error(`could not highlight "${label}"; the screen shows:\n${this.text.slice(-2000)}`);
  }

  kill(signal: string): void {
    this.#process.kill(signal);
  }

  /** Closes the window: the terminal goes away (reads end, writes fail), then the program gets SIGHUP. */
  closeWindow(): void {
    const terminal = this.#process;
    // The Unix implementation has it; the typings do not say so.
    if (!('destroy' in terminal) || typeof terminal.destroy !== 'function') throw new Error('this node-pty cannot close its terminal');
    terminal.destroy();
  }
}
