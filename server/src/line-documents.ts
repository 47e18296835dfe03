// Open documents, kept as text (TextDocument) and as lines. An edit replaces only the lines it touched,
// so unchanged lines stay the same string objects and the engine sees what an edit left alone by
// pointer comparisons, without splitting a 4 MB document at every keystroke.
import { TextDocuments, type TextDocumentContentChangeEvent } from 'vscode-languageserver/node.js';
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

/** The lines after one incremental change, or undefined when they cannot be patched safely. */
function patch(
  document: TextDocument,
  lines: string[],
  change: Extract<TextDocumentContentChangeEvent, { range: unknown }>,
  version: number,
): string[] | undefined {
  const before = document.lineCount;
  const { start, end } = change.range;
  const [a, b] =
    start.line < end.line || (start.line === end.line && start.character <= end.character)
      ? [start, end]
      : [end, start];
  const first = Math.max(0, Math.min(a.line, before - 1));
  const last = Math.max(0, Math.min(b.line, before - 1));
  TextDocument.update(document, [change], version);
  const after = document.lineCount;
  const newLast = last + after - before;
  if (lines.length !== before || newLast < first) return undefined;
  const text = document.getText();
  const from = document.offsetAt({ line: first, character: 0 });
  const to =
    newLast + 1 < after ? document.offsetAt({ line: newLast + 1, character: 0 }) : text.length;
  const piece = splitLines(text.slice(from, to));
  if (newLast + 1 < after) piece.pop(); // the empty string after the last line's terminator
  if (piece.length !== newLast - first + 1) return undefined;
  const next = lines.slice(0, first).concat(piece, lines.slice(last + 1));
  return next.length === after ? next : undefined;
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
