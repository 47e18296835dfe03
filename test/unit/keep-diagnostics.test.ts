// The client middleware that keeps pulled diagnostics on screen when the client cancels a pull itself.
import { strict as assert } from 'node:assert';
import { keepDiagnosticsWhenCancelled } from '../../client/src/keep-diagnostics.js';

class Cancelled extends Error {}

type Args = Parameters<ReturnType<typeof keepDiagnosticsWhenCancelled>>;

/** Calls the middleware with a token in the given state and a `next` that answers `report`. */
async function pull(cancelled: boolean, report: unknown): Promise<unknown> {
  const middleware = keepDiagnosticsWhenCancelled(() => new Cancelled());
  const token = { isCancellationRequested: cancelled } as Args[2];
  const next = (async () => report) as unknown as Args[3];
  return middleware({} as Args[0], 'r1', token, next);
}

describe('client: pulled diagnostics when a pull is cancelled', () => {
  it('passes a report through when the pull was not cancelled', async () => {
    const report = { kind: 'full', items: [{ message: 'x' }] };
    assert.equal(await pull(false, report), report);
  });

  it('turns the empty report of a cancelled pull into a cancellation, so nothing is cleared', async () => {
    await assert.rejects(pull(true, { kind: 'full', items: [] }), Cancelled);
  });
});
