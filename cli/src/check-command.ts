// `plancheck check`: analyses every file given (as a plan, whatever its name), prints all problems, returns the exit code.
import { analyze } from '../../server/src/engine.js';
import { localeFor } from '../../server/src/i18n/plan-language.js';
import { readInput, STDIN_NAME } from './read-input.js';
import { messageText, type CheckRun } from './report.js';
import { formatText } from './format-text.js';
import { formatJson } from './format-json.js';
import { formatSarif } from './format-sarif.js';
import type { CliArgs } from './args.js';
import type { CommandContext } from './io.js';

/** Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O error. */
export const EXIT = { ok: 0, problems: 1, failure: 2 } as const;

/** Runs `check` over every file; a file that cannot be read is reported and the others still checked. */
export async function runCheck(args: CliArgs, ctx: CommandContext): Promise<number> {
  const run: CheckRun = { reports: [], unreadable: [], locale: ctx.locale };
  for (const file of args.files) {
    const shown = file === '-' ? STDIN_NAME : file;
    const input = await readInput(file, ctx.io.readStdin);
    if (!input.ok) {
      run.unreadable.push({ file: shown, error: input.error });
      ctx.io.err(messageText(input.error, ctx.locale));
      continue;
    }
    try {
      const analysis = analyze(input.text);
      const locale = localeFor(ctx.asked, analysis.plan, ctx.locale);
      run.reports.push({ file: shown, findings: analysis.findings, locale });
    } catch (e) {
      // analyze() promises never to throw; if it does, say so plainly instead of printing a stack trace.
      const error = {
        key: 'cli.internal-error',
        args: { file: shown, reason: String(e) },
      } as const;
      run.unreadable.push({ file: shown, error });
      ctx.io.err(messageText(error, ctx.locale));
    }
  }
  // The summary speaks the plans' language when they all share one.
  const spoken = new Set(run.reports.map((r) => r.locale));
  if (!ctx.asked && spoken.size === 1) run.locale = [...spoken][0] ?? run.locale;
  const format = args.format ?? 'text';
  if (format === 'json') ctx.io.out(formatJson(run));
  else if (format === 'sarif') ctx.io.out(formatSarif(run, ctx.version, ctx.io.cwd));
  else ctx.io.out(formatText(run));
  if (run.unreadable.length > 0) return EXIT.failure;
  return run.reports.some((r) => r.findings.some((f) => f.level === 'error'))
    ? EXIT.problems
    : EXIT.ok;
}
