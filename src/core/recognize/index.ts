/**
 * Recognition: which family wrote these facts, and the canonical spec they describe.
 */
import type { Fact, Finding, Sourced } from '../types';
import { assumed, finding, overridden } from '../types';
import { specSchema, type Spec } from '../spec';
import { FactReader } from './reader';
import { buildModel, type ModelAliases, type Traits } from './decoder';
import { HF_ALIASES, HF_ARCHITECTURES, HF_MODEL_TYPES } from './hf';
import { DEEPSEEK_ALIASES, DEEPSEEK_SIGNATURE, DEEPSEEK_TRAITS } from './deepseek';

export type Family = 'hf' | 'deepseek';

export interface RecognizeOptions {
  /** Training sequence length set by the user (CLI --seq-len, a setting); wins over the files. */
  readonly seqLen?: number;
}

export interface Recognition {
  readonly family?: Family;
  readonly spec?: Spec;
  readonly findings: readonly Finding[];
}

/** Default training sequence length for model-only configs: min(max_position_embeddings, this). */
export const DEFAULT_SEQ_LEN_CAP = 4096;

export function recognize(file: string, facts: readonly Fact[], options: RecognizeOptions = {}): Recognition {
  const reader = new FactReader(facts);
  const whole = { file, range: { start: 0, end: 0 } };
  const detected = detect(reader);
  if ('unsupported' in detected) return { family: detected.family, findings: [finding('unsupported', 'error', detected.unsupported, detected.where ?? whole)] };

  const { family, aliases, traits, architecture } = detected;
  const built = buildModel(reader, aliases, traits, architecture);
  if (!built.model) return { family, findings: built.findings };
  const model = built.model;

  let seqLen: Sourced<number>;
  if (options.seqLen !== undefined) seqLen = overridden(options.seqLen, { id: 'prov.seqLenOverride', args: { value: options.seqLen } });
  else if (model.maxPositions) {
    const v = Math.min(model.maxPositions.value, DEFAULT_SEQ_LEN_CAP);
    seqLen = assumed(v, { id: 'prov.seqLenFromMaxPositions', args: { max: model.maxPositions.value, cap: DEFAULT_SEQ_LEN_CAP, value: v } });
  } else seqLen = assumed(DEFAULT_SEQ_LEN_CAP, { id: 'prov.seqLenDefault', args: { value: DEFAULT_SEQ_LEN_CAP } });

  const parsed = specSchema.safeParse({ family, model, training: { seqLen } });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      family,
      findings: [...built.findings, finding('value-range', 'error', { id: 'recognize.invalidSpec', args: { field: issue?.path.join('.') ?? '?', problem: issue?.message ?? '' } }, whole)],
    };
  }
  return { family, spec: parsed.data, findings: built.findings };
}

type Detection =
  | { family: Family; aliases: ModelAliases; traits: Traits; architecture: Sourced<string> }
  | { family?: Family; unsupported: { id: 'recognize.unsupportedModelType' | 'recognize.unknownFormat' | 'recognize.noModelType'; args?: Record<string, string> }; where?: { file: string; range: { start: number; end: number } } };

function detect(reader: FactReader): Detection {
  const modelType = reader.str(['model_type']);
  const archName = reader.firstString(['architectures']);
  if (modelType || archName) {
    const typeName = modelType?.value ?? HF_ARCHITECTURES[archName?.value ?? ''];
    const traits = typeName !== undefined ? HF_MODEL_TYPES[typeName] : undefined;
    if (!traits) {
      const at = modelType ?? archName;
      return {
        family: 'hf',
        unsupported: {
          id: modelType ? 'recognize.unsupportedModelType' : 'recognize.noModelType',
          args: { type: at?.value ?? '', supported: Object.keys(HF_MODEL_TYPES).join(', ') },
        },
        where: at && at.source.kind === 'fact' ? { file: at.source.file, range: at.source.range } : undefined,
      };
    }
    return { family: 'hf', aliases: HF_ALIASES, traits, architecture: archName ?? modelType! };
  }
  if (DEEPSEEK_SIGNATURE.every((k) => reader.has(k))) {
    const first = reader.fact(...DEEPSEEK_SIGNATURE)!;
    return {
      family: 'deepseek',
      aliases: DEEPSEEK_ALIASES,
      traits: DEEPSEEK_TRAITS,
      architecture: { value: 'DeepSeek (MLA + MoE)', source: { kind: 'fact', file: first.file, path: first.path, range: first.keyRange } },
    };
  }
  return { unsupported: { id: 'recognize.unknownFormat' } };
}
