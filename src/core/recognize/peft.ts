/**
 * A PEFT adapter's `adapter_config.json`: the base model it was trained on (`base_model_name_or_path`,
 * resolved like any named model) and the method by its `peft_type`, with the keys each PEFT config class
 * defines and its defaults where a key is absent:
 * - LORA (`r` 8, `lora_alpha` 8, `target_modules` names or "all-linear", `use_dora`, `modules_to_save`);
 * - LOHA (`r` 8); ADALORA (`init_r` 12, the rank it starts from); VERA (`r` 256); OFT (`r` blocks, or
 *   `oft_block_size` b: in / b blocks); IA3 (`target_modules`, `feedforward_modules`); FOURIERFT
 *   (`n_frequency` 1000);
 * - PROMPT_TUNING and PREFIX_TUNING (`num_virtual_tokens`; a prefix projection is not modelled);
 * - LN_TUNING (`target_modules`: the norms by name; every norm when absent).
 * Other methods say they are not modelled.
 */
import type { AdapterKind, AdapterOptions, AdapterTarget } from '../spec';
import { assumed, derived, fromFact, finding, type Sourced } from '../types';
import { adapterOf, as, expertParamsOf, namesOf, rolesOf, savedOf } from './adapter';
import { emptyRecognition, FactReader, type FileRecognition, type RecognizeContext, type TrainingPart } from './common';
import { hfTrainerDefaults, type Trainer } from './trainer';

export function isPeftAdapter(r: FactReader): boolean {
  return r.has('peft_type') && r.has('base_model_name_or_path');
}

const KINDS: Readonly<Record<string, AdapterKind>> = {
  LORA: 'lora',
  LOHA: 'loha',
  ADALORA: 'adalora',
  VERA: 'vera',
  OFT: 'oft',
  IA3: 'ia3',
  FOURIERFT: 'fourierft',
  PROMPT_TUNING: 'prompt',
  PREFIX_TUNING: 'prefix',
  LN_TUNING: 'ln',
  MISS: 'miss',
  BONE: 'miss',
  GRALORA: 'gralora',
  HIRA: 'hira',
  DELORA: 'delora',
  SHIRA: 'shira',
  BEFT: 'beft',
  BOFT: 'boft',
  RANDLORA: 'randlora',
  C3A: 'c3a',
  VBLORA: 'vblora',
  UNILORA: 'unilora',
  ROAD: 'road',
  WAVEFT: 'waveft',
  TINYLORA: 'tinylora',
  LOKR: 'lokr',
  TRAINABLE_TOKENS: 'tokens',
  PVERA: 'pvera',
  PSOFT: 'psoft',
  ADAPTION_PROMPT: 'adaption',
};

/** The `r` default of each PEFT config class that has one (peft/tuners/<method>/config.py). */
const RANK_DEFAULTS: Partial<Record<AdapterKind, number>> = {
  miss: 64,
  gralora: 32,
  hira: 32,
  delora: 8,
  shira: 32,
  randlora: 32,
  vblora: 4,
  unilora: 4,
  lokr: 8,
};

/** PEFT's default target_modules for Llama-style decoders (peft/utils/constants.py, the llama / mistral / qwen2 entries): LoRA and the methods sharing its map; IA3 (feed-forward: down_proj). */
const DEFAULT_TARGETS = { lora: ['q_proj', 'v_proj'], ia3: ['k_proj', 'v_proj', 'down_proj'] } as const;

/** Norm module names of the Hugging Face modelling code: one of a layer's norms, or the final norm. */
const LAYER_NORMS = new Set([
  'input_layernorm',
  'post_attention_layernorm',
  'pre_feedforward_layernorm',
  'post_feedforward_layernorm',
  'ln_1',
  'ln_2',
  'self_attn_layer_norm',
]);
const FINAL_NORMS = new Set(['norm', 'ln_f', 'final_layernorm', 'final_layer_norm', 'norm_f']);

export function recognizePeft(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const type = r.str(['peft_type']);
  const modelRef = r.str(['base_model_name_or_path']);
  const kind = type ? KINDS[type.value.toUpperCase()] : 'lora';
  const at = (s: Sourced<unknown>) => (s.source.kind === 'fact' ? { file: ctx.file, range: s.source.range } : undefined);
  const unsupported = (what: string) => ({
    ...emptyRecognition('peft', [finding('unsupported', 'error', { id: 'peft.unsupportedType', args: { type: what } }, type ? at(type) : undefined)]),
    modelRef,
  });
  if (!kind) return unsupported(type!.value);
  const projection = r.bool(['prefix_projection']);
  if (kind === 'prefix' && projection?.value) return unsupported(`${type!.value} with prefix_projection`);
  const training: TrainingPart = {};
  if (modelRef) training.finetune = as(modelRef, true);
  const classDefault = (key: string, value: number) =>
    derived(value, { id: 'prov.classDefault', args: { key, cls: `PEFT ${type?.value ?? 'LORA'} config`, value } }, ...(type ? [type] : []));
  const modules = r.present('target_modules');
  const given = modules && modules.value !== null ? modules : undefined;
  // target_modules null: PEFT fills its default for the architecture (Llama-style decoders below; LoHa has none).
  const fallback =
    kind === 'ln' || kind === 'prompt' || kind === 'prefix' || kind === 'loha' || kind === 'tokens' || kind === 'adaption'
      ? []
      : kind === 'beft'
        ? ['v_proj']
        : DEFAULT_TARGETS[kind === 'ia3' ? 'ia3' : 'lora'];
  const where: Sourced<unknown> = given
    ? fromFact(null, given)
    : assumed(null, { id: 'prov.peftDefaultTargets', args: { type: type?.value ?? 'LORA', names: fallback.join(', ') || '—' } });
  const { roles, unknown, fused, suffixes, patterns, allLinear } = rolesOf(given ? namesOf(given.value) : fallback);
  const saved = r.present('modules_to_save');
  // layers_to_transform: one layer's index or a list of them.
  const only = r.present('layers_to_transform');
  const listed =
    only && (typeof only.value === 'number' ? [only.value] : Array.isArray(only.value) ? only.value.filter((x): x is number => typeof x === 'number') : []);
  const common = {
    unknown: as(where, unknown),
    // A list reaches every module whose path ends with one of its entries, a vision tower's too.
    suffixes: as(where, suffixes),
    patterns: as(where, patterns),
    // all-linear: every nn.Linear but the output head, the vision tower's and projector's too.
    allLinear: as(where, allLinear),
    fused: as(where, fused),
    peftDefault: as(where, !given && fallback.length > 0),
    saved: saved ? fromFact(savedOf(namesOf(saved.value)), saved) : undefined,
    ...(only && listed && listed.length ? { layers: fromFact(listed, only) } : {}),
  };
  switch (kind) {
    case 'lora': {
      const rank = r.int(['r']) ?? classDefault('r', 8);
      const dora = r.bool(['use_dora']);
      const params = r.present('target_parameters');
      const experts = params ? expertParamsOf(namesOf(params.value)) : undefined;
      training.adapter = adapterOf(dora?.value ? as(dora, 'dora') : as(rank, 'lora'), rank, as(where, roles), {
        ...common,
        alpha: r.num(['lora_alpha'], { min: 1e-9 }) ?? classDefault('lora_alpha', 8),
        dropout: r.num(['lora_dropout'], { max: 1 }),
        ...(params && experts ? { expertParams: fromFact(experts, params) } : {}),
        // ensure_weight_tying: a tied embedding and head in modules_to_save stay one trained matrix.
        ...(r.bool(['ensure_weight_tying'])?.value ? { options: as(r.bool(['ensure_weight_tying'])!, { ensureWeightTying: true }) } : {}),
      });
      break;
    }
    case 'loha':
    case 'vera':
    case 'adalora':
    case 'fourierft': {
      const rank =
        kind === 'adalora'
          ? (r.int(['init_r']) ?? classDefault('init_r', 12))
          : kind === 'fourierft'
            ? undefined
            : (r.int(['r']) ?? classDefault('r', kind === 'vera' ? 256 : 8));
      training.adapter = adapterOf(as(type!, kind), rank, as(where, roles), {
        ...common,
        alpha: kind === 'loha' ? r.num(['alpha'], { min: 1e-9 }) : kind === 'adalora' ? r.num(['lora_alpha'], { min: 1e-9 }) : undefined,
        frequencies: kind === 'fourierft' ? (r.int(['n_frequency']) ?? classDefault('n_frequency', 1000)) : undefined,
      });
      break;
    }
    case 'oft': {
      // 0 means "not set" for both (PEFT's OFTConfig: exactly one of them is positive).
      const positive = (key: string) => (Number(r.present(key)?.value) > 0 ? r.int([key]) : undefined);
      const blocks = positive('r');
      const size = positive('oft_block_size');
      if (!blocks && !size) return unsupported(`${type!.value} without r or oft_block_size`);
      training.adapter = adapterOf(as(type!, kind), blocks, as(where, roles), { ...common, blockSize: blocks ? undefined : size });
      break;
    }
    case 'ia3': {
      const ff = r.present('feedforward_modules');
      const feedforward =
        ff && ff.value !== null
          ? fromFact<AdapterTarget[]>(rolesOf(namesOf(ff.value)).roles, ff)
          : as<AdapterTarget[]>(where, roles.includes('down') ? ['down'] : []);
      training.adapter = adapterOf(as(type!, kind), undefined, as(where, roles), { ...common, feedforward });
      break;
    }
    case 'prompt':
    case 'prefix': {
      const n = r.int(['num_virtual_tokens']);
      if (!n) return unsupported(`${type!.value} without num_virtual_tokens`);
      // (Prompt tuning's embedding holds the virtual tokens once per stream it prepends them to: PEFT's num_transformer_submodules,
      // which it sets to 2 for SEQ_2_SEQ_LM, the encoder's input and the decoder's.)
      const task = r.str(['task_type']);
      const streams =
        kind !== 'prompt'
          ? undefined
          : (r.int(['num_transformer_submodules']) ??
            (task?.value === 'SEQ_2_SEQ_LM'
              ? derived(2, { id: 'prov.classDefault', args: { key: 'num_transformer_submodules', cls: 'PEFT PeftModel', value: 2 } }, task)
              : undefined));
      training.adapter = adapterOf(as(type!, kind), undefined, as(type!, []), { virtualTokens: n, ...(streams ? { promptStreams: streams } : {}) });
      break;
    }
    case 'miss':
    case 'gralora':
    case 'hira':
    case 'delora':
    case 'shira':
    case 'beft':
    case 'boft':
    case 'randlora':
    case 'c3a':
    case 'vblora':
    case 'unilora':
    case 'road':
    case 'waveft':
    case 'tinylora':
    case 'lokr':
    case 'pvera':
    case 'psoft': {
      // PVeRA, PSOFT and TinyLoRA: counted only from an r the file states (their class defaults are not taken on trust).
      if ((kind === 'pvera' || kind === 'psoft' || kind === 'tinylora') && !r.int(['r'])) return unsupported(`${type!.value} without r`);
      const rankDefault = RANK_DEFAULTS[kind];
      const rank = r.int(['r']) ?? (rankDefault !== undefined ? classDefault('r', rankDefault) : undefined);
      const num = (key: string) => r.num([key], { min: -1 })?.value;
      const init = r.present('init_weights')?.value;
      const variant = String(r.present('variant')?.value ?? 'road_1');
      const options: AdapterOptions = {
        ...(kind === 'miss' ? { missMode: init === 'bat' ? 'bat' : init === 'mini' ? 'mini' : 'default', miniR: num('mini_r') ?? 1 } : {}),
        ...(kind === 'gralora' ? { hybridR: num('hybrid_r') ?? 0 } : {}),
        ...(kind === 'boft'
          ? { butterflyFactor: num('boft_n_butterfly_factor') || 1, ...(num('boft_block_num') ? { blockNum: num('boft_block_num') } : {}) }
          : {}),
        ...(kind === 'vblora' ? { numVectors: num('num_vectors') ?? 256, vectorLength: num('vector_length') ?? 256 } : {}),
        ...(kind === 'unilora' ? { thetaLength: num('theta_d_length') ?? 256 } : {}),
        ...(kind === 'tinylora' ? { u: num('u') ?? 64, weightTying: num('weight_tying') ?? 0 } : {}),
        ...(kind === 'road' ? { roadVariant: variant === 'road_4' ? 4 : variant === 'road_2' ? 2 : 1 } : {}),
        ...(kind === 'lokr' ? { decomposeFactor: num('decompose_factor') ?? -1, decomposeBoth: r.bool(['decompose_both'])?.value ?? false } : {}),
        ...(kind === 'psoft'
          ? {
              psoftOrth: r.bool(['psoft_orth'])?.value ?? true,
              psoftMags: ((r.bool(['psoft_mag_a'])?.value ?? true) ? 1 : 0) + ((r.bool(['psoft_mag_b'])?.value ?? true) ? 1 : 0),
            }
          : {}),
      };
      const blockKey = kind === 'boft' ? 'boft_block_size' : 'block_size';
      const block = (kind === 'boft' || kind === 'c3a') && Number(r.present(blockKey)?.value) > 0 ? r.int([blockKey]) : undefined;
      training.adapter = adapterOf(as(type!, kind), rank, as(where, roles), {
        ...common,
        options: as(type!, options),
        blockSize:
          block ?? (kind === 'boft' && !options.blockNum ? classDefault('boft_block_size', 4) : kind === 'c3a' ? classDefault('block_size', 256) : undefined),
        frequencies: kind === 'waveft' ? (r.int(['n_frequency']) ?? classDefault('n_frequency', 2592)) : undefined,
      });
      break;
    }
    case 'adaption': {
      const len = r.int(['adapter_len']);
      const layers = r.int(['adapter_layers']);
      if (!len || !layers) return unsupported(`${type!.value} without adapter_len and adapter_layers`);
      training.adapter = adapterOf(as(type!, kind), undefined, as(type!, []), { options: as(len, { adapterLen: len.value, adapterLayers: layers.value }) });
      break;
    }
    case 'tokens': {
      const indices = r.present('token_indices');
      const n = Array.isArray(indices?.value) ? indices.value.length : 0;
      if (!indices || n === 0) return unsupported(`${type!.value} without token_indices`);
      training.adapter = adapterOf(as(type!, kind), undefined, as(type!, []), { options: fromFact({ tokens: n }, indices) });
      break;
    }
    case 'ln': {
      const names = namesOf(given?.value).map((x) => x.trim().split('.').pop() ?? x);
      const perLayer = names.filter((x) => LAYER_NORMS.has(x)).length;
      const final = names.some((x) => FINAL_NORMS.has(x));
      const other = names.filter((x) => x && !LAYER_NORMS.has(x) && !FINAL_NORMS.has(x));
      training.adapter = adapterOf(as(type!, kind), undefined, as(where, []), {
        unknown: as(where, other),
        norms: given && names.length ? as(where, { perLayer, final }) : undefined,
      });
      break;
    }
  }
  return { family: 'peft', modelRef, training, parallel: {}, references: [], findings: [...r.findings] };
}

/** An adapter trained with the Hugging Face Trainer (PEFT's own examples): data parallel, nothing sharded unless configured. */
export const PEFT_TRAINER: Trainer = { defaults: hfTrainerDefaults('PEFT with the Hugging Face Trainer') };
