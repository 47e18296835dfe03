// The client middleware that logs when the first problems of a session arrived.
import { strict as assert } from 'node:assert';
import {
  firstProblemsLine,
  logFirstDiagnostics,
  serverReadyLine,
} from '../../client/src/first-diagnostics.js';

type Args = Parameters<ReturnType<typeof logFirstDiagnostics>>;

/** A middleware whose clock reads `ms`, with the lines it logged. */
function setup(ms: number) {
  const lines: string[] = [];
  const middleware = logFirstDiagnostics(
    () => ms,
    (line) => lines.push(line),
  );
  const pull = (path: string, report: unknown): Promise<unknown> =>
    Promise.resolve(
      middleware(
        { uri: { path } } as unknown as Args[0],
        undefined,
        {} as Args[2],
        (async () => report) as unknown as Args[3],
      ),
    );
  return { lines, pull };
}

describe('client: startup timing in the output channel', () => {
  it('logs the first report with problems once, with its file, count and time', async () => {
    const { lines, pull } = setup(812);
    const empty = { kind: 'full', items: [] };
    const two = { kind: 'full', items: [{ message: 'a' }, { message: 'b' }] };
    assert.equal(await pull('/w/README.md', empty), empty, 'the report passes through');
    assert.deepEqual(lines, [], 'a report without problems is not the first problems');
    assert.equal(await pull('/w/samples/plan.md', two), two);
    await pull('/w/other.plan.md', two);
    assert.deepEqual(lines, [firstProblemsLine(812, 'plan.md', 2, 0)]);
    assert.match(
      lines[0] ?? '',
      /first problems: 2 in plan\.md, 812 ms after activation, 0 ms after asking/,
    );
  });

  it('ignores an unchanged report', async () => {
    const { lines, pull } = setup(5);
    await pull('/w/plan.md', { kind: 'unchanged', resultId: 'r1' });
    assert.deepEqual(lines, []);
  });

  it('words the server-ready line so the e2e test can read it', () => {
    assert.equal(
      serverReadyLine(431, new Date(Date.UTC(2026, 11, 7, 9, 29, 31, 123))),
      'server ready: 431 ms after activation (2026-12-07T09:29:31.123Z)',
    );
  });
});
