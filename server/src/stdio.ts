// The server's output over stdio. vscode-jsonrpc encodes a message as one JSON string turned into
// UTF-8 with Buffer.from; for a report of many Thai diagnostics that long two-byte string is the slow
// case (the 10× plan's 837 KB report: about 8 ms). Here the diagnostics of a report or publish are
// encoded one by one, each once per diagnostic object (the converter hands back the same object for an
// unchanged finding), into one buffer: the same bytes, in about 0.3 ms when no diagnostic is new
// (pieces joined with Buffer.concat took 2–3 ms), and as fast as one JSON.stringify when all are.
import { format } from 'node:util';
import {
  StreamMessageWriter,
  type Connection,
  type MessageWriterOptions,
} from 'vscode-languageserver/node.js';

/** UTF-8 of each diagnostic's JSON, by diagnostic object (never changed once sent). */
const encoded = new WeakMap<object, Buffer>();
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

/** A message's bytes, written into one buffer that grows by doubling. */
class ByteWriter {
  private buffer: Buffer;
  length = 0;

  constructor(size: number) {
    this.buffer = Buffer.allocUnsafe(Math.max(size, 1024));
  }

  /** Makes room for `n` more bytes. */
  private room(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + n));
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }

  /** Appends a string as UTF-8 (at most three bytes per UTF-16 unit). */
  text(s: string): void {
    this.room(s.length * 3);
    this.length += this.buffer.write(s, this.length, 'utf8');
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buffer.set(b, this.length);
    this.length += b.length;
  }

  /** A copy of the bytes written from `start` on. */
  copyFrom(start: number): Buffer {
    return Buffer.from(this.buffer.subarray(start, this.length));
  }

  /** The bytes written (a view: the writer is not used again). */
  result(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

/** The size of the last message with diagnostics: the next one is likely as big. */
let lastSize = 0;

/** A message as JSON in UTF-8: exactly `JSON.stringify(message)`, diagnostics encoded one by one. */
export function encodeMessage(message: object): Uint8Array {
  const split = splitDiagnostics(message);
  if (!split) return Buffer.from(JSON.stringify(message), 'utf8');
  const json = JSON.stringify(split.rest);
  const at = json.lastIndexOf(HOLE_JSON);
  const out = new ByteWriter(lastSize + (lastSize >> 2));
  out.text(`${json.slice(0, at)}[`);
  split.items.forEach((item, i) => {
    if (i > 0) out.text(',');
    if (typeof item !== 'object' || item === null) {
      out.text(JSON.stringify(item) ?? 'null');
      return;
    }
    const known = encoded.get(item);
    if (known) return out.bytes(known);
    const start = out.length;
    out.text(JSON.stringify(item) ?? 'null');
    encoded.set(item, out.copyFrom(start));
  });
  out.text(`]${json.slice(at + HOLE_JSON.length)}`);
  lastSize = out.length;
  return out.result();
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
