/**
 * Preference training as the trainers run it (TrainingSpec.preference): a chosen and a rejected sequence per sample (KTO: one
 * completion and its KL batch), and the reference model DPO and KTO compare against: a frozen copy (its weights held), one whose
 * weights the GPU does not hold (the base with the adapter switched off, or a copy offloaded to the host), or none (ORPO, SimPO,
 * reward modelling).
 */
import type { Finding, Fact, Sourced } from '../types';
import { derived, finding } from '../types';
import type { TrainingSpec } from '../spec';

type Preference = NonNullable<TrainingSpec['preference']>;
type Reference = Preference['value']['reference'];

const PAIRS: Record<Reference, 'prov.preferencePairs' | 'prov.preferenceCopy' | 'prov.preferenceForward'> = {
  none: 'prov.preferencePairs',
  copy: 'prov.preferenceCopy',
  forwardOnly: 'prov.preferenceForward',
};

/** The preference setting `stage` names, from the values that decide it, and the note that says what is counted. */
export function preferenceOf(
  stage: string,
  reference: Reference,
  scoreHead: boolean,
  at: { file: string; range: Fact['valueRange'] },
  ...from: Sourced<unknown>[]
): { preference: Preference; note: Finding } {
  const message = { id: PAIRS[reference], args: { stage } } as const;
  return {
    preference: derived({ stage, sequences: 2, forwards: reference === 'none' ? 0 : 1, reference, scoreHead }, message, ...from),
    note: finding('assumed', 'info', message, at),
  };
}

/**
 * KTO (TRL's KTOTrainer, which LLaMA-Factory, Axolotl and ms-swift run): one completion trained per sample; the policy's forward
 * on the KL batch (mismatched prompts and completions) runs without gradients, and the reference's on both: three forwards more
 * per trained token.
 */
export function ktoOf(
  stage: string,
  reference: Exclude<Reference, 'none'>,
  at: { file: string; range: Fact['valueRange'] },
  ...from: Sourced<unknown>[]
): { preference: Preference; note: Finding } {
  const message = { id: reference === 'copy' ? 'prov.ktoCopy' : 'prov.ktoForward', args: { stage } } as const;
  return {
    preference: derived({ stage, sequences: 1, forwards: 3, reference, scoreHead: false }, message, ...from),
    note: finding('assumed', 'info', message, at),
  };
}

/** A trainer the numbers do not model (PPO's four models, online generation): said, the one model counted. */
export function unmodelledStage(stage: string, at: { file: string; range: Fact['valueRange'] }): Finding {
  return finding('assumed', 'warning', { id: 'method.preferenceStage', args: { stage } }, at);
}
