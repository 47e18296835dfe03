import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { SERVER_NODE_OPTIONS } from '../../server/src/launch.js';

describe('how the server is started', () => {
  it('every editor set-up in docs/editors.md and the Neovim e2e test passes the server its Node options', () => {
    const sources = ['docs/editors.md', 'test/e2e/nvim-check.lua'];
    let commands = 0;
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n').filter((l) => /cmd = \{|`node .*server\.cjs --stdio`/.test(l));
      assert.ok(lines.length > 0, `${file} starts the server somewhere`);
      for (const line of lines) {
        commands++;
        for (const option of SERVER_NODE_OPTIONS)
          assert.ok(line.includes(option), `${file}: ${line}`);
      }
    }
    // editors.md: the plain command, Neovim 0.8 and 0.7, other editors; the e2e test: one.
    assert.equal(commands, 5);
  });
});
