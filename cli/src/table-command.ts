// `plancheck table`: the summary table computed from the project details, to stdout or atomically to `-o FILE`;
// binary formats (xlsx) are never written to a terminal.
import * as path from 'node:path';
import { analyze } from '../../server/src/engine.js';
import { computeSummary } from '../../server/src/model/summary.js';
import { exporters, type ExportFormat } from '../../server/src/export/index.js';
import { exportProblems } from '../../server/src/export/context.js';
import { AmountRangeError } from '../../server/src/export/excel-amount.js';
import { TargetExistsError, writeFileAtomic } from '../../server/src/fs/atomic-write.js';
import { readInput, STDIN_NAME } from './read-input.js';
import { messageText } from './report.js';
import { formatMessage, type Locale } from '../../server/src/i18n/index.js';
import { EXIT } from './check-command.js';
import { localeFor } from '../../server/src/i18n/plan-language.js';
import type { CliArgs } from './args.js';
import type { CommandContext } from './io.js';

/** Runs `table` on the one file given; problems in the plan do not change the exit code (that is `check`'s job). */
export async function runTable(args: CliArgs, ctx: CommandContext): Promise<number> {
  const file = args.files[0] ?? '-';
  const shown = file === '-' ? STDIN_NAME : file;
  const input = await readInput(file, ctx.io.readStdin);
  if (!input.ok) {
    ctx.io.err(messageText(input.error, ctx.locale));
    return EXIT.failure;
  }
  const format = (args.format ?? 'md') as ExportFormat;
  const toStdout = args.output === undefined || args.output === '-';
  if (toStdout && exporters[format].binary && ctx.io.stdoutIsTTY) {
    ctx.io.err(messageText({ key: 'cli.binary-to-terminal', args: { format } }, ctx.locale));
    return EXIT.failure;
  }
  const analysis = analyze(input.text);
  const locale = localeFor(ctx.asked, analysis.plan, ctx.locale);
  const summary = computeSummary(analysis.plan);
  const empty = summary.development
    ? summary.development.projects.length === 0
    : summary.grandTotal.count === 0;
  if (empty) ctx.io.err(messageText({ key: 'cli.table-empty', args: { file: shown } }, locale));
  const problems = exportProblems(analysis.findings, locale);
  let content: string | Uint8Array;
  try {
    content = await exporters[format].render(summary, { locale, problems });
  } catch (e) {
    if (!(e instanceof AmountRangeError)) throw e;
    const reason = formatMessage('export.amount-too-large', { amount: e.amount }, locale);
    ctx.io.err(messageText({ key: 'export.failed', args: { reason } }, locale));
    return EXIT.failure;
  }
  const output = args.output;
  if (output === undefined || output === '-') {
    ctx.io.out(content);
    return EXIT.ok;
  }
  try {
    await writeFileAtomic(path.resolve(ctx.io.cwd, output), content, {
      overwrite: args.force,
    });
    return EXIT.ok;
  } catch (e) {
    const key = e instanceof TargetExistsError ? 'cli.output-exists' : 'cli.write-failed';
    const reason = writeReason(e, locale);
    ctx.io.err(messageText({ key, args: { file: output, reason } }, locale));
    return EXIT.failure;
  }
}

/** A short, translated reason for the common write failures; the system's text otherwise. */
function writeReason(e: unknown, locale: Locale): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return formatMessage('cli.reason.no-folder', {}, locale);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return formatMessage('cli.reason.permission', {}, locale);
  if (code === 'EISDIR') return formatMessage('cli.reason.is-folder', {}, locale);
  if (code === 'ENOTFILE') return formatMessage('cli.reason.not-a-file', {}, locale);
  if (code === 'ENOSPC') return formatMessage('cli.reason.disk-full', {}, locale);
  return e instanceof Error ? e.message : String(e);
}
