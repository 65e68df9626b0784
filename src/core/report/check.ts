/**
 * `compute-budget check`: every finding of every setup, located (1-based lines and columns,
 * repo-relative paths), with a fingerprint from the config key it concerns (so a code-scanning
 * alert survives edits elsewhere in the file), rendered as text, JSON, SARIF 2.1.0, GitHub
 * workflow commands or a markdown summary.
 */
import type { FileAnalysis } from './input';
import type { Severity } from '../types';
import { RULES } from '../checks';
import { render, t, type Locale } from '../messages';
import { LineIndex } from '../lines';
import { REPORT_VERSION } from './model';

export interface CheckedFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The config key the finding concerns ("" for a whole-file finding). */
  readonly key: string;
  readonly fingerprint: string;
}

export type FailOn = 'error' | 'warning' | 'never';

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

export function fails(findings: readonly CheckedFinding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const min = failOn === 'error' ? 2 : 1;
  return findings.some((f) => RANK[f.severity] >= min);
}

/** FNV-1a, 64-bit as two 32-bit halves: stable, dependency-free, enough to tell keys apart. */
function hash(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193 ^ 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** Every finding, deduplicated (a finding of a shared file appears once), in file and line order. */
export function collectFindings(results: readonly FileAnalysis[], relative: (path: string) => string, locale: Locale = 'en'): CheckedFinding[] {
  const out: CheckedFinding[] = [];
  const seen = new Set<string>();
  for (const a of results) {
    const lines = new Map(a.files.map((f) => [f.path, new LineIndex(f.text)]));
    for (const f of a.findings) {
      const r = f.ranges[0] ?? { file: a.path, range: { start: 0, end: 0 } };
      const idx = lines.get(r.file) ?? new LineIndex('');
      const s = idx.position(r.range.start);
      const e = idx.position(Math.max(r.range.end, r.range.start));
      const fact = a.facts.find(
        (x) =>
          x.file === r.file &&
          ((x.valueRange.start === r.range.start && x.valueRange.end === r.range.end) ||
            (x.keyRange.start === r.range.start && x.keyRange.end === r.range.end)),
      );
      const key = fact ? fact.path.join('.') : '';
      const file = relative(r.file);
      const message = render(f.message, locale);
      const id = `${f.ruleId}|${file}|${s.line}|${s.column}|${message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({
        ruleId: f.ruleId,
        severity: f.severity,
        message,
        file,
        line: s.line,
        column: s.column,
        endLine: e.line,
        endColumn: e.column,
        key,
        fingerprint: hash(`${f.ruleId}|${file}|${key || message}`),
      });
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

export function renderCheckText(findings: readonly CheckedFinding[], locale: Locale = 'en'): string {
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.column}: ${t(`severity.${f.severity}`, {}, locale)}: ${f.message} [${f.ruleId}]`);
  lines.push(summary(findings, locale));
  return lines.join('\n') + '\n';
}

export function summary(findings: readonly CheckedFinding[], locale: Locale = 'en'): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return t('check.summary', { errors: n('error'), warnings: n('warning'), infos: n('info') }, locale);
}

export function renderCheckJson(findings: readonly CheckedFinding[]): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return (
    JSON.stringify(
      { version: REPORT_VERSION, tool: 'compute-budget', summary: { errors: n('error'), warnings: n('warning'), infos: n('info') }, findings },
      null,
      2,
    ) + '\n'
  );
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0: stable rule ids with metadata, repo-relative URIs, partial fingerprints; results present even when empty. */
export function renderSarif(findings: readonly CheckedFinding[], version: string, locale: Locale = 'en'): string {
  const rules = RULES.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)(\w)/g, (_m, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: t(r.description, {}, locale) },
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    helpUri: `https://github.com/compute-budget/compute-budget#check-rules`,
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'compute-budget', version, informationUri: 'https://github.com/compute-budget/compute-budget', rules } },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.endLine === f.line ? f.column : 1) },
              },
            },
          ],
          partialFingerprints: { 'computeBudget/v1': f.fingerprint },
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** GitHub shows at most 10 annotations of each kind per step; the rest go into one summary line. */
export const GITHUB_ANNOTATIONS_PER_KIND = 10;

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderGithub(findings: readonly CheckedFinding[], locale: Locale = 'en'): string {
  const used: Record<string, number> = {};
  const out: string[] = [];
  let hidden = 0;
  for (const f of findings) {
    const k = f.severity === 'info' ? 'notice' : f.severity;
    used[k] = (used[k] ?? 0) + 1;
    if (used[k]! > GITHUB_ANNOTATIONS_PER_KIND) {
      hidden++;
      continue;
    }
    out.push(
      `::${k} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=${escapeProperty(`compute-budget ${f.ruleId}`)}::${escapeData(f.message)}`,
    );
  }
  if (hidden) out.push(`::notice title=compute-budget::${escapeData(t('check.moreFindings', { count: hidden }, locale))}`);
  out.push(summary(findings, locale));
  return out.join('\n') + '\n';
}

export function renderCheckMarkdown(findings: readonly CheckedFinding[], locale: Locale = 'en'): string {
  const out = [`## ${t('check.title', {}, locale)}`, '', summary(findings, locale), ''];
  if (findings.length) {
    out.push(`| | ${t('report.file', {}, locale)} | ${t('report.findings', {}, locale)} | rule |`, '|---|---|---|---|');
    const icon: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };
    for (const f of findings) out.push(`| ${icon[f.severity]} | \`${f.file}:${f.line}\` | ${f.message.replace(/\|/g, '\\|')} | \`${f.ruleId}\` |`);
  }
  return out.join('\n') + '\n';
}
