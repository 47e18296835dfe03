// Command-line parsing with node:util parseArgs: the command, its files and options, or a usage error to show.
import { parseArgs } from 'node:util';
import { exportFormats } from '../../server/src/export/index.js';
import type { MessageRef } from '../../server/src/checks/types.js';
import { toLocale, type Locale } from '../../server/src/i18n/index.js';
import { readLanguageChoice, type LanguageChoice } from '../../server/src/i18n/plan-language.js';

/** The commands the CLI knows. */
export type Command = 'check' | 'table' | 'import' | 'export';

/** Output formats of `export` (the published plan). */
export const publishFormats = ['docx'] as const;

/** Output formats of `check`. */
export const checkFormats = ['text', 'json', 'sarif'] as const;

/** A parsed command line. */
export interface CliArgs {
  command?: Command;
  /** Positional arguments after the command (`-` means standard input). */
  files: string[];
  /** `--format`, already validated against the command's formats. */
  format?: string;
  /** `-o FILE` of `table` (`-` = standard output). */
  output?: string;
  force: boolean;
  /** `--lang`, when given and valid: th, en, or auto (the plan's own language). */
  lang?: LanguageChoice;
  help: boolean;
  version: boolean;
}

/** Either the parsed arguments or a usage error; `lang` is a valid `--lang`, to word the error in. */
export type ParseResult =
  { ok: true; args: CliArgs } | { ok: false; error: MessageRef; lang?: Locale };

const options = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  lang: { type: 'string', short: 'l' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;
type OptionName = keyof typeof options;
type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/** Options that only some commands accept. */
const onlyFor: Partial<Record<OptionName, readonly Command[]>> = {
  output: ['table', 'import', 'export'],
  force: ['table', 'import', 'export'],
  format: ['check', 'table', 'export'],
};

/** Parses the arguments after `plancheck`. Unknown options and bad values are usage errors, never ignored. */
export function parseCommandLine(argv: string[]): ParseResult {
  // strict: false plus tokens lets us name the offending option in our own (translated) message.
  const { tokens } = parseArgs({
    args: argv,
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const lang = tokens
    .map((t) => (t.kind === 'option' && t.name === 'lang' ? t.value : undefined))
    .find(isLocale);
  const usage = (key: MessageRef['key'], args?: MessageRef['args']): ParseResult => ({
    ok: false,
    error: { key, ...(args ? { args } : {}) },
    lang,
  });
  const args: CliArgs = { files: [], force: false, help: false, version: false };
  const positionals: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'positional') positionals.push(t.value);
    if (t.kind !== 'option') continue;
    const problem = optionProblem(t);
    if (problem) return usage(problem, { option: t.rawName });
    setOption(args, t.name as OptionName, t.value);
  }
  if (args.help || args.version) return { ok: true, args };
  const [command, ...files] = positionals;
  if (command === undefined) return usage('cli.missing-command');
  if (!isCommand(command)) return usage('cli.unknown-command', { command });
  const misplaced = tokens.find((t) => {
    const allowed = t.kind === 'option' ? onlyFor[t.name as OptionName] : undefined;
    return allowed !== undefined && !allowed.includes(command);
  });
  if (misplaced?.kind === 'option')
    return usage('cli.option-not-for-command', { option: misplaced.rawName, command });
  if (args.lang !== undefined && !isLocale(args.lang) && args.lang !== 'auto')
    return usage('cli.bad-value', { option: '--lang', value: args.lang, allowed: 'th, en, auto' });
  const formats: readonly string[] =
    command === 'check' ? checkFormats : command === 'export' ? publishFormats : exportFormats;
  if (args.format !== undefined && !formats.includes(args.format))
    return usage('cli.bad-value', {
      option: '--format',
      value: args.format,
      allowed: formats.join(', '),
    });
  if (command === 'check' && files.length === 0) return usage('cli.no-files');
  if (command !== 'check' && files.length !== 1) return usage('cli.one-file', { command });
  return { ok: true, args: { ...args, command, files } };
}

/** What is wrong with one option token, if anything. */
function optionProblem(t: Extract<Token, { kind: 'option' }>): MessageRef['key'] | undefined {
  const spec = (options as Record<string, { type: 'string' | 'boolean' } | undefined>)[t.name];
  if (!spec) return 'cli.unknown-option';
  if (spec.type === 'boolean') return t.value !== undefined ? 'cli.unexpected-value' : undefined;
  // `--lang --format json` must not read "--format" as the language.
  if (t.value === undefined || (!t.inlineValue && /^-./.test(t.value))) return 'cli.missing-value';
  return undefined;
}

function setOption(args: CliArgs, name: OptionName, value: string | undefined): void {
  if (name === 'force' || name === 'help' || name === 'version') args[name] = true;
  else if (name === 'lang') args.lang = value as LanguageChoice;
  else args[name] = value;
}

function isCommand(value: string): value is Command {
  return value === 'check' || value === 'table' || value === 'import' || value === 'export';
}

function isLocale(value: string | undefined): value is Locale {
  return value === 'th' || value === 'en';
}

/** The language asked for: `--lang th|en`, else PLANCHECK_LANG=th|en; undefined means the plan's own. */
export function askedLocale(
  lang: LanguageChoice | undefined,
  env: NodeJS.ProcessEnv,
): Locale | undefined {
  if (lang === 'th' || lang === 'en') return lang;
  if (lang === 'auto') return undefined;
  const fromEnv = readLanguageChoice(env.PLANCHECK_LANG);
  return fromEnv === 'th' || fromEnv === 'en' ? fromEnv : undefined;
}

/** The locale from the environment: the first set of LC_ALL, LC_MESSAGES, LANG; `th…` means Thai. */
export function environmentLocale(env: NodeJS.ProcessEnv): Locale {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return toLocale(tag);
}
