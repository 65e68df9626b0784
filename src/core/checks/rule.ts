/**
 * A check rule, like a lint rule: an id, a default severity, a one-line description (a message id)
 * and run(context) → findings. Rules read the spec and the analysis; they never compute new numbers.
 */
import type { Fact, Finding, Severity } from '../types';
import type { MessageId } from '../messages';
import type { ModelledSpec } from '../analysis';
import type { Analysis } from '../analysis';

export interface CheckContext {
  readonly spec: ModelledSpec;
  readonly analysis: Analysis;
  /** The setup's main file (findings without a better place point here). */
  readonly mainFile: string;
  /** The files state training settings (a bare model config gets no verdicts on an assumed layout). */
  readonly statesTraining: boolean;
  /** Somebody stated the number of GPUs (the files, a cluster file or --gpus). */
  readonly knownSize: boolean;
  /** The setup's files and their facts (fixes edit them). */
  readonly files: readonly { readonly path: string; readonly text: string }[];
  readonly facts: readonly Fact[];
}

export interface Rule {
  readonly id: string;
  readonly defaultSeverity: Severity;
  readonly description: MessageId;
  /** Rules whose findings come from an earlier stage (recognition, merging) only describe them here. */
  readonly run?: (ctx: CheckContext) => Finding[];
}
