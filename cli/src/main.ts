// The `plancheck` command: parses the command line, runs `check` or `table`, sets the exit code. Bundled to dist/cli.cjs.
import pkg from '../../package.json' with { type: 'json' };
import { formatMessage } from '../../server/src/i18n/index.js';
import { exportFormats } from '../../server/src/export/index.js';
import { askedLocale, environmentLocale, parseCommandLine } from './args.js';
import { EXIT, runCheck } from './check-command.js';
import { runTable } from './table-command.js';
import { runExport, runImport } from './word-commands.js';
import { messageText } from './report.js';
import { processIo, type CliIo } from './io.js';

/** Runs the CLI with the arguments after `plancheck` and returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine(argv);
  // Messages about the command itself: the language asked for, else the environment's.
  const asked = askedLocale(parsed.ok ? parsed.args.lang : parsed.lang, io.env);
  const locale = asked ?? environmentLocale(io.env);
  if (!parsed.ok) {
    io.err(messageText(parsed.error, locale));
    io.err(formatMessage('cli.see-help', {}, locale));
    return EXIT.failure;
  }
  const { args } = parsed;
  if (args.help) {
    io.out(
      formatMessage(
        'cli.help',
        { version: pkg.version, tableFormats: exportFormats.join('|') },
        locale,
      ),
    );
    return EXIT.ok;
  }
  if (args.version) {
    io.out(`${pkg.version}\n`);
    return EXIT.ok;
  }
  const ctx = { io, locale, asked, version: pkg.version };
  if (args.command === 'table') return runTable(args, ctx);
  if (args.command === 'import') return runImport(args, ctx);
  if (args.command === 'export') return runExport(args, ctx);
  return runCheck(args, ctx);
}

// A closed pipe (`plancheck check … | head`) is not an error worth a stack trace; an output that cannot
// be written (a full disk) gets one plain line and exit 2.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  const locale = environmentLocale(process.env);
  const reason =
    e.code === 'ENOSPC' ? formatMessage('cli.reason.disk-full', {}, locale) : e.message;
  process.stderr.write(formatMessage('cli.stdout-failed', { reason }, locale) + '\n');
  process.exit(EXIT.failure);
});

main(process.argv.slice(2), processIo()).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(
      `plancheck: internal error: ${e instanceof Error ? e.message : String(e)}\n`,
    );
    process.exitCode = EXIT.failure;
  },
);
