/**
 * The core's one public surface: the engine (setups, cluster, analysis, plan, what-if, apply) and
 * the renderers of its results. The CLI, the extension and the webview import this file and
 * nothing else of the core (test/unit/architecture.test.ts).
 */
export type { Fact, Finding, Message, MessageArg, Provenance, Range, Severity, Sourced, TextEdit } from './types';
export type { Spec } from './spec';
export { CONVENTIONS, type Analysis, type Convention } from './analysis';
export type { FileAnalysis, FileInput, ReadFile, SetupFile, Syntax } from './pipeline';
export { readConfig, syntaxOf } from './pipeline';
export { notebookOfCells, type CellsNotebook } from './extract/notebook';
export {
  analyze,
  applyEdits,
  chooseCluster,
  CLUSTER_FILES,
  collectSetup,
  documentLinks,
  joinsSetup,
  layoutEdits,
  leversOf,
  panel,
  planLayouts,
  planReport,
  whatIf,
  withOpenFiles,
  type ClusterChoice,
  type EngineError,
  type EngineFs,
  type EngineOptions,
  type LayoutTarget,
  type PlannedEdits,
  type Setup,
  type SetupProblem,
  unreadable,
  type SetupRequest,
  type WhatIf,
} from './engine';
export { ACCELERATORS } from './hardware/presets';
export { buildReport, REPORT_VERSION, type ReportJson, type FileReportJson, type FindingJson } from './report/model';
export { renderText } from './report/text';
export { headline, headlineShort } from './report/headline';
export { layoutText } from './report/layout';
export { renderMarkdown } from './report/markdown';
export { renderJson } from './report/json';
export { renderPlans, type PlanJson } from './report/plan';
export { renderLevers, type LeversJson } from './report/levers';
export {
  collectFindings,
  fails,
  renderCheckJson,
  renderCheckMarkdown,
  renderCheckText,
  renderGithub,
  renderSarif,
  type CheckedFinding,
  type FailOn,
} from './report/check';
export { diffReports, renderDiffMarkdown, renderDiffText, type DiffJson } from './report/diff';
export { hintsFor, hoverAt, type EditorHint } from './report/editor';
export type { PanelModel, PanelLayout, Segment } from './report/panel';
export { LineIndex } from './lines';
export * as format from './format';
export { globToRegExp } from './glob';
export { t, render, localeOf, type Locale, type MessageId } from './messages';
export { estimateAnalysisMs, headOf, INLINE_FACTOR, SLOWEST_KB_PER_MS } from './limits';
export { settingsSchema, settingsFrom, type Settings } from './settings';
export {
  analyzeSetup,
  DocumentAnalyzer,
  editorDiagnostics,
  matchesAny,
  optedOut,
  quickFixes,
  type DocumentEntry,
  type DocumentRequest,
  type EditorDiagnostic,
  type QuickFix,
  type SetupOutcome,
  type SetupWork,
} from './document';
