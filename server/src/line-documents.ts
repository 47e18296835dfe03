// Open documents, kept as text (TextDocument) and as lines. An edit replaces only the lines it touched,
// so unchanged lines stay the same string objects and the engine sees what an edit left alone by
// pointer comparisons, without splitting a 4 MB document at every keystroke.
import {
  TextDocuments,
  type Position,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { splitLines } from './parse/lines.js';

/** The open documents and their lines. */
export interface LineDocuments {
  documents: TextDocuments<TextDocument>;
  /** The document's lines, split as the editor splits them (LF, CRLF or CR). */
  linesOf(document: TextDocument): string[];
}

/** Lines of documents whose lines are known (a document missing here is split on demand). */
const known = new WeakMap<TextDocument, string[]>();

/** A position clamped into `lines` as TextDocument clamps it (past the end → the end of the last line). */
function clamp(lines: string[], p: Position): Position {
  if (p.line < 0) return { line: 0, character: 0 };
  if (p.line >= lines.length) {
    const line = lines.length - 1;
    return { line, character: (lines[line] ?? '').length };
  }
  return {
    line: p.line,
    character: Math.max(0, Math.min(p.character, (lines[p.line] ?? '').length)),
  };
}

/**
 * The lines after one incremental change, computed from the old lines alone (the document text is
 * never copied or rescanned), or undefined when the result does not agree with the document's own
 * line count (a lone CR meeting an LF, which TextDocument itself counts differently).
 */
function patch(
  document: TextDocument,
  lines: string[],
  change: Extract<TextDocumentContentChangeEvent, { range: unknown }>,
  version: number,
): string[] | undefined {
  const { start, end } = change.range;
  const reversed =
    start.line > end.line || (start.line === end.line && start.character > end.character);
  const a = clamp(lines, reversed ? end : start);
  const b = clamp(lines, reversed ? start : end);
  TextDocument.update(document, [change], version);
  const joined =
    (lines[a.line] ?? '').slice(0, a.character) +
    change.text +
    (lines[b.line] ?? '').slice(b.character);
  const next = lines.slice(0, a.line).concat(splitLines(joined), lines.slice(b.line + 1));
  return next.length === document.lineCount ? next : undefined;
}

/**
 * Applies the changes to the document (as TextDocuments does) and returns its new lines, patched from
 * `lines` (its lines before); undefined when they were unknown or a change could not be patched.
 */
export function applyChanges(
  document: TextDocument,
  lines: string[] | undefined,
  changes: TextDocumentContentChangeEvent[],
  version: number,
): string[] | undefined {
  let next = lines;
  for (const change of changes) {
    if ('range' in change && next) next = patch(document, next, change, version);
    else {
      TextDocument.update(document, [change], version);
      next = undefined;
    }
  }
  return next;
}

/** Creates the document store; give its `documents` to every feature and call `listen` on it. */
export function createLineDocuments(): LineDocuments {
  const documents = new TextDocuments<TextDocument>({
    create(uri, languageId, version, content) {
      return TextDocument.create(uri, languageId, version, content);
    },
    update(document, changes, version) {
      const lines = applyChanges(document, known.get(document), changes, version);
      if (lines) known.set(document, lines);
      else known.delete(document);
      return document;
    },
  });
  return {
    documents,
    linesOf(document) {
      let lines = known.get(document);
      if (!lines) known.set(document, (lines = splitLines(document.getText())));
      return lines;
    },
  };
}
