/** Public surface of the core, used by the CLI, the extension and the benchmark. */
export * from './types';
export * from './pipeline';
export * from './spec';
export { analyze, CONVENTIONS, type Analysis, type Convention } from './analysis';
export { recognizeFile } from './recognize';
export { groupFiles, mergeSetup, resolveReference, type RecognizedFile } from './setup';
export { findModel, MODELS, TOKENIZERS } from './recognize/catalogue/models';
export { extractJson } from './extract/json';
export { buildReport, REPORT_VERSION, type ReportJson, type FileReportJson } from './report/model';
export { renderText } from './report/text';
export { renderMarkdown } from './report/markdown';
export { renderJson } from './report/json';
export { LineIndex } from './report/lines';
export * as format from './report/format';
export { t, render, localeOf, type Locale, type MessageId } from './messages';
export { estimateAnalysisMs, headOf, INLINE_FACTOR, SLOWEST_KB_PER_MS } from './limits';
