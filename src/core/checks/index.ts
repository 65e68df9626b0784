/**
 * The check rules, one per file, each with its own logic; and the metadata of the findings the
 * earlier stages emit (syntax and value errors, unsupported architectures, conflicting values,
 * guessed mappings), so that every finding's rule id has metadata (SARIF, settings, docs).
 */
import type { Finding } from '../types';
import type { CheckContext, Rule, RuleMeta } from './rule';
import { parallelDegrees } from './parallel-degrees';
import { parallelLayout } from './parallel-layout';
import { tpAcrossNodes } from './tp-across-nodes';
import { batchArithmetic } from './batch-arithmetic';
import { memoryOverCapacity } from './memory-over-capacity';
import { communicationBound } from './communication-bound';
import { vocabPadding } from './vocab-padding';
import { seqOverPositions } from './seq-over-positions';
import { tokensPerParameter } from './tokens-per-parameter';
import { adapterSettings } from './adapter-settings';
import { precisionHardware } from './precision-hardware';
import { visibleGpus } from './visible-gpus';

export const CHECKS: readonly Rule[] = [
  parallelDegrees,
  parallelLayout,
  tpAcrossNodes,
  batchArithmetic,
  memoryOverCapacity,
  communicationBound,
  vocabPadding,
  seqOverPositions,
  tokensPerParameter,
  adapterSettings,
  precisionHardware,
  visibleGpus,
];

/** Findings the extractors, the recognizers and the setup merge emit (no check runs them). */
export const STAGE_FINDINGS: readonly RuleMeta[] = [
  { id: 'unreadable', defaultSeverity: 'error', description: 'rules.unreadable' },
  { id: 'syntax', defaultSeverity: 'error', description: 'rules.syntax' },
  { id: 'value-type', defaultSeverity: 'error', description: 'rules.valueType' },
  { id: 'missing-key', defaultSeverity: 'error', description: 'rules.missingKey' },
  { id: 'unknown-value', defaultSeverity: 'warning', description: 'rules.unknownValue' },
  { id: 'unsupported', defaultSeverity: 'error', description: 'rules.unsupported' },
  { id: 'conflicting-values', defaultSeverity: 'warning', description: 'rules.conflictingValues' },
  { id: 'guessed-mapping', defaultSeverity: 'info', description: 'rules.guessedMapping' },
  { id: 'unknown-model', defaultSeverity: 'warning', description: 'rules.unknownModel' },
  { id: 'shape', defaultSeverity: 'error', description: 'rules.shape' },
  { id: 'value-range', defaultSeverity: 'error', description: 'rules.valueRange' },
  { id: 'auto', defaultSeverity: 'info', description: 'rules.auto' },
  { id: 'no-model', defaultSeverity: 'info', description: 'rules.noModel' },
  { id: 'missing-file', defaultSeverity: 'warning', description: 'rules.missingFile' },
  { id: 'too-large', defaultSeverity: 'warning', description: 'rules.tooLarge' },
  { id: 'assumed', defaultSeverity: 'info', description: 'rules.assumed' },
];

/** Every rule id a finding can carry, with its metadata. */
export const RULES: readonly RuleMeta[] = [...CHECKS, ...STAGE_FINDINGS];

export function runChecks(ctx: CheckContext): Finding[] {
  return CHECKS.flatMap((r) => r.run(ctx));
}

export type { CheckContext, Rule, RuleMeta };
