// The store of open documents, each kept as lines (LineDocument): an edit replaces only the lines it
// touched, so unchanged lines stay the same string objects and the engine sees what an edit left alone
// by pointer comparisons, without copying or splitting a 4 MB document at every keystroke.
import { TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineDocument } from './line-document.js';
import { splitLines } from './parse/lines.js';

/** The open documents and their lines. */
export interface LineDocuments {
  documents: TextDocuments<LineDocument>;
  /** The document's lines, split as the editor splits them (LF, CRLF or CR); a new array per version. */
  linesOf(document: TextDocument): string[];
}

/** Creates the document store; give its `documents` to every feature and call `listen` on it. */
export function createLineDocuments(): LineDocuments {
  const documents = new TextDocuments<LineDocument>({
    create: (uri, languageId, version, content) =>
      new LineDocument(uri, languageId, version, content),
    update(document, changes, version) {
      document.update(changes, version);
      return document;
    },
  });
  return {
    documents,
    linesOf: (document) =>
      document instanceof LineDocument ? document.lines : splitLines(document.getText()),
  };
}
