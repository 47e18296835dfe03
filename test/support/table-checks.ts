// The checks whose problems are about the summary table agreeing with the details and with itself:
// after "Regenerate the summary table" none of them may report anything.

/** Check ids about the summary table's consistency. */
export const TABLE_CONSISTENCY: ReadonlySet<string> = new Set([
  'table-project-mismatch',
  'table-row-without-project',
  'project-missing-from-table',
  'project-count',
  'dimension-total',
  'grand-total',
  'row-total',
  'budget-row-mismatch',
  'year-columns',
]);
