// `plancheck import` (a Word plan into the format, then checked) and `plancheck export --format
// docx` (a checked plan published as a print-ready Word document). Files are written atomically and
// never replace an existing file without --force.
import * as path from 'node:path';
import { analyze } from '../../server/src/engine.js';
import { TargetExistsError, writeFileAtomic } from '../../server/src/fs/atomic-write.js';
import { formatMessage } from '../../server/src/i18n/index.js';
import { localeFor } from '../../server/src/i18n/plan-language.js';
import { EXIT } from './check-command.js';
import { formatText } from './format-text.js';
import { readBytes, readInput, STDIN_NAME } from './read-input.js';
import { messageText } from './report.js';
import type { CliArgs } from './args.js';
import type { CommandContext } from './io.js';

/** Writes `content` to -o FILE atomically (or to standard output); false after a message. */
async function write(args: CliArgs, ctx: CommandContext, content: string | Uint8Array) {
  const output = args.output;
  if (output === undefined || output === '-') {
    ctx.io.out(content);
    return true;
  }
  try {
    await writeFileAtomic(path.resolve(ctx.io.cwd, output), content, { overwrite: args.force });
    return true;
  } catch (e) {
    const key = e instanceof TargetExistsError ? 'cli.output-exists' : 'cli.write-failed';
    const reason = e instanceof Error ? e.message : String(e);
    ctx.io.err(messageText({ key, args: { file: output, reason } }, ctx.locale));
    return false;
  }
}

/** `import PLAN.docx [-o FILE]`: the plan in the format, a report on what was done, its findings. */
export async function runImport(args: CliArgs, ctx: CommandContext): Promise<number> {
  const file = args.files[0] ?? '-';
  const shown = file === '-' ? STDIN_NAME : file;
  const input = await readBytes(file, ctx.io.readStdin);
  if (!input.ok) {
    ctx.io.err(messageText(input.error, ctx.locale));
    return EXIT.failure;
  }
  let imported;
  try {
    const { importDocx } = await import('../../server/src/word-entry.js');
    imported = await importDocx(input.bytes);
  } catch (e) {
    const reason = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
    ctx.io.err(messageText({ key: 'cli.not-docx', args: { file: shown, reason } }, ctx.locale));
    return EXIT.failure;
  }
  const analysis = analyze(imported.markdown);
  const locale = localeFor(ctx.asked, analysis.plan, ctx.locale);
  const { report } = imported;
  const missing = report.missing.length
    ? formatMessage('cli.imported-missing', { keys: report.missing.join(', ') }, locale)
    : '';
  ctx.io.err(
    messageText(
      {
        key: 'cli.imported',
        args: {
          file: shown,
          dimensions: report.headings.dimension,
          missions: report.headings.mission,
          projects: report.headings.project,
          images: report.images,
          filled: report.filled.join(', ') || '-',
          missing,
        },
      },
      locale,
    ),
  );
  for (const message of report.warnings)
    ctx.io.err(messageText({ key: 'cli.import-warning', args: { message } }, locale));
  if (!(await write(args, ctx, imported.markdown))) return EXIT.failure;
  // The findings go with the plan written to a file; with the plan on standard output, to stderr.
  const target = args.output ?? STDIN_NAME;
  const findings = formatText({
    reports: [{ file: target, findings: analysis.findings, locale }],
    unreadable: [],
    locale,
  });
  if (args.output && args.output !== '-') ctx.io.out(findings);
  else ctx.io.err(findings.trimEnd());
  return EXIT.ok;
}

/** `export --format docx -o FILE PLAN`: refused while the plan has errors, unless --force. */
export async function runExport(args: CliArgs, ctx: CommandContext): Promise<number> {
  const file = args.files[0] ?? '-';
  const shown = file === '-' ? STDIN_NAME : file;
  const input = await readInput(file, ctx.io.readStdin);
  if (!input.ok) {
    ctx.io.err(messageText(input.error, ctx.locale));
    return EXIT.failure;
  }
  const toStdout = args.output === undefined || args.output === '-';
  if (toStdout && ctx.io.stdoutIsTTY) {
    ctx.io.err(
      messageText({ key: 'cli.binary-to-terminal', args: { format: 'docx' } }, ctx.locale),
    );
    return EXIT.failure;
  }
  const analysis = analyze(input.text);
  const locale = localeFor(ctx.asked, analysis.plan, ctx.locale);
  const errors = analysis.findings.filter((f) => f.level === 'error');
  const first = errors[0];
  if (first && !args.force) {
    const message = messageText(first.message, locale);
    ctx.io.err(
      messageText(
        {
          key: 'cli.export-refused',
          args: { file: shown, n: errors.length, line: first.range.start.line + 1, message },
        },
        locale,
      ),
    );
    return EXIT.problems;
  }
  const { publishDocx } = await import('../../server/src/word-entry.js');
  const bytes = await publishDocx(analysis.plan);
  return (await write(args, ctx, bytes)) ? EXIT.ok : EXIT.failure;
}
