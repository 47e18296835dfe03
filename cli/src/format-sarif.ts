// SARIF 2.1.0 output of `check`, for code-scanning tools: rules from the check registry, one result per problem.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checks } from '../../server/src/checks/index.js';
import type { Range } from '../../server/src/model/types.js';
import { messageText, oneBased, type CheckRun } from './report.js';
import { STDIN_NAME } from './read-input.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVELS = { error: 'error', warning: 'warning', hint: 'note' } as const;

/** Formats a run as a SARIF 2.1.0 log; relative paths are relative to `%SRCROOT%` (the working folder). */
export function formatSarif(run: CheckRun, version: string, cwd: string): string {
  const ruleIndex = new Map(checks.map((c, i) => [c.meta.id, i]));
  const location = (file: string, range: Range) => ({
    physicalLocation: { artifactLocation: artifactLocation(file, cwd), region: region(range) },
  });
  const results = run.reports.flatMap(({ file, findings, locale }) =>
    findings.map((f) => ({
      ruleId: f.checkId,
      ...(ruleIndex.has(f.checkId) ? { ruleIndex: ruleIndex.get(f.checkId) } : {}),
      level: LEVELS[f.level],
      message: { text: messageText(f.message, locale) },
      locations: [location(file, f.range)],
      ...(f.related?.length
        ? {
            relatedLocations: f.related.map((r, id) => ({
              id,
              ...location(file, r.range),
              message: { text: messageText(r.message, locale) },
            })),
          }
        : {}),
    })),
  );
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plancheck',
            version,
            semanticVersion: version,
            rules: checks.map((c) => ({
              id: c.meta.id,
              shortDescription: { text: c.meta.description[run.locale] },
              helpUri: c.meta.docsUrl,
              defaultConfiguration: { level: LEVELS[c.meta.defaultLevel] },
              properties: { tags: c.meta.tags },
            })),
          },
        },
        language: run.locale === 'th' ? 'th-TH' : 'en-US',
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
        invocations: [
          {
            executionSuccessful: run.unreadable.length === 0,
            toolExecutionNotifications: run.unreadable.map((u) => ({
              level: 'error',
              message: { text: messageText(u.error, run.locale) },
              locations: [
                { physicalLocation: { artifactLocation: artifactLocation(u.file, cwd) } },
              ],
            })),
          },
        ],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** A path inside the working folder becomes a relative URI on `%SRCROOT%`; any other an absolute file URI. */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (file === STDIN_NAME) return { uri: 'stdin' };
  const relative = path.relative(cwd, path.resolve(cwd, file));
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`);
  if (relative === '' || outside || path.isAbsolute(relative))
    return { uri: pathToFileURL(path.resolve(cwd, file)).href };
  return {
    uri: relative.split(path.sep).map(encodeURIComponent).join('/'),
    uriBaseId: '%SRCROOT%',
  };
}

function region(range: Range) {
  const p = oneBased(range);
  return { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn };
}
