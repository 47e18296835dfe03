// The check registry: a plain array of checks; derived metadata (docs URL) is stamped here once.
import type { Check, CheckMeta } from './types.js';
import { check as frontMatter } from './front-matter.js';
import { check as dimensionNumbering } from './dimension-numbering.js';
import { check as missionNumbering } from './mission-numbering.js';
import { check as projectNumbering } from './project-numbering.js';
import { check as requiredSection } from './required-section.js';
import { check as emptySection } from './empty-section.js';
import { check as duplicateSection } from './duplicate-section.js';
import { check as duplicateProject } from './duplicate-project.js';
import { check as placeholderText } from './placeholder-text.js';
import { check as organizationName } from './organization-name.js';
import { check as planSpan } from './plan-span.js';
import { check as planParts } from './plan-parts.js';
import { check as yearColumns } from './year-columns.js';
import { check as tableProjectMismatch } from './table-project-mismatch.js';
import { check as tableOrder } from './table-order.js';
import { check as tableMission } from './table-mission.js';
import { check as tableRowWithoutProject } from './table-row-without-project.js';
import { check as projectMissingFromTable } from './project-missing-from-table.js';
import { check as projectCount } from './project-count.js';
import { check as budgetMissing } from './budget-missing.js';
import { check as budgetInvalid } from './budget-invalid.js';
import { check as budgetRowMismatch } from './budget-row-mismatch.js';
import { check as budgetSum } from './budget-sum.js';
import { check as rowTotal } from './row-total.js';
import { check as dimensionTotal } from './dimension-total.js';
import { check as grandTotal } from './grand-total.js';
import { check as totalRowMissing } from './total-row-missing.js';
import { check as planType } from './plan-type.js';
import { check as devSummaryMissing } from './dev-summary-missing.js';
import { check as devUnknownGroup } from './dev-unknown-group.js';
import { check as devProjectNumbering } from './dev-project-numbering.js';
import { check as devDuplicateProject } from './dev-duplicate-project.js';
import { check as devRequiredColumn } from './dev-required-column.js';
import { check as devCellInvalid } from './dev-cell-invalid.js';
import { check as devCount } from './dev-count.js';
import { check as devBudget } from './dev-budget.js';
import { check as devFiveYear } from './dev-five-year.js';

/** Where each check's documentation page lives. */
export const DOCS_BASE = 'https://github.com/plancheck/plancheck/blob/main/docs/checks/';

/** A check with its derived metadata. */
export interface RegisteredCheck extends Check {
  meta: CheckMeta & { docsUrl: string };
}

const all: Check[] = [
  frontMatter,
  dimensionNumbering,
  missionNumbering,
  projectNumbering,
  requiredSection,
  emptySection,
  duplicateSection,
  duplicateProject,
  placeholderText,
  organizationName,
  planSpan,
  planParts,
  yearColumns,
  tableProjectMismatch,
  tableOrder,
  tableMission,
  tableRowWithoutProject,
  projectMissingFromTable,
  projectCount,
  budgetMissing,
  budgetInvalid,
  budgetRowMismatch,
  budgetSum,
  rowTotal,
  dimensionTotal,
  grandTotal,
  totalRowMissing,
  planType,
  devSummaryMissing,
  devUnknownGroup,
  devProjectNumbering,
  devDuplicateProject,
  devRequiredColumn,
  devCellInvalid,
  devCount,
  devBudget,
  devFiveYear,
];

/** Every check, in reporting order. */
export const checks: RegisteredCheck[] = all.map((c) => ({
  ...c,
  meta: { ...c.meta, docsUrl: `${DOCS_BASE}${c.meta.id}.md` },
}));
