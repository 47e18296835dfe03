// A child process for the atomic-write crash test: writes SIZE bytes of FILL over TARGET through
// writeFileAtomic. With `--hang-at-half` it writes half the data, says so on stdout, and hangs there,
// so that the parent can kill it at a known point in the middle of the write.
import { open } from 'node:fs/promises';
import { writeFileAtomic } from '../../server/src/fs/atomic-write.js';

const [target = '', size = '0', fill = '0', mode = ''] = process.argv.slice(2);
const data = Buffer.alloc(Number(size), Number(fill));

if (mode === '--hang-at-half') {
  // FileHandle is not exported: its prototype is reached through an open handle.
  const probe = await open(process.execPath, 'r');
  const proto = Object.getPrototypeOf(probe) as { writeFile(d: Uint8Array): Promise<void> };
  await probe.close();
  const writeFile = proto.writeFile;
  proto.writeFile = async function (this: unknown, d: Uint8Array): Promise<void> {
    await writeFile.call(this, d.subarray(0, d.length / 2));
    process.stdout.write('half\n');
    await new Promise(() => {}); // the parent kills the process here
  };
}

process.stdout.write('start\n');
await writeFileAtomic(target, data, { overwrite: true });
process.stdout.write('done\n');
