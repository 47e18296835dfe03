// Pushed diagnostics while a typist outpaces the server: each version of a large plan arrives in
// many reads, spaced as keystrokes are; the server publishes far fewer sets than versions, never an
// older version after a newer one, and the last publish is the final version's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TestClient, serverSuiteHooks } from './harness.js';

const SEED = readFileSync('samples/pok-noi-2566-2570.plan.md', 'utf8');
const URI = 'file:///work/samples/typing.plan.md';

describe('pushed diagnostics under steady typing (bundled server, over stdio)', function () {
  this.timeout(120_000);
  let client: TestClient | undefined;
  serverSuiteHooks(() => client);

  it('coalesces a burst: one check for the versions that arrived while it ran', async () => {
    client = await TestClient.start('en', { language: 'en' });
    // Ten seed plans in one file (about 2 MB): each full-text change takes many reads.
    const big =
      SEED +
      '\n' +
      Array.from({ length: 9 }, () => SEED.split('---\n').slice(2).join('---\n')).join('\n');
    await client.open(URI, big, 1);
    await client.diagnostics(URI, 'v1', (p) => p.version === 1);
    const versions = 30;
    // One character typed per version, as an editor sends it (an incremental change).
    const at = big.split('\n').findIndex((l) => l.includes('จำนวน 30 คน'));
    for (let v = 2; v <= versions + 1; v++) {
      void client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: URI, version: v },
        contentChanges: [
          {
            range: { start: { line: at, character: 0 }, end: { line: at, character: 0 } },
            text: 'ก',
          },
        ],
      });
      await new Promise((r) => setTimeout(r, 2));
    }
    await client.diagnostics(URI, 'final', (p) => p.version === versions + 1);
    const published = client.published.filter((p) => p.uri === URI).map((p) => p.version ?? 0);
    const burst = published.filter((v) => v > 1);
    console.log(`      ${burst.length} publishes for ${versions} versions typed 2 ms apart`);
    for (let i = 1; i < published.length; i++)
      assert.ok((published[i] ?? 0) > (published[i - 1] ?? 0), `versions go back: ${published}`);
    assert.equal(burst.at(-1), versions + 1);
    assert.ok(burst.length <= versions / 2, `${burst.length} publishes for ${versions} versions`);
    assert.equal(await client.stop(), 0);
    client = undefined;
  });
});
