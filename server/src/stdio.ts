// The server's output over stdio. vscode-jsonrpc encodes a message as one JSON string turned into
// UTF-8 with Buffer.from; for a report of many Thai diagnostics that long two-byte string is the slow
// case (the 10× plan's 837 KB report: about 8 ms). Here the diagnostics of a report or publish are
// encoded one by one, each once per diagnostic object (the converter hands back the same object for an
// unchanged finding), and the message is put together from the pieces: the same bytes, in under 1 ms
// when few diagnostics changed.
import { format } from 'node:util';
import {
  StreamMessageWriter,
  type Connection,
  type MessageWriterOptions,
} from 'vscode-languageserver/node.js';

/** UTF-8 of each diagnostic's JSON, by diagnostic object (never changed once sent). */
const encoded = new WeakMap<object, Buffer>();
const COMMA = Buffer.from(',');
/** Stands for the diagnostics in the rest of the message's JSON; cannot occur in real text. */
const HOLE = '\u0000plancheck-diagnostics\u0000';
const HOLE_JSON = JSON.stringify(HOLE);

/** The diagnostics of a pull report or a publish, and the message with a placeholder for them. */
function splitDiagnostics(message: object): { rest: object; items: object[] } | undefined {
  const m = message as {
    method?: unknown;
    params?: { diagnostics?: unknown };
    result?: { kind?: unknown; items?: unknown };
  };
  const items = m.result?.kind === 'full' ? m.result.items : undefined;
  if (Array.isArray(items) && m.result) {
    return { rest: { ...m, result: { ...m.result, items: HOLE } }, items: items as object[] };
  }
  const published =
    m.method === 'textDocument/publishDiagnostics' ? m.params?.diagnostics : undefined;
  if (Array.isArray(published) && m.params) {
    return {
      rest: { ...m, params: { ...m.params, diagnostics: HOLE } },
      items: published as object[],
    };
  }
  return undefined;
}

/** One diagnostic's JSON in UTF-8, made once per object. */
function encodedItem(item: object): Buffer {
  let bytes = encoded.get(item);
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(item), 'utf8');
    encoded.set(item, bytes);
  }
  return bytes;
}

/** A message as JSON in UTF-8: exactly `JSON.stringify(message)`, diagnostics encoded one by one. */
export function encodeMessage(message: object): Uint8Array {
  const split = splitDiagnostics(message);
  if (!split) return Buffer.from(JSON.stringify(message), 'utf8');
  const json = JSON.stringify(split.rest);
  const at = json.lastIndexOf(HOLE_JSON);
  const parts: Buffer[] = [Buffer.from(`${json.slice(0, at)}[`, 'utf8')];
  split.items.forEach((item, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(
      typeof item === 'object' && item !== null
        ? encodedItem(item)
        : Buffer.from(JSON.stringify(item) ?? 'null'),
    );
  });
  parts.push(Buffer.from(`]${json.slice(at + HOLE_JSON.length)}`, 'utf8'));
  return Buffer.concat(parts);
}

/** Writer options: messages as JSON in UTF-8, with `encodeMessage`. */
const writerOptions: MessageWriterOptions = {
  charset: 'utf-8',
  contentTypeEncoder: {
    name: 'application/json',
    encode: (message) => Promise.resolve(encodeMessage(message)),
  },
};

/** The writer for a client on this process's stdout. */
export function stdoutWriter(): StreamMessageWriter {
  return new StreamMessageWriter(process.stdout, writerOptions);
}

/**
 * Sends what would be printed on stdout to the client's log instead, where it cannot break the
 * protocol (vscode-languageserver does this itself only for a connection it opens on stdio).
 */
export function logConsoleToClient(connection: Connection): void {
  const log = (...args: unknown[]): void => connection.console.log(format(...args));
  console.log = log;
  console.info = log;
  console.debug = log;
  console.dir = (item: unknown) => log(item);
  console.table = (data: unknown) => log(data);
}
