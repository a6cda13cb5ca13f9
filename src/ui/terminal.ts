import type { Prompter } from './prompter.js';
import { safePrompter } from './safe-prompter.js';

export interface TerminalStreams {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/**
 * Why the interactive assessment cannot run here, if it cannot: a pipe or a
 * CI job would hang on the first question, or answer it by accident.
 */
export function noTerminalReason(streams: TerminalStreams): 'stdin' | 'ci' | undefined {
  const ci = streams.env['CI'];
  if (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') return 'ci';
  return streams.stdin.isTTY ? undefined : 'stdin';
}

export interface Terminal {
  prompter: Prompter;
  /** True once the terminal was closed: nothing should be written to it any more. */
  hungUp(): boolean;
  close(): void;
}

/**
 * Opens the prompter, plain or not, and listens to the signals that end an
 * assessment: Ctrl-C between prompts (SIGINT) and a closed terminal (SIGHUP,
 * or SIGTERM at logout) abort the prompt waiting or the next one, so that the
 * caller saves the draft and exits 130. Heavy prompt code is imported only here.
 */
export async function openTerminal(
  streams: TerminalStreams,
  options: { plain: boolean; color: boolean; language: string },
): Promise<Terminal> {
  const controller = new AbortController();
  const onInterrupt = (): void => controller.abort('interrupt');
  const onHangup = (): void => controller.abort('hangup');
  process.on('SIGINT', onInterrupt);
  process.on('SIGHUP', onHangup);
  process.on('SIGTERM', onHangup);
  const common = { input: streams.stdin, output: streams.stdout, signal: controller.signal, language: options.language };
  const raw = options.plain
    ? (await import('./plain-prompter.js')).plainPrompter(common)
    : (await import('./inquirer-prompter.js')).inquirerPrompter({ ...common, color: options.color });
  // Texts from the checklist and the draft reach the terminal written visibly, never as escape sequences.
  const prompter = safePrompter(raw);
  return {
    prompter,
    hungUp: () => controller.signal.reason === 'hangup',
    close: () => {
      prompter.close();
      process.off('SIGINT', onInterrupt);
      process.off('SIGHUP', onHangup);
      process.off('SIGTERM', onHangup);
    },
  };
}
