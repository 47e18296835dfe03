// The projects of plan files in the workspace folders that are not open, for workspace symbols. The walk
// and the parses are asynchronous and yield between files, so requests keep flowing; parses are cached by
// file modification time and size. Only files named `*.plan.md` are read (no file is opened just to
// look for `type: plan`).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parsePlan } from '../parse/index.js';
import type { Range } from '../model/types.js';

/** A project found in a plan file. */
export interface FileProject {
  number: number | null;
  name: string;
  /** The project's heading line. */
  range: Range;
  /** The heading text of its dimension. */
  dimension: string;
}

/** A plan file with its projects. */
export interface PlanFile {
  path: string;
  uri: string;
  projects: FileProject[];
}

/** Limits that keep a walk of a large workspace short. */
export const WALK_LIMITS = { entries: 20_000, files: 500, bytes: 4 * 1024 * 1024 };

const SKIP_DIRS = new Set(['node_modules', 'dist', 'out', 'build', 'coverage']);

interface Cached {
  mtimeMs: number;
  size: number;
  file: PlanFile;
}

/** Finds and parses the plan files under some folders; keeps parses between calls. */
export class WorkspacePlans {
  private readonly cache = new Map<string, Cached>();

  /** The plan files under `roots` (folder paths); stops early when `cancelled()` turns true. */
  async files(roots: string[], cancelled: () => boolean): Promise<PlanFile[]> {
    const paths = await findPlanFiles(roots, cancelled);
    const out: PlanFile[] = [];
    for (const path of paths) {
      if (cancelled()) break;
      const file = await this.read(path);
      if (file) out.push(file);
    }
    return out;
  }

  private async read(path: string): Promise<PlanFile | undefined> {
    try {
      const info = await stat(path);
      if (!info.isFile() || info.size > WALK_LIMITS.bytes) return undefined;
      const cached = this.cache.get(path);
      if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size)
        return cached.file;
      const text = await readFile(path, 'utf8');
      // Yield before each parse so that a burst of parses never holds up other requests for long.
      await new Promise((resolve) => setImmediate(resolve));
      const plan = parsePlan(text);
      const file: PlanFile = {
        path,
        uri: pathToFileURL(path).href,
        projects: plan.projects.map((p) => ({
          number: p.number,
          name: p.name,
          range: p.heading.range,
          dimension: plan.dimensions[p.dimensionIndex]?.heading.text ?? '',
        })),
      };
      this.cache.set(path, { mtimeMs: info.mtimeMs, size: info.size, file });
      return file;
    } catch {
      this.cache.delete(path);
      return undefined;
    }
  }
}

/** Walks folders breadth-first for `*.plan.md`, skipping hidden and build folders, within the limits. */
async function findPlanFiles(roots: string[], cancelled: () => boolean): Promise<string[]> {
  const found: string[] = [];
  const queue = [...roots];
  let entries = 0;
  while (queue.length && !cancelled()) {
    const dir = queue.shift() as string;
    let list;
    try {
      list = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of list) {
      if (++entries > WALK_LIMITS.entries || found.length >= WALK_LIMITS.files) return found;
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory() && !SKIP_DIRS.has(entry.name)) queue.push(path);
      else if (entry.isFile() && /\.plan\.md$/i.test(entry.name)) found.push(path);
    }
  }
  return found.sort();
}
