/**
 * A check rule, like a lint rule: an id, a default severity, a one-line description (a message id)
 * and run(context) → findings. Rules read the spec and the analysis (numbers, never formatted text)
 * and decide on their own whether to report; they never compute new numbers of their own kind.
 */
import type { Fact, Finding, Severity } from '../types';
import type { MessageId } from '../messages';
import type { ModelledSpec, Analysis } from '../analysis';
import type { Family } from '../recognize';

export interface CheckContext {
  readonly spec: ModelledSpec;
  readonly analysis: Analysis;
  /** The setup's main file (findings without a better place point here). */
  readonly mainFile: string;
  /** The files state training settings (a bare model config gets no verdicts on a layout it did not choose). */
  readonly statesTraining: boolean;
  /** Somebody stated the number of GPUs (the files, a cluster file or --gpus). */
  readonly knownSize: boolean;
  /** The setup's files and their facts (fixes edit them). */
  readonly files: readonly { readonly path: string; readonly text: string; readonly family?: Family }[];
  readonly facts: readonly Fact[];
}

/** Metadata every finding's rule id has (SARIF, settings, docs). */
export interface RuleMeta {
  readonly id: string;
  readonly defaultSeverity: Severity;
  readonly description: MessageId;
}

/** A check: metadata and its own logic. */
export interface Rule extends RuleMeta {
  readonly run: (ctx: CheckContext) => Finding[];
}
