// LSP test over stdio of the Word requests: `plancheck/publishPlan` refuses a plan with errors
// unless forced and returns a .docx; `plancheck/importWord` reads it back into the same plan, and
// answers a file that is not a Word document with a message, not an error.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../server/src/engine.js';
import { importWordRequest, publishPlanRequest } from '../../server/src/protocol.js';
import { TestClient, serverSuiteHooks } from './harness.js';

const SEED = readFileSync('samples/pok-noi-2566-2570.plan.md', 'utf8');
const SEED_URI = 'file:///work/samples/pok-noi-2566-2570.plan.md';

describe('Word requests (bundled server, over stdio)', function () {
  this.timeout(60_000);
  let client: TestClient | undefined;
  serverSuiteHooks(() => client);

  it('publishes only when forced while the plan has errors, and the import reads it back', async () => {
    client = await TestClient.start('en', { language: 'en' });
    await client.open(SEED_URI, SEED);
    await client.diagnostics(SEED_URI, 'seed v1', (p) => p.version === 1);
    const textDocument = { uri: SEED_URI };
    const refused = await client.connection.sendRequest(publishPlanRequest, {
      textDocument,
      force: false,
    });
    assert.ok(!refused.ok && refused.reason === 'has-errors', JSON.stringify(refused));
    assert.equal(refused.errors, 28);
    assert.equal(refused.line, 193);
    const published = await client.connection.sendRequest(publishPlanRequest, {
      textDocument,
      force: true,
    });
    assert.ok(published.ok);
    assert.equal(Buffer.from(published.data, 'base64').subarray(0, 2).toString(), 'PK');
    const imported = await client.connection.sendRequest(importWordRequest, {
      data: published.data,
    });
    assert.ok(imported.ok, JSON.stringify(imported));
    assert.deepEqual(imported.missing, []);
    const names = (text: string) => analyze(text).plan.projects.map((p) => `${p.number} ${p.name}`);
    assert.deepEqual(names(imported.markdown), names(SEED));
  });

  it('answers a file that is not a Word document with a message', async () => {
    client = await TestClient.start('en', { language: 'en' });
    const r = await client.connection.sendRequest(importWordRequest, {
      data: Buffer.from('not a zip').toString('base64'),
    });
    assert.ok(!r.ok);
    assert.ok(r.message.length > 0);
    assert.equal(await client.stop(), 0);
    client = undefined;
  });
});
