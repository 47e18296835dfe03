// Builds a synthetic N× plan from a real one: every dimension's projects (details and table rows) repeated N times,
// numbered 1..N×projects in order, so the benchmark measures a district-sized plan with real text.

const PROJECT_HEADING = /^(#{2,6})\s*[0-9]+\./;
const TABLE_PROJECT = /^(\|(?:[^|]*\|){2}\s*)[0-9]+(\s*\.)/;

/** Renumbers a project heading or table row to `n`. */
function renumber(line: string, n: number): string {
  if (line.startsWith('|')) return line.replace(TABLE_PROJECT, `$1${n}$2`);
  return line.replace(/^(#{2,6}\s*)[0-9]+/, `$1${n}`);
}

/** Repeats each group of lines `times` times, renumbering the first line of each item. */
function repeat(groups: string[][][], times: number, next: { n: number }): string[][] {
  return groups.map((items) => {
    const out: string[] = [];
    for (let k = 0; k < times; k++) {
      for (const item of items) out.push(renumber(item[0] ?? '', next.n++), ...item.slice(1));
    }
    return out;
  });
}

/** Returns the plan text with its projects repeated `times` times (table rows and details alike). */
export function multiplyPlan(text: string, times: number): string {
  const lines = text.split('\n');
  const out: string[] = [];
  // Summary table: project rows grouped by the total row that closes them.
  const tableGroups: string[][][] = [[]];
  const closers: string[] = [];
  let i = 0;
  for (; i < lines.length && !(lines[i]?.startsWith('|') && /โครงการ/.test(lines[i] ?? '')); i++)
    out.push(lines[i] ?? '');
  out.push(lines[i++] ?? '', lines[i++] ?? '');
  for (; i < lines.length && lines[i]?.startsWith('|'); i++) {
    const line = lines[i] ?? '';
    if (TABLE_PROJECT.test(line)) tableGroups[tableGroups.length - 1]?.push([line]);
    else {
      closers.push(line);
      tableGroups.push([]);
    }
  }
  const tableNext = { n: 1 };
  repeat(tableGroups, times, tableNext).forEach((rows, g) => {
    out.push(...rows);
    if (closers[g] !== undefined) out.push(closers[g] as string);
  });
  // Details: project blocks grouped by dimension heading (any heading shallower than the projects).
  const groups: string[][][] = [];
  const between: string[][] = [[]];
  let projectLevel = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heading = /^(#{1,6})\s/.exec(line);
    const project = PROJECT_HEADING.exec(line);
    if (project && (projectLevel === 0 || project[1]?.length === projectLevel) && groups.length) {
      projectLevel = project[1]?.length ?? 0;
      groups[groups.length - 1]?.push([line]);
    } else if (
      heading &&
      (heading[1]?.length ?? 7) <= (projectLevel || 3) &&
      !/^#{5,}/.test(line)
    ) {
      groups.push([]);
      between.push([line]);
    } else {
      const items = groups[groups.length - 1];
      const item = items?.[items.length - 1];
      if (item) item.push(line);
      else between[between.length - 1]?.push(line);
    }
  }
  out.push(...(between[0] ?? []));
  repeat(groups, times, { n: 1 }).forEach((block, g) =>
    out.push(...(between[g + 1] ?? []), ...block),
  );
  return out.join('\n');
}
