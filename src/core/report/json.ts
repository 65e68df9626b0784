/** JSON report: the versioned contract (`"version": 1`), documented in the README. */
import type { ReportJson } from './model';

export function renderJson(report: ReportJson): string {
  return JSON.stringify(report, null, 2) + '\n';
}
