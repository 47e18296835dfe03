// Rename a project from its heading. On the name: the heading's name and the summary-table rows that stand
// for the project by name (a trailing note such as `(ไม่ตรง)` is kept). On the number: the heading's number,
// the table rows with that number and every `โครงการที่ N` mention (each in the digits it was written in).
import {
  ErrorCodes,
  ResponseError,
  type Connection,
  type ServerCapabilities,
  type TextDocuments,
  type TextEdit,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine.js';
import { formatMessage, type CatalogueKey, type Locale } from '../i18n/index.js';
import { splitNote } from '../model/names.js';
import type { Position, Project, Range } from '../model/types.js';
import { arabicToThaiDigits, hasThaiDigits, readInteger } from '../parse/thai.js';
import { openPlan, type FeatureContext } from './context.js';
import { navIndexOf, targetAt } from './nav-index.js';

/** Answers `textDocument/prepareRename` and `textDocument/rename` for project headings. */
export function registerRenameSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  ctx: FeatureContext,
): ServerCapabilities {
  connection.onPrepareRename(async ({ textDocument, position }) => {
    const open = await openPlan(connection, documents, ctx, textDocument.uri);
    return open ? prepare(open.analysis, position, ctx.locale(open.analysis)) : null;
  });
  connection.onRenameRequest(async ({ textDocument, position, newName }) => {
    const open = await openPlan(connection, documents, ctx, textDocument.uri);
    if (!open) return null;
    const edits = renameEdits(open.analysis, position, newName, ctx.locale(open.analysis));
    return edits instanceof ResponseError ? edits : { changes: { [textDocument.uri]: edits } };
  });
  return { renameProvider: { prepareProvider: true } };
}

type Prepared = { range: Range; placeholder: string } | ResponseError<void> | null;

function prepare(analysis: Analysis, position: Position, locale: Locale): Prepared {
  const target = targetAt(analysis, position);
  if (target?.kind === 'row' || target?.kind === 'mention') {
    const p = target.kind === 'row' ? target.row.number : target.mention.number;
    const project = p === null ? undefined : analysis.index.projectsByNumber.get(p)?.[0];
    return refuse(
      project ? 'nav.rename.from-heading' : 'nav.rename.no-project',
      { line: (project?.heading.line ?? 0) + 1, number: p ?? '?' },
      locale,
    );
  }
  if (target?.kind !== 'project') return null;
  const range = renamesNumber(target.project, position)
    ? target.project.numberRange
    : target.project.nameRange;
  return { range, placeholder: textAt(analysis, range) };
}

/** True when the position is on the project's number (then the number is renamed, else the name). */
function renamesNumber(project: Project, position: Position): boolean {
  const r = project.numberRange;
  return (
    project.number !== null &&
    position.character >= r.start.character &&
    position.character <= r.end.character
  );
}

/** The edits of a rename, or the reason it cannot be done. */
export function renameEdits(
  analysis: Analysis,
  position: Position,
  newName: string,
  locale: Locale,
): TextEdit[] | ResponseError<void> {
  const target = targetAt(analysis, position);
  if (target?.kind !== 'project') return refuse('nav.rename.not-here', undefined, locale);
  const project = target.project;
  return renamesNumber(project, position)
    ? numberEdits(analysis, project, newName, locale)
    : nameEdits(analysis, project, newName, locale);
}

function numberEdits(
  analysis: Analysis,
  project: Project,
  newName: string,
  locale: Locale,
): TextEdit[] | ResponseError<void> {
  const n = readInteger(newName);
  if (n === null || n < 1) return refuse('nav.rename.bad-number', { value: newName }, locale);
  const old = project.number as number;
  if (n === old) return [];
  const owner = analysis.index.projectsByNumber.get(n)?.[0];
  if (owner) {
    return refuse('nav.rename.number-taken', { number: n, line: owner.heading.line + 1 }, locale);
  }
  const edit = (range: Range): TextEdit => ({
    range,
    newText: hasThaiDigits(textAt(analysis, range)) ? arabicToThaiDigits(String(n)) : String(n),
  });
  const edits = [edit(project.numberRange)];
  // With two projects of the same number, rows and mentions of it cannot be told apart: leave them.
  if (analysis.index.projectsByNumber.get(old)?.length === 1) {
    for (const row of analysis.index.projectRows) {
      if (row.number === old && row.numberRange) edits.push(edit(row.numberRange));
    }
    for (const m of navIndexOf(analysis).mentions)
      if (m.number === old) edits.push(edit(m.numberRange));
  }
  return edits;
}

function nameEdits(
  analysis: Analysis,
  project: Project,
  newName: string,
  locale: Locale,
): TextEdit[] | ResponseError<void> {
  const name = newName.trim();
  if (!name || /[\r\n]/.test(name)) return refuse('nav.rename.bad-name', undefined, locale);
  const edits: TextEdit[] = [{ range: project.nameRange, newText: name }];
  for (const { row, note } of analysis.index.rowsOfProject.get(project) ?? []) {
    if (!row.nameRange) continue;
    const range = rowNameRange(analysis, row.nameRange, note !== undefined);
    edits.push({ range, newText: name.replace(/\|/g, '\\|') });
  }
  return edits;
}

/** A row's name without trailing emphasis markers and, when it has one, its trailing note (kept). */
function rowNameRange(analysis: Analysis, range: Range, hasNote: boolean): Range {
  let raw = textAt(analysis, range).replace(/[\s*_]+$/, '');
  if (hasNote) raw = splitNote(raw).base.trimEnd();
  return {
    start: range.start,
    end: { ...range.start, character: range.start.character + raw.length },
  };
}

function textAt(analysis: Analysis, r: Range): string {
  return (analysis.plan.lines[r.start.line] ?? '').slice(r.start.character, r.end.character);
}

function refuse(
  key: CatalogueKey,
  args: Record<string, string | number> | undefined,
  locale: Locale,
): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidRequest, formatMessage(key, args, locale));
}
