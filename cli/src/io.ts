// The CLI's only contact with the process: output streams, standard input, working folder and environment.
import type { Locale } from '../../server/src/i18n/index.js';

/** Where a command writes and reads; the process implementation is `processIo`. */
export interface CliIo {
  /** Writes to standard output (text as UTF-8, bytes as they are). */
  out(data: string | Uint8Array): void;
  /** Writes one message line to standard error. */
  err(line: string): void;
  /** Reads all of standard input (once; later calls get the same bytes). */
  readStdin(): Promise<Uint8Array>;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** True when standard output is a terminal (binary output is then refused). */
  stdoutIsTTY?: boolean;
}

/** The options every command receives besides its arguments. */
export interface CommandContext {
  io: CliIo;
  /** The language of messages about the command (asked for, else the environment's). */
  locale: Locale;
  /** The language asked for (`--lang`, PLANCHECK_LANG); undefined: each plan's own language. */
  asked?: Locale;
  version: string;
}

/** The real process: stdout/stderr/stdin, `process.cwd()`, `process.env`. */
export function processIo(): CliIo {
  let stdin: Promise<Uint8Array> | undefined;
  return {
    out: (data) => void process.stdout.write(data),
    err: (line) => void process.stderr.write(line + '\n'),
    readStdin: () => (stdin ??= readAll(process.stdin)),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
  };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
