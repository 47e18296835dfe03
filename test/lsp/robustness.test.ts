// The bundled server under abuse, over stdio: malformed JSON-RPC, unknown methods, requests for
// documents never opened, versions out of order, a burst of 1,000 edits, a 10 MB plan, a close in the
// middle of a check, cancellation. It must answer as LSP says, keep serving, never publish a stale
// version, never crash, and give back its memory when the documents close.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node.js';
import { analyze } from '../../server/src/engine.js';
import { TestClient } from './harness.js';

const root = join(import.meta.dirname, '..', '..');
const seed = readFileSync(join(root, 'samples', 'pok-noi-2566-2570.plan.md'), 'utf8');
const template = readFileSync(join(root, 'samples', 'template.plan.md'), 'utf8');

/** A body framed with a correct Content-Length header (bytes, not characters). */
function framed(body: string | Uint8Array): Buffer {
  const bytes = Buffer.from(body);
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`), bytes]);
}

/** The seed plan followed by pasted prose (a heading every 200 lines) up to `bytes`. */
function bigPlan(bytes: number): string {
  const para =
    'เทศบาลตำบลพอกน้อยได้ดำเนินการตามแผนปฏิบัติการป้องกันการทุจริตอย่างต่อเนื่อง โดยมีการประชุมชี้แจงและติดตามผลทุกไตรมาส';
  const lines = [seed, '## ภาคผนวก ข เอกสารที่วางมาจาก Word'];
  let size = Buffer.byteLength(seed);
  for (let k = 0; size < bytes; k++) {
    const line = k % 200 === 0 ? `### ${k / 200 + 1}. บันทึกการประชุม` : `${para} ครั้งที่ ${k}`;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return lines.join('\n');
}

/** The server's resident memory in MB, from /proc (Linux). */
function rssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
  return kb / 1024;
}

const hover = (uri: string) => ({ textDocument: { uri }, position: { line: 0, character: 0 } });

describe('language server robustness (bundled, over stdio)', function () {
  this.timeout(120_000);
  let client: TestClient;
  let baseline = 0;
  const other = 'file:///robust/other.plan.md';

  before(async () => {
    client = await TestClient.start('en');
    await client.open(other, template);
    await client.diagnostics(other, 'the template');
    baseline = rssMb(client.pid);
  });
  after(() => client?.dispose());

  /** Answers a request after the server read `raw`; later messages push out one stuck behind a bad header. */
  async function answersAfter(raw: string | Uint8Array): Promise<void> {
    await client.writeRaw(raw);
    let answered = false;
    const answer = client.request('textDocument/hover', hover(other)).then(() => (answered = true));
    // vscode-jsonrpc stops reading a chunk at a bad header; the next chunk to arrive resumes it. The pipe
    // may join the header, the request and a nudge into one chunk, so nudge until the answer comes.
    for (let i = 0; i < 100 && !answered; i++) {
      await client.connection.sendNotification('$/plancheck/nudge', {});
      await Promise.race([answer, new Promise((resolve) => setTimeout(resolve, 20))]);
    }
    await answer;
    assert.ok(client.alive);
  }

  describe('malformed JSON-RPC', () => {
    const cases: [string, string | Uint8Array][] = [
      ['JSON garbage with a valid header', framed('{garbage!}')],
      ['binary garbage with a valid header', framed(new Uint8Array([0xff, 0xfe, 0, 1, 0xc3]))],
      ['a Content-Length that is not a number', 'Content-Length: nope\r\n\r\n'],
      ['a zero Content-Length', 'Content-Length: 0\r\n\r\n'],
      ['a header without Content-Length', 'Content-Type: text/plain\r\n\r\n'],
      ['a line that is not a header', 'garbage without a colon\r\n\r\n'],
      ['JSON that is not a message', framed('[1,2,3]')],
      ['a request whose method is a number', framed('{"jsonrpc":"2.0","id":99,"method":7}')],
      ['a request whose id is an object', framed('{"jsonrpc":"2.0","id":{},"method":"a"}')],
      [
        'a hover whose params are a string',
        framed('{"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":"x"}'),
      ],
      [
        'a didOpen without a document',
        framed('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":null}}'),
      ],
      [
        'a didChange of a document never opened',
        framed(
          JSON.stringify({
            jsonrpc: '2.0',
            method: 'textDocument/didChange',
            params: {
              textDocument: { uri: 'file:///never.plan.md', version: 3 },
              contentChanges: [{ text: 'x' }],
            },
          }),
        ),
      ],
      [
        'a code action with malformed fix data',
        framed(
          JSON.stringify({
            jsonrpc: '2.0',
            id: 6,
            method: 'textDocument/codeAction',
            params: {
              textDocument: { uri: other },
              range: null,
              context: { diagnostics: [{ data: { fixes: [{ edits: 'x' }] } }] },
            },
          }),
        ),
      ],
    ];
    for (const [what, raw] of cases) {
      it(`${what}: still answers`, () => answersAfter(raw));
    }
  });

  it('a negative Content-Length breaks the framing for good: no crash, and a clean exit when the client goes', async () => {
    const lost = await TestClient.start('en');
    try {
      await lost.writeRaw('Content-Length: -5\r\n\r\n');
      void lost.connection.sendRequest('textDocument/hover', hover(other)).catch(() => undefined);
      // Without a shutdown request LSP says exit code 1; a crash would print to stderr.
      assert.equal(await lost.closeInput(), 1);
      assert.deepEqual(
        lost.log.filter((l) => l.startsWith('stderr:')),
        [],
      );
    } finally {
      lost.dispose();
    }
  });

  describe('unknown methods', () => {
    it('answers MethodNotFound to an unknown request', async () => {
      await assert.rejects(client.request('plancheck/noSuchThing', {}), { code: -32601 });
    });

    it('stays silent on an unknown notification', async () => {
      const published = client.published.length;
      const logged = client.log.length;
      await client.connection.sendNotification('plancheck/noSuchNotification', { x: 1 });
      await client.request('textDocument/hover', hover(other));
      assert.equal(client.published.length, published);
      assert.equal(client.log.length, logged, client.log.slice(logged).join('\n'));
    });
  });

  describe('requests for a document never opened', () => {
    const never = 'file:///robust/never-opened.plan.md';
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const requests: [string, unknown][] = [
      ['textDocument/documentSymbol', { textDocument: { uri: never } }],
      [
        'textDocument/codeAction',
        { textDocument: { uri: never }, range, context: { diagnostics: [] } },
      ],
      ['textDocument/hover', hover(never)],
      ['textDocument/foldingRange', { textDocument: { uri: never } }],
      ['textDocument/definition', hover(never)],
      ['textDocument/references', { ...hover(never), context: { includeDeclaration: true } }],
      ['textDocument/completion', hover(never)],
      ['textDocument/inlayHint', { textDocument: { uri: never }, range }],
      ['textDocument/semanticTokens/full', { textDocument: { uri: never } }],
      ['textDocument/prepareRename', hover(never)],
      ['textDocument/rename', { ...hover(never), newName: 'x' }],
      ['plancheck/summaryTable', { uri: never }],
      ['plancheck/analysisSummary', { uri: never }],
      ['plancheck/exportTable', { uri: never, format: 'md' }],
    ];
    for (const [method, params] of requests) {
      it(`${method}: an empty result or an error, and the server goes on`, async () => {
        let result: unknown;
        try {
          result = await client.request(method, params);
        } catch (error) {
          // An error response is fine; a timeout or a crash is not.
          assert.ok(!/Timed out|exited/.test(String(error)), String(error));
          assert.ok(client.alive);
          return;
        }
        const empty =
          result === null ||
          (Array.isArray(result) && result.length === 0) ||
          (typeof result === 'object' && result !== null && 'data' in result);
        assert.ok(empty, `${method} on a never-opened document returned ${JSON.stringify(result)}`);
      });
    }
  });

  describe('versions', () => {
    it('duplicate and out-of-order didChange versions: no publish older than one already published', async () => {
      const uri = 'file:///robust/versions.plan.md';
      await client.open(uri, template, 1);
      await client.diagnostics(uri, 'v1', (p) => p.version === 1);
      // Each version reports something else (an amount changed), so each is published when checked.
      const amount = (n: number) =>
        template.replace('0 | 0 | 0 | 0 | 0 |  |', `${n} | 0 | 0 | 0 | 0 |  |`);
      await client.change(uri, 3, amount(3));
      await client.diagnostics(uri, 'v3', (p) => p.version === 3);
      await client.change(uri, 3, amount(33)); // duplicate version
      await client.change(uri, 2, template); // older than one already published
      await client.change(uri, 4, amount(1));
      const last = await client.diagnostics(uri, 'v4', (p) => p.version === 4);
      assert.ok(last.diagnostics.length > 0, 'v4 changed an amount: its problems are published');
      const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
      for (let i = 1; i < versions.length; i++)
        assert.ok((versions[i] ?? 0) >= (versions[i - 1] ?? 0), `published versions ${versions}`);
      await client.close(uri);
    });

    it('a burst of 1,000 edits: versions never go back, and the last publish is the final version', async () => {
      const uri = 'file:///robust/burst.plan.md';
      await client.open(uri, template, 1);
      const texts: string[] = [];
      for (let v = 2; v <= 1001; v++) {
        const text = template
          .replace('จำนวน 30 คน', `จำนวน ${v} คน`)
          .replace('| 0 | 0 | 0 |', `| ${v} | 0 | 0 |`);
        texts.push(text);
        void client.change(uri, v, text);
      }
      const final = await client.diagnostics(uri, 'v1001', (p) => p.version === 1001);
      const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
      for (let i = 1; i < versions.length; i++)
        assert.ok(
          (versions[i] ?? 0) > (versions[i - 1] ?? 0),
          `published versions go back: ${versions}`,
        );
      assert.equal(versions.at(-1), 1001);
      const expected = analyze(texts.at(-1) ?? '').findings.map((f) => f.checkId);
      assert.deepEqual(
        final.diagnostics.map((d) => d.code),
        expected,
      );
      console.log(`      burst: ${versions.length} publish(es) for 1,000 edits`);
      await client.close(uri);
    });
  });

  describe('size and timing', () => {
    it('a 10 MB plan: diagnostics arrive and the server stays alive', async () => {
      const uri = 'file:///robust/big.plan.md';
      const text = bigPlan(10 * 1024 * 1024);
      const start = performance.now();
      await client.open(uri, text);
      const published = await client.diagnostics(uri, 'the 10 MB plan');
      console.log(
        `      10 MB plan: ${published.diagnostics.length} diagnostics in ` +
          `${(performance.now() - start).toFixed(0)} ms; server ${rssMb(client.pid).toFixed(0)} MB`,
      );
      assert.ok(published.diagnostics.length > 0);
      await client.close(uri);
      await client.diagnostics(uri, 'the close', (p) => p.diagnostics.length === 0);
    });

    it('closing a document mid-check: nothing is published for it after the close', async () => {
      const uri = 'file:///robust/closed.plan.md';
      const seen = client.configRequests.length;
      await client.open(uri, bigPlan(2 * 1024 * 1024));
      // The check has started once the server asks for the document's settings; close it then.
      while (!client.configRequests.slice(seen).some((c) => c.scopeUri === uri))
        await client.request('textDocument/hover', hover(other));
      await client.close(uri);
      const cleared = await client.diagnostics(uri, 'the close', (p) => p.diagnostics.length === 0);
      const at = client.published.indexOf(cleared);
      // Barriers: another document's full round trip, twice, after the close.
      for (const v of [2, 3]) {
        // An amount changed: the other document's problems change, so each version is published.
        await client.change(
          other,
          v,
          template.replace('0 | 0 | 0 | 0 | 0 |  |', `${v} | 0 | 0 | 0 | 0 |  |`),
        );
        await client.diagnostics(other, `v${v}`, (p) => p.version === v);
      }
      const after = client.published.slice(at + 1).filter((p) => p.uri === uri);
      assert.deepEqual(after, [], 'a publish for a closed document');
    });

    it('$/cancelRequest: a cancelled request is answered or cancelled, and the server goes on', async () => {
      const uri = 'file:///robust/cancel.plan.md';
      await client.open(uri, seed);
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest(
        'textDocument/documentSymbol',
        { textDocument: { uri } },
        source.token,
      );
      source.cancel(); // sends $/cancelRequest with the request's id
      const outcome = await pending.then(
        (r) => (Array.isArray(r) ? 'answered' : 'empty'),
        (e: { code?: number }) => `error ${e.code}`,
      );
      assert.match(outcome, /^(answered|empty|error -32800)$/);
      // Cancelling an id the server never saw (or already answered) is harmless too.
      await client.connection.sendNotification('$/cancelRequest', { id: 123_456 });
      const symbols = await client.request<unknown[]>('textDocument/documentSymbol', {
        textDocument: { uri },
      });
      assert.ok(symbols.length > 0);
      console.log(`      cancel: the cancelled request was ${outcome}`);
      await client.close(uri);
    });
  });

  describe('afterwards', () => {
    it('still serves other documents and gives back its memory once the documents close', async () => {
      await client.change(other, 10, template.replace('| 0 | 0 | 0 |', '| 5 | 0 | 0 |'));
      const p = await client.diagnostics(other, 'v10', (x) => x.version === 10);
      assert.ok(p.diagnostics.length > 0);
      // Idle for a moment so that V8 can collect; memory is measured, not waited on.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const after = rssMb(client.pid);
      console.log(
        `      memory: ${baseline.toFixed(0)} MB at start, ${after.toFixed(0)} MB after the documents closed`,
      );
      assert.ok(after < baseline + 200, `${after} MB vs ${baseline} MB at start`);
      assert.equal(await client.stop(), 0);
    });
  });
});
