/**
 * NeMo 2.0 recipes (`llm.llama3_8b.pretrain_recipe(num_nodes=…, num_gpus_per_node=…)`, then `recipe.trainer.strategy.… = …`,
 * `recipe.data.… = …`), read statically from the facts the Python extractor keeps at ["@recipe"]: the model the recipe module
 * builds (from the catalogue), the recipe's defaults, and what the file sets on the recipe afterwards.
 */
import type { Fact, Finding, Sourced } from '../types';
import { derived, finding, fromFact } from '../types';
import {
  classDefault,
  defined,
  emptyRecognition,
  firstStated,
  fp8RecipeOf,
  precisionOf,
  recomputeModulesOf,
  type FileRecognition,
  type ShapeOverride,
  type RecognizeContext,
  type TrainingPart,
} from './common';
import { adapterOf, MCORE_LINEARS, mcoreRolesOf } from './adapter';
import { launchCounts, type LaunchCounts } from './launch';
import type { FreezeSpec, TrainingSpec } from '../spec';
import type { FactReader } from './reader';

/**
 * The pretrain_recipe defaults of NeMo 2.0's recipe modules (nemo/collections/llm/recipes/<module>.py, as of NeMo's 2025
 * recipes: each module's trainer() strategy, its data module and pretrain_recipe's num_nodes / num_gpus_per_node), and the
 * Hugging Face checkpoint each module's model config is.
 */
interface RecipeDefaults {
  readonly model: string;
  readonly tp: number;
  readonly pp: number;
  readonly vpp?: number;
  readonly cp: number;
  readonly sp: boolean;
  readonly ep?: number;
  /** Expert tensor parallelism where the recipe sets it (Megatron-Core's default: TP). */
  readonly etp?: number;
  readonly seq: number;
  readonly gbs: number;
  readonly mbs: number;
  readonly nodes: number;
  /** GPUs per node where the recipe's default is not 8 (Phi-3 mini: one GPU). */
  readonly gpus?: number;
  /** Transformer layers on the first / last pipeline stage (num_layers_in_first/last_pipeline_stage). */
  readonly ppFirst?: number;
  readonly ppLast?: number;
  /**
   * A pipeline layout the recipe picks by its pipeline degree (pipeline_model_parallel_layout, without virtual stages): the
   * decoder layers of the first and of the last stage, the others even between them.
   */
  readonly layout?: Readonly<Record<number, readonly [number, number]>>;
  /** The recipe's model recomputes every layer (recompute_granularity "full", method uniform, one layer). */
  readonly recompute?: 'full';
}

const llama8b = { tp: 1, pp: 1, cp: 2, sp: false, seq: 8192, gbs: 512, mbs: 1, nodes: 1 } as const;
const llama70b = { tp: 4, pp: 4, vpp: 5, cp: 2, sp: true, seq: 8192, gbs: 512, mbs: 1, nodes: 1 } as const;
const llama32 = { tp: 1, pp: 1, cp: 1, sp: false, seq: 8192, gbs: 512, mbs: 1, nodes: 1 } as const;
const qwen7b = { tp: 2, pp: 1, cp: 1, sp: false, seq: 4096, gbs: 32, mbs: 2, nodes: 1 } as const;
/** The recipes of Qwen2 / 2.5, Gemma 2, Nemotron-4 15B: 4,096 tokens, global batch 32, micro-batch 2. */
const small = { pp: 1, cp: 1, sp: false, seq: 4096, gbs: 32, mbs: 2, nodes: 1 } as const;

export const NEMO_RECIPES: Readonly<Record<string, RecipeDefaults>> = {
  llama3_8b: { model: 'meta-llama/Meta-Llama-3-8B', ...llama8b },
  llama31_8b: { model: 'meta-llama/Llama-3.1-8B', ...llama8b },
  llama3_70b: { model: 'meta-llama/Meta-Llama-3-70B', ...llama70b },
  llama31_70b: { model: 'meta-llama/Llama-3.1-70B', ...llama70b },
  llama31_405b: { model: 'meta-llama/Llama-3.1-405B', tp: 8, pp: 8, vpp: 2, cp: 4, sp: true, seq: 8192, gbs: 512, mbs: 1, nodes: 1 },
  llama32_1b: { model: 'meta-llama/Llama-3.2-1B', ...llama32 },
  llama32_3b: { model: 'meta-llama/Llama-3.2-3B', ...llama32 },
  mixtral_8x7b: { model: 'mistralai/Mixtral-8x7B-v0.1', tp: 1, pp: 4, vpp: 8, cp: 1, sp: false, ep: 8, seq: 4096, gbs: 512, mbs: 1, nodes: 8 },
  qwen25_7b: { model: 'Qwen/Qwen2.5-7B', ...qwen7b },
  // (qwen3.py's qwen3_trainer sets expert_tensor_parallel_size=1 for every Qwen3 recipe: not Megatron's default of TP.)
  qwen3_30b_a3b: { model: 'Qwen/Qwen3-30B-A3B', tp: 4, pp: 2, cp: 1, sp: true, ep: 4, etp: 1, seq: 4096, gbs: 32, mbs: 2, nodes: 1, recompute: 'full' },
  gemma2_9b: { model: 'google/gemma-2-9b', tp: 8, pp: 1, cp: 1, sp: false, seq: 4096, gbs: 32, mbs: 2, nodes: 1 },
  deepseek_v3: { model: 'deepseek-ai/DeepSeek-V3', tp: 2, pp: 16, cp: 1, sp: true, ep: 64, seq: 4096, gbs: 4096, mbs: 1, nodes: 128, ppFirst: 3, ppLast: 2 },
  mixtral_8x22b: { model: 'mistralai/Mixtral-8x22B-v0.1', tp: 2, pp: 4, vpp: 14, cp: 2, sp: true, ep: 8, seq: 4096, gbs: 512, mbs: 1, nodes: 16 },
  mistral_7b: { model: 'mistralai/Mistral-7B-v0.3', tp: 1, pp: 1, cp: 2, sp: false, seq: 4096, gbs: 512, mbs: 1, nodes: 1 },
  mistral_nemo_12b: { model: 'mistralai/Mistral-Nemo-Base-2407', tp: 2, pp: 1, cp: 2, sp: true, seq: 8192, gbs: 512, mbs: 1, nodes: 1 },
  qwen2_500m: { model: 'Qwen/Qwen2-0.5B', ...small, tp: 1 },
  qwen2_1p5b: { model: 'Qwen/Qwen2-1.5B', ...small, tp: 1 },
  qwen2_7b: { model: 'Qwen/Qwen2-7B', ...qwen7b },
  qwen2_72b: { model: 'Qwen/Qwen2-72B', ...small, tp: 8, pp: 4, nodes: 4 },
  qwen25_500m: { model: 'Qwen/Qwen2.5-0.5B', ...small, tp: 1 },
  qwen25_1p5b: { model: 'Qwen/Qwen2.5-1.5B', ...small, tp: 1 },
  qwen25_14b: { model: 'Qwen/Qwen2.5-14B', ...small, tp: 4 },
  qwen25_32b: { model: 'Qwen/Qwen2.5-32B', ...small, tp: 8, pp: 2, nodes: 2 },
  qwen25_72b: { model: 'Qwen/Qwen2.5-72B', ...small, tp: 8, pp: 4, nodes: 4 },
  gemma2_2b: { model: 'google/gemma-2-2b', ...small, tp: 2 },
  gemma2_27b: { model: 'google/gemma-2-27b', ...small, tp: 8, pp: 2, nodes: 2 },
  nemotron4_15b: { model: 'nvidia/Nemotron-4-15B', ...small, tp: 4, sp: true },
  nemotron4_340b: { model: 'nvidia/Nemotron-4-340B-Base', tp: 8, pp: 12, vpp: 8, cp: 2, sp: true, seq: 4096, gbs: 2304, mbs: 1, nodes: 768 },
  // pretrain_recipe's num_nodes=1 is passed to trainer(), whose own default is 64.
  gpt3_175b: { model: 'gpt3-175b', tp: 4, pp: 8, vpp: 6, cp: 1, sp: true, seq: 2048, gbs: 2048, mbs: 2, nodes: 1 },
  // Qwen3 (qwen3_<size>.py over qwen3.py): 4,096 tokens, global batch 32, micro-batch 2.
  qwen3_600m: { model: 'Qwen/Qwen3-0.6B', ...small, tp: 1 },
  qwen3_1p7b: { model: 'Qwen/Qwen3-1.7B', ...small, tp: 1 },
  qwen3_4b: { model: 'Qwen/Qwen3-4B', ...small, tp: 2 },
  qwen3_8b: { model: 'Qwen/Qwen3-8B', ...small, tp: 4 },
  qwen3_14b: { model: 'Qwen/Qwen3-14B', ...small, tp: 8 },
  qwen3_32b: { model: 'Qwen/Qwen3-32B', ...small, tp: 8, pp: 2, nodes: 2, recompute: 'full' },
  qwen3_235b_a22b: { model: 'Qwen/Qwen3-235B-A22B', tp: 4, pp: 16, cp: 2, sp: true, ep: 8, etp: 1, seq: 4096, gbs: 32, mbs: 1, nodes: 16 },
  // (baichuan2_7b.py: trainer() TP 1, PP 1, CP 2; MockDataModule at 8,192 tokens, global batch 512, micro-batch 1. The modules
  // below likewise, each as its recipes/<module>.py passes them: its trainer()'s or the shared trainer's defaults and its data.)
  baichuan2_7b: { model: 'baichuan-inc/Baichuan2-7B-Base', ...llama8b },
  chatglm3_6b: { model: 'THUDM/chatglm3-6b', ...llama8b },
  gemma_2b: { model: 'google/gemma-2b', ...llama8b },
  gemma_7b: { model: 'google/gemma-7b', ...llama8b, tp: 2 },
  gemma3_1b: { model: 'google/gemma-3-1b-pt', ...llama8b, cp: 1 },
  llama2_7b: { model: 'meta-llama/Llama-2-7b-hf', ...llama8b, tp: 2, cp: 1, seq: 4096 },
  llama31_nemotron_nano_8b: { model: 'nvidia/Llama-3.1-Nemotron-Nano-8B-v1', ...llama8b },
  // (starcoder2_*.py over starcoder2.py's trainer: 4,096 tokens, global batch 32, micro-batch 2; 15B at TP 4 · PP 2.)
  starcoder2_3b: { model: 'bigcode/starcoder2-3b', ...small, tp: 2 },
  starcoder2_7b: { model: 'bigcode/starcoder2-7b', ...small, tp: 2 },
  starcoder2_15b: { model: 'bigcode/starcoder2-15b', ...small, tp: 4, pp: 2 },
  // (deepseek_v2_lite.py passes TP 1 and EP 8 to deepseek.py's trainer, whose sequence parallelism stays on.)
  deepseek_v2_lite: { model: 'deepseek-ai/DeepSeek-V2-Lite', tp: 1, pp: 1, cp: 1, sp: true, ep: 8, seq: 4096, gbs: 512, mbs: 1, nodes: 1 },
  phi3_mini_4k_instruct: { model: 'microsoft/Phi-3-mini-4k-instruct', tp: 1, pp: 1, cp: 1, sp: false, seq: 4096, gbs: 512, mbs: 1, nodes: 1, gpus: 1 },
};

/**
 * finetune_recipe's defaults (SQuAD at 2,048 tokens, global batch 128, micro-batch 1, 1,000 steps; peft_scheme 'lora'): per
 * scheme the strategy the module sets, and its LoRA dim / alpha and target modules (llm.peft.LoRA's class defaults: dim 32,
 * alpha 32 on linear_qkv, linear_proj, linear_fc1 and linear_fc2).
 */
type FinetuneStrategy = Partial<Pick<RecipeDefaults, 'tp' | 'pp' | 'vpp' | 'ep' | 'etp' | 'sp' | 'nodes' | 'gpus' | 'gbs' | 'ppFirst' | 'ppLast'>>;

interface FinetuneDefaults {
  readonly lora: FinetuneStrategy & {
    readonly dim?: number;
    readonly alpha?: number;
    readonly targets?: readonly string[];
    /** The recipe turns the distributed optimizer off for LoRA (recipe.optim.config.use_distributed_optimizer = False). */
    readonly plainOptimizer?: boolean;
  };
  readonly none: FinetuneStrategy;
}

const ATTENTION_ONLY = ['linear_qkv', 'linear_proj'];
/** DeepSeek-V3's MLA projections and the attention output (deepseek_v3.finetune_recipe's LoRA targets). */
const MLA_ATTENTION = ['linear_q_down_proj', 'linear_q_up_proj', 'linear_kv_down_proj', 'linear_kv_up_proj', 'linear_proj'];

export const NEMO_FINETUNE: Readonly<Record<string, FinetuneDefaults>> = {
  llama3_8b: { lora: { dim: 8, alpha: 16, plainOptimizer: true }, none: { tp: 2 } },
  llama31_8b: { lora: { dim: 8, alpha: 16, plainOptimizer: true }, none: { tp: 2 } },
  llama32_1b: { lora: { dim: 8, alpha: 16 }, none: {} },
  llama32_3b: { lora: { dim: 8, alpha: 16 }, none: {} },
  llama3_70b: { lora: { tp: 8, dim: 16, alpha: 32 }, none: { tp: 8, pp: 4, nodes: 4 } },
  llama31_70b: { lora: { tp: 8, dim: 16, alpha: 32 }, none: { tp: 8, pp: 4, nodes: 4 } },
  mixtral_8x7b: { lora: { ep: 8, dim: 32, targets: ATTENTION_ONLY }, none: { pp: 4, vpp: 8, ep: 8 } },
  qwen25_7b: { lora: {}, none: { tp: 2 } },
  // (expert_tensor_parallel_size 1 in both: qwen3_30b_a3b.py's finetune_recipe.)
  qwen3_30b_a3b: { lora: { tp: 4, ep: 4, etp: 1, sp: true, targets: ATTENTION_ONLY }, none: { tp: 4, pp: 2, ep: 4, etp: 1, sp: true } },
  gemma2_9b: { lora: {}, none: { tp: 4 } },
  gemma2_2b: { lora: {}, none: {} },
  gemma2_27b: { lora: { tp: 4 }, none: { tp: 8, pp: 2 } },
  mistral_7b: { lora: {}, none: { tp: 2 } },
  mistral_nemo_12b: { lora: { targets: ATTENTION_ONLY }, none: {} },
  mixtral_8x22b: { lora: { tp: 8, ep: 8, nodes: 8, targets: ATTENTION_ONLY }, none: { tp: 8, pp: 4, vpp: 14, ep: 8, nodes: 8 } },
  qwen2_500m: { lora: {}, none: {} },
  qwen2_1p5b: { lora: {}, none: {} },
  qwen2_7b: { lora: {}, none: { tp: 2 } },
  qwen2_72b: { lora: { tp: 8 }, none: { tp: 8, pp: 4 } },
  qwen25_500m: { lora: {}, none: {} },
  qwen25_1p5b: { lora: {}, none: {} },
  qwen25_14b: { lora: {}, none: { tp: 4 } },
  qwen25_32b: { lora: { tp: 8 }, none: { tp: 8 } },
  qwen25_72b: { lora: { tp: 8 }, none: { tp: 8, pp: 4 } },
  nemotron4_15b: { lora: {}, none: { tp: 4 } },
  // num_nodes=4; a full fine-tune asserts 12 nodes or more.
  nemotron4_340b: { lora: { tp: 8, pp: 4, nodes: 4 }, none: { tp: 8, pp: 12, nodes: 4 } },
  // num_nodes=3 and a global batch of 6; a full fine-tune needs 14 pipeline stages of TP 8 (12 nodes).
  llama31_405b: {
    lora: { tp: 4, pp: 6, vpp: 7, nodes: 3, gbs: 6, dim: 16, alpha: 32, plainOptimizer: true },
    none: { tp: 8, pp: 14, nodes: 3, gbs: 6 },
  },
  // num_nodes=5; the pipeline's first and last stages hold their own layer counts (61 layers).
  deepseek_v3: {
    lora: { tp: 8, ep: 1, pp: 5, sp: true, nodes: 5, ppFirst: 13, ppLast: 12, targets: MLA_ATTENTION, plainOptimizer: true },
    none: { tp: 1, ep: 64, pp: 8, nodes: 5, ppFirst: 6, ppLast: 7 },
  },
  phi3_mini_4k_instruct: { lora: { gpus: 1, dim: 8, alpha: 16, plainOptimizer: true }, none: { gpus: 1 } },
  // (baichuan2_7b.py's finetune_recipe: TP 2 for a full fine-tune, LoRA's class defaults; chatglm3_6b.py and gemma_7b.py the same.)
  baichuan2_7b: { lora: {}, none: { tp: 2 } },
  chatglm3_6b: { lora: {}, none: { tp: 2 } },
  gemma_7b: { lora: {}, none: { tp: 2 } },
  starcoder2_3b: { lora: {}, none: { tp: 2 } },
  starcoder2_7b: { lora: {}, none: { tp: 2 } },
  starcoder2_15b: { lora: {}, none: { tp: 4 } },
  // (LoRA dim 8 / alpha 16 without the distributed optimizer; their target_modules only in performance mode.)
  llama2_7b: { lora: { dim: 8, alpha: 16, plainOptimizer: true }, none: { tp: 2 } },
  gemma3_1b: { lora: { dim: 8, alpha: 16, plainOptimizer: true }, none: {} },
  llama31_nemotron_nano_8b: { lora: { dim: 8, alpha: 16, plainOptimizer: true }, none: { tp: 2 } },
  // (deepseek_v2_lite.py: LoRA on its MLA projections without a q LoRA rank, and the attention output.)
  deepseek_v2_lite: {
    lora: { targets: ['linear_q_proj', 'linear_kv_down_proj', 'linear_kv_up_proj', 'linear_proj'], plainOptimizer: true },
    none: { tp: 4, sp: true },
  },
  qwen3_600m: { lora: {}, none: {} },
  qwen3_1p7b: { lora: {}, none: {} },
  qwen3_4b: { lora: {}, none: { tp: 2 } },
  qwen3_8b: { lora: {}, none: { tp: 4 } },
  qwen3_14b: { lora: {}, none: { tp: 8 } },
  qwen3_32b: { lora: { tp: 8, nodes: 2 }, none: { tp: 8, pp: 2, nodes: 2 } },
  qwen3_235b_a22b: {
    lora: { tp: 4, ep: 4, pp: 4, sp: true, nodes: 2, targets: ATTENTION_ONLY },
    none: { tp: 4, ep: 4, pp: 16, sp: true, nodes: 2 },
  },
};

/** Megatron-Core's TransformerConfig shape fields, by the alias each sets (recognize/decoder.ts ModelAliases). */
const MCORE_SHAPE: readonly [string, ShapeOverride['alias']][] = [
  ['num_layers', 'layers'],
  ['hidden_size', 'hidden'],
  ['ffn_hidden_size', 'ffnWidth'],
  ['num_attention_heads', 'heads'],
  ['num_query_groups', 'kvHeads'],
  ['kv_channels', 'headDim'],
  ['num_moe_experts', 'experts'],
  ['moe_router_topk', 'topK'],
  ['moe_ffn_hidden_size', 'expertWidth'],
];

/**
 * The shapes a script sets on the recipe's model (`prefix`: NeMo's model.config., Bridge's model.): a positive integer is
 * applied to the named model; a value the script computes is said, the recipe's standing.
 */
function shapeOverrides(lookup: (key: string) => Fact | undefined, prefix: string, file: string, recipe: string, findings: Finding[]): ShapeOverride[] {
  const out: ShapeOverride[] = [];
  for (const [key, alias] of MCORE_SHAPE) {
    const f = lookup(`${prefix}${key}`);
    if (!f) continue;
    if (typeof f.value === 'number' && Number.isInteger(f.value) && f.value > 0) out.push({ alias, fact: f });
    else findings.push(finding('assumed', 'info', { id: 'nemo.shapeUnknown', args: { key: `${prefix}${key}`, recipe } }, { file, range: f.valueRange }));
  }
  return out;
}

/**
 * NeMo 2.0's command line (`nemo llm finetune --factory "qwen3_30b_a3b(peft_scheme=none)" trainer.max_steps=100 -y`): the recipe
 * its factory names, with the factory's keywords and the line's key=value overrides, read as the Python recipe they build.
 */
export function nemoCliRun(r: FactReader): Fact[] | undefined {
  const i = r.facts.findIndex(
    (f, k) =>
      f.path[0] === '@command' &&
      f.path[1] === 2 &&
      (f.value === 'finetune' || f.value === 'pretrain') &&
      r.facts[k - 1]?.value === 'llm' &&
      r.facts[k - 2]?.value === 'nemo',
  );
  if (i < 0) return undefined;
  const after = r.facts.slice(i + 1);
  const factory = after.find((f) => f.path[0] === '--factory' || f.path[0] === '-f');
  const m = typeof factory?.value === 'string' ? /^\s*(\w+)\s*(?:\((.*)\))?\s*$/.exec(factory.value) : null;
  if (!factory || !m) return undefined;
  const at = (path: (string | number)[], value: Fact['value']): Fact => ({ ...factory, path: ['@recipe', ...path], value });
  const kwargs = [...(m[2] ?? '').matchAll(/(\w+)\s*=\s*([^,]+)/g)].map(([, k, v]) => {
    const t = v!.trim().replace(/^['"]|['"]$/g, '');
    return at(['@kw', k!], /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : /^none$/i.test(t) ? 'none' : /^(true|false)$/i.test(t) ? /^true$/i.test(t) : t);
  });
  const overrides = after.filter((f) => f.path[0] === '@override').map((f) => ({ ...f, path: ['@recipe', ...String(f.path[1]).split('.')] }));
  return [at(['@call'], `llm.${m[1]}.${String(r.facts[i]!.value)}_recipe`), ...kwargs, ...overrides];
}

export function isNemoRecipe(r: FactReader): boolean {
  return typeof r.fact('@recipe.@call')?.value === 'string';
}

export function recognizeNemoRecipe(ctx: RecognizeContext): FileRecognition {
  const recipeFacts = ctx.facts.filter((f) => f.path[0] === '@recipe');
  // NeMo's recipe module itself (recipes/<NAME>.py, whose pretrain_recipe_performance calls its own pretrain_recipe): its
  // statements are its recipe functions' own, a fine-tuning scheme's branch among them, not settings over the recipe it calls;
  // its defaults and the call's arguments alone.
  const last = [...recipeFacts].reverse().find((f) => f.path[1] === '@call');
  const name = ctx.facts.find((f) => f.path.length === 1 && f.path[0] === 'NAME' && typeof f.value === 'string');
  const selfModule = /^(pretrain|finetune)_recipe$/.test(String(last?.value)) && name !== undefined;
  const all = selfModule ? recipeFacts.filter((f) => String(f.path[1]).startsWith('@')) : recipeFacts;
  // (The last statement that sets a value, as Python runs them; the command line's overrides after all of them.)
  const at = (path: string) => [...all].reverse().find((f) => f.path.slice(1).join('.') === path);
  const call = at('@call')!;
  const where = { file: ctx.file, range: call.valueRange };
  // Megatron-Bridge's recipe functions (cfg = llama3_8b_pretrain_config(); cfg.model.… = …).
  if (/_config$/.test(String(call.value))) return bridgeRecognition(ctx, call, at, {}, []);
  // A recipe of the user's own over Bridge's common base (cfg = _pretrain_common(); cfg.model = AutoBridge.from_hf_pretrained(…)…).
  if (/^_(pretrain|sft|peft)_common$/.test(String(call.value))) return commonRecognition(ctx, call, at);
  const m = /(?:^|\.)(\w+)\.(pretrain|finetune)_recipe$/.exec(String(call.value));
  // (Or the recipe module itself: the module its NAME names.)
  const module = selfModule ? String(name!.value) : (m?.[1] ?? '');
  const finetune = (selfModule ? String(call.value).split('_')[0] : m?.[2]) === 'finetune';
  const base = NEMO_RECIPES[module];
  const ft = NEMO_FINETUNE[module];
  const refuse = () =>
    emptyRecognition('nemo', [finding('unsupported', 'error', { id: 'recognize.pythonRecipe', args: { recipe: String(call.value) } }, where)]);
  if (!base || (finetune && !ft)) return refuse();
  const scheme = at('@kw.peft_scheme');
  const schemeName = typeof scheme?.value === 'string' ? scheme.value.toLowerCase() : scheme?.value === null && scheme ? 'none' : 'lora';
  if (finetune && !['lora', 'dora', 'none'].includes(schemeName)) return refuse();
  // finetune_recipe: the shared fine-tuning data and steps, the scheme's strategy over a single default node.
  const d: RecipeDefaults = finetune
    ? {
        ...base,
        tp: 1,
        pp: 1,
        vpp: undefined,
        cp: 1,
        sp: false,
        ep: undefined,
        ppFirst: undefined,
        ppLast: undefined,
        recompute: undefined,
        seq: 2048,
        gbs: 128,
        mbs: 1,
        nodes: 1,
        ...(schemeName === 'none' ? ft!.none : ft!.lora),
      }
    : base;

  const findings: Finding[] = [];
  const recipe = `llm.${module}.${finetune ? 'finetune' : 'pretrain'}_recipe`;
  const dflt = defaultOf(recipe);
  const read = settingReader(at, dflt, (f, key, fallback) => findings.push(unknownValue(f, ctx.file, key, fallback, recipe)));
  const nodes = read(['@kw.num_nodes', 'trainer.num_nodes'], d.nodes);
  const gpusPerNode = read(['@kw.num_gpus_per_node', 'trainer.devices'], d.gpus ?? 8);
  const lora = finetune && schemeName !== 'none' ? ft!.lora : undefined;
  const training = defined({
    seqLen: read(['data.seq_length', 'model.config.seq_length', '@kw.seq_length'], d.seq),
    globalBatch: read(['data.global_batch_size', '@kw.global_batch_size'], d.gbs),
    microBatch: read(['data.micro_batch_size', '@kw.micro_batch_size'], d.mbs),
    trainIters: stepsAt(at('trainer.max_steps') ?? at('@kw.max_steps')),
    ...recipeRecompute(at, 'model.config.recompute_granularity', d.recompute, dflt),
    ...recipeRecomputeModules(at, 'model.config.recompute_modules', findings),
    ...expertCapacityAt(at, 'model.config.'),
    // bf16_mixed(); the strategy's DistributedDataParallelConfig and the distributed fused Adam of every recipe's optimizer.
    ...ddpDefaults(
      dflt,
      at,
      { precision: 'trainer.plugins', optimizer: 'optim.config.use_distributed_optimizer', ddp: 'trainer.strategy.ddp.' },
      !lora?.plainOptimizer,
    ),
    ...(lora
      ? { adapter: recipeAdapter(at, lora, scheme ? fromFact(schemeName === 'dora' ? 'dora' : 'lora', scheme) : dflt('lora' as const, 'peft_scheme'), dflt) }
      : {}),
  });
  const parallel = defined({
    ...degrees(read, 'trainer.strategy.', d),
    nodes,
    gpusPerNode,
    worldSize: derived(nodes.value * gpusPerNode.value, { id: 'prov.worldSize' }, nodes, gpusPerNode),
  });
  const modelRef = derived(d.model, { id: 'prov.nemoRecipeModel', args: { recipe } }, fromFact(String(call.value), call));
  const modelShape = shapeOverrides(at, 'model.config.', ctx.file, recipe, findings);
  return { ...emptyRecognition('nemo', findings), modelRef, modelShape, training, parallel };
}

/**
 * The recipe's LoRA (or DoRA): recipe.peft.dim / alpha / target_modules where the script sets them, else the recipe's and
 * llm.peft.LoRA's defaults; Megatron-Core's fused linear_qkv and (gated) linear_fc1 are one adapter each.
 */
function recipeAdapter(
  at: (path: string) => Fact | undefined,
  lora: FinetuneDefaults['lora'],
  kind: Sourced<'lora' | 'dora'>,
  dflt: Default,
): NonNullable<TrainingSpec['adapter']> {
  const num = (path: string, fallback: number): Sourced<number> => {
    const f = at(path);
    return f && typeof f.value === 'number' && f.value > 0 ? fromFact(f.value, f) : dflt(fallback, path);
  };
  const listed = at('peft.target_modules');
  const names = listed && Array.isArray(listed.value) ? listed.value.map(String) : [...(lora.targets ?? MCORE_LINEARS)];
  const { targets, fused, unknown } = mcoreRolesOf(names);
  const targetsAt = listed && Array.isArray(listed.value) ? fromFact(targets, listed) : dflt(targets, 'peft.target_modules');
  return adapterOf(kind, num('peft.dim', lora.dim ?? 32), targetsAt, {
    alpha: num('peft.alpha', lora.alpha ?? 32),
    fused: dflt(fused, 'peft.target_modules'),
    ...(unknown.length && listed ? { unknown: fromFact(unknown, listed) } : {}),
  });
}

/** A value the script computes (a function's parameter, an expression): unknown without running it; the default stands. */
function unknownValue(f: Fact, file: string, key: string, fallback: number | boolean, recipe: string): Finding {
  return finding(
    'assumed',
    'info',
    { id: 'nemo.recipeValueUnknown', args: { key: key.replace(/^@kw\./, ''), value: String(fallback), recipe } },
    { file, range: f.valueRange },
  );
}

type Default = <T>(value: T, key: string) => Sourced<T>;

/** A recipe's default, said as the recipe's: "{key} not set: {recipe} default {value}". */
function defaultOf(recipe: string): Default {
  return (value, key) => classDefault(value, key, recipe);
}

/** One setting of a recipe: the first of `keys` the file sets (a positive integer, or a boolean), else the recipe's default. */
type Read = <T extends number | boolean>(keys: readonly string[], fallback: T, name?: string, none?: T) => Sourced<T>;

/**
 * Reads settings through `lookup`; a value the file computes rather than states goes to `unknown`, and the default stands.
 * A setting the file sets to None reads as `none` where the caller gives one (a parallel degree's None is 1: no interleaving).
 */
function settingReader(lookup: (key: string) => Fact | undefined, dflt: Default, unknown: (f: Fact, key: string, fallback: number | boolean) => void): Read {
  return <T extends number | boolean>(keys: readonly string[], fallback: T, name?: string, none?: T): Sourced<T> => {
    for (const key of keys) {
      const f = lookup(key);
      if (!f) continue;
      // (None as written; a value the script computes reads as null too, and is unknown.)
      if (f.value === null && none !== undefined && !f.unknown) return fromFact(none, f);
      const ok = typeof fallback === 'boolean' ? typeof f.value === 'boolean' : typeof f.value === 'number' && Number.isInteger(f.value) && f.value > 0;
      if (ok) return fromFact(f.value as T, f);
      unknown(f, key, fallback);
    }
    return dflt(fallback, name ?? keys[keys.length - 1]!.replace(/^@kw\./, ''));
  };
}

/** Megatron-Core's degrees as a recipe's config names them under `prefix` (NeMo's `trainer.strategy.`, Bridge's `model.`). */
function degrees(read: Read, prefix: string, d: Pick<RecipeDefaults, 'tp' | 'pp' | 'vpp' | 'cp' | 'sp' | 'ep' | 'etp' | 'ppFirst' | 'ppLast' | 'layout'>) {
  // The recipe functions that take the strategy as keywords (NeMo's qwen3 pretrain_recipe(tensor_parallelism=…), Megatron-Bridge's
  // deepseek_v3_pretrain_config(pipeline_parallelism=…)): what the file sets on the config afterwards wins, then the keyword,
  // then the recipe's default.
  const KW: Readonly<Record<string, string>> = {
    tensor_model_parallel_size: 'tensor_parallelism',
    pipeline_model_parallel_size: 'pipeline_parallelism',
    virtual_pipeline_model_parallel_size: 'virtual_pipeline_parallelism',
    context_parallel_size: 'context_parallelism',
    sequence_parallel: 'sequence_parallelism',
    expert_model_parallel_size: 'expert_parallelism',
  };
  const at = (name: string) => [`${prefix}${name}`, ...(KW[name] ? [`@kw.${KW[name]}`] : [])];
  // Uneven first / last stages only where the recipe or the file sets them.
  const stage = (name: string, fallback: number | undefined) => {
    const v = read(at(name), fallback ?? 0, undefined, 0);
    return v.value > 0 ? v : undefined;
  };
  // None for a degree is Megatron-Core's default: 1 (no virtual stages, no context or expert parallelism).
  const pp = read(at('pipeline_model_parallel_size'), d.pp, undefined, 1);
  const vpp = read(at('virtual_pipeline_model_parallel_size'), d.vpp ?? 1, undefined, 1);
  // (Or the layout the recipe picks for that degree: Megatron-Bridge's DeepSeek-V3, 4 + 14 × 4 + 1 of 61 layers on 16 stages.)
  const laid = vpp.value === 1 ? d.layout?.[pp.value] : undefined;
  return {
    ppFirstLayers: stage('num_layers_in_first_pipeline_stage', d.ppFirst ?? laid?.[0]),
    ppLastLayers: stage('num_layers_in_last_pipeline_stage', d.ppLast ?? laid?.[1]),
    tp: read(at('tensor_model_parallel_size'), d.tp, undefined, 1),
    pp,
    vpp,
    cp: read(at('context_parallel_size'), d.cp, undefined, 1),
    sp: read(at('sequence_parallel'), d.sp),
    ep: read(at('expert_model_parallel_size'), d.ep ?? 1, undefined, 1),
    // Expert-TP only where the file sets it (Megatron-Core's default otherwise: TP).
    ...(stage('expert_tensor_parallel_size', d.etp) ? { etp: stage('expert_tensor_parallel_size', d.etp) } : {}),
  };
}

type Fp8Setting = { readonly recipe: NonNullable<ReturnType<typeof fp8RecipeOf>>; readonly paramGather: boolean };

/**
 * The FP8 recipe a NeMo 2.0 or Megatron-Bridge precision recipe sets, and whether it keeps and gathers the weights in FP8
 * (fp8_param_gather, NeMo's fp8_params), as recipes/precision (Bridge's mixed_precision.py, NeMo's
 * llm/recipes/precision/mixed_precision.py) define them: bf16_with_fp8_mixed delayed scaling with FP8 weights; the current-scaling
 * ones tensorwise with FP8 weights (nanov2_… blockwise); subchannel scaling blockwise and MXFP8 with 16-bit weights. Another
 * name by the words it uses, its weights left as they are.
 */
const FP8_RECIPES: Readonly<Record<string, Fp8Setting>> = {
  bf16_with_fp8_mixed: { recipe: 'delayed', paramGather: true },
  fp16_with_fp8_mixed: { recipe: 'delayed', paramGather: true },
  bf16_with_fp8_current_scaling_mixed: { recipe: 'tensorwise', paramGather: true },
  fp16_with_fp8_current_scaling_mixed: { recipe: 'tensorwise', paramGather: true },
  nemotron_h_bf16_with_fp8_current_scaling_mixed: { recipe: 'tensorwise', paramGather: true },
  nanov2_bf16_with_fp8_current_scaling_mixed: { recipe: 'blockwise', paramGather: true },
  bf16_with_fp8_subchannel_scaling_mixed: { recipe: 'blockwise', paramGather: false },
  fp16_with_fp8_subchannel_scaling_mixed: { recipe: 'blockwise', paramGather: false },
  bf16_with_mxfp8_mixed: { recipe: 'mxfp8', paramGather: false },
  fp16_with_mxfp8_mixed: { recipe: 'mxfp8', paramGather: false },
};

function fp8RecipeByName(name: string): Fp8Setting | undefined {
  const n = name.replace(/\(\)$/, '').replace(/^.*\./, '');
  const guessed = fp8RecipeOf(n);
  return FP8_RECIPES[n] ?? (guessed ? { recipe: guessed, paramGather: false } : undefined);
}

/**
 * What both stacks' recipes set the same way, each under its own key: bf16 mixed precision, the DDP config's fp32 gradient
 * reduction and both overlaps, and the distributed optimizer (unless the recipe turns it off).
 */
function ddpDefaults(
  dflt: Default,
  lookup: (key: string) => Fact | undefined,
  keys: { precision: string; optimizer: string; ddp: string },
  distributed: boolean,
  fp32Grads = true,
  overlaps = true,
) {
  // The precision recipe where the file names one (bf16_with_fp8_mixed(), "bf16_with_mxfp8_mixed"), by the GEMMs' precision.
  const stated = [lookup(keys.precision), lookup(`${keys.precision}.@call`)].find((f) => typeof f?.value === 'string');
  const named = stated && typeof stated.value === 'string' ? precisionOf(stated.value) : undefined;
  // Its FP8 recipe and whether it gathers the weights in FP8, as the named recipe sets them.
  const known = stated && named === 'fp8' && typeof stated.value === 'string' ? fp8RecipeByName(stated.value) : undefined;
  // A switch the script sets (recipe.trainer.plugins.grad_reduce_in_fp32 = False, which NeMo's precision plugin hands the DDP
  // config; cfg.ddp.use_distributed_optimizer = False; cfg.mixed_precision.grad_reduce_in_fp32): as written.
  const set = (key: string): Sourced<boolean> | undefined => {
    const f = lookup(key);
    return f && typeof f.value === 'boolean' ? fromFact(f.value, f) : undefined;
  };
  // Megatron-FSDP (NeMo's strategy.fsdp = "megatron", Megatron-Bridge's ddp.use_megatron_fsdp = True): its
  // data_parallel_sharding_strategy shards the optimizer state (optim), the gradients too (optim_grads), or the parameters too
  // (optim_grads_params, as ZeRO-3).
  const megatronFsdp = lookup('trainer.strategy.fsdp')?.value === 'megatron' || lookup(`${keys.ddp}use_megatron_fsdp`)?.value === true;
  const sharding = megatronFsdp ? lookup(`${keys.ddp}data_parallel_sharding_strategy`) : undefined;
  const shards =
    sharding?.value === 'optim_grads_params'
      ? { fsdp: fromFact(true, sharding) }
      : sharding?.value === 'optim_grads'
        ? { zeroStage: fromFact(2, sharding) }
        : sharding?.value === 'optim'
          ? { zeroStage: fromFact(1, sharding) }
          : {};
  return {
    ...shards,
    precision: stated && named ? fromFact(named, stated) : dflt('bf16' as const, keys.precision),
    ...(stated && known ? { fp8Recipe: fromFact(known.recipe, stated), ...(known.paramGather ? { fp8Params: fromFact(true, stated) } : {}) } : {}),
    distributedOptimizer: set(keys.optimizer) ?? dflt(distributed, keys.optimizer),
    fp32Grads: set(`${keys.precision}.grad_reduce_in_fp32`) ?? set(`${keys.ddp}grad_reduce_in_fp32`) ?? dflt(fp32Grads, `${keys.ddp}grad_reduce_in_fp32`),
    overlapGradReduce: set(`${keys.ddp}overlap_grad_reduce`) ?? dflt(overlaps, `${keys.ddp}overlap_grad_reduce`),
    overlapParamGather: set(`${keys.ddp}overlap_param_gather`) ?? dflt(overlaps, `${keys.ddp}overlap_param_gather`),
  };
}

/**
 * A vision-language recipe's freezing (model.freeze_language_model, model.freeze_vision_model, model.freeze_vision_projection,
 * True / False where the command or script sets them, else the recipe's): what it trains, as TrainingSpec.freeze, or nothing
 * when every part is trained (a full fine-tune).
 */
function vlmFreeze(lookup: (key: string) => Fact | undefined, trains: NonNullable<BridgeDefaults['trains']>, dflt: Default): Pick<TrainingSpec, 'freeze'> {
  const flag = (part: 'language' | 'vision' | 'projection', key: string): Sourced<boolean> => {
    // (The shell reader gives an override's True / False as a boolean, as Python does.)
    const f = lookup(`model.${key}`);
    return f && typeof f.value === 'boolean' ? fromFact(!f.value, f) : dflt(trains[part], `model.${key}`);
  };
  const language = flag('language', 'freeze_language_model');
  const vision = flag('vision', 'freeze_vision_model');
  const projection = flag('projection', 'freeze_vision_projection');
  if (language.value && vision.value && projection.value) return {};
  const extra = [
    ...(language.value ? (['embedding', 'head', 'norm'] as const) : []),
    ...(vision.value ? (['vision'] as const) : []),
    ...(projection.value ? (['projector'] as const) : []),
  ];
  // 1e6 layers: every layer of the language model.
  const value: FreezeSpec = { layers: language.value ? 1e6 : 0, extra };
  const from = firstStated([language, vision, projection], language);
  return { freeze: { value, source: from.source } };
}

/** A boolean setting the file turns on (`cfg.model.fp8_output_proj = True`, `model.fp8_output_proj=True`), with where it does. */
/** The MoE token capacity a script sets (`<prefix>moe_expert_capacity_factor`, `<prefix>moe_pad_expert_input_to_capacity`). */
function expertCapacityAt(lookup: (key: string) => Fact | undefined, prefix: string): Pick<TrainingSpec, 'expertCapacity' | 'expertPadding'> {
  const f = lookup(`${prefix}moe_expert_capacity_factor`);
  return typeof f?.value === 'number' && f.value > 0
    ? { expertCapacity: fromFact(f.value, f), ...statedTrue(lookup, `${prefix}moe_pad_expert_input_to_capacity`, 'expertPadding') }
    : {};
}

function statedTrue<K extends keyof TrainingSpec>(lookup: (key: string) => Fact | undefined, key: string, field: K): Partial<Record<K, Sourced<boolean>>> {
  const f = lookup(key);
  return f && f.value === true ? ({ [field]: fromFact(true, f) } as Partial<Record<K, Sourced<boolean>>>) : {};
}

/** The model's recompute_granularity (`key`: NeMo's model.config., Bridge's model.) where the file sets it, else the recipe's. */
function recipeRecompute(
  lookup: (key: string) => Fact | undefined,
  key: string,
  fallback: 'full' | 'selective' | undefined,
  dflt: Default,
): Pick<TrainingSpec, 'recompute'> {
  const f = lookup(key);
  if (f && (f.value === 'full' || f.value === 'selective')) return { recompute: fromFact(f.value, f) };
  if (f && f.value === null) return { recompute: fromFact('none' as const, f) };
  return fallback ? { recompute: dflt(fallback, key) } : {};
}

/**
 * The model's recompute_modules (Megatron-Core's names) where the file sets them: a Python list (`…recompute_modules =
 * ["moe_act", "layernorm"]`) or an override's text (`model.recompute_modules=[moe_act,layernorm]`). A name Megatron-Core does
 * not have is a warning at its value, and left out.
 */
function recipeRecomputeModules(lookup: (key: string) => Fact | undefined, key: string, findings: Finding[]): Pick<TrainingSpec, 'selectiveRecompute'> {
  const whole = lookup(key);
  const items: Fact[] = [];
  for (let i = 0, f = lookup(`${key}.${i}`); f; f = lookup(`${key}.${++i}`)) items.push(f);
  const listed = whole && (typeof whole.value === 'string' || Array.isArray(whole.value));
  const first = listed ? whole : items[0];
  if (!first) return {};
  const names = Array.isArray(whole?.value)
    ? whole.value.map(String)
    : typeof whole?.value === 'string'
      ? whole.value
          .replace(/^\[|\]$/g, '')
          .split(/[\s,]+/)
          .map((x) => x.replace(/^['"]|['"]$/g, ''))
          .filter(Boolean)
      : items.map((f) => String(f.value));
  const modules = recomputeModulesOf(
    names.map((name) => ({ name, at: first })),
    findings,
  );
  return { selectiveRecompute: fromFact({ modules }, first) };
}

/** A *_peft_config's scheme: peft_scheme="dora" (the call's keyword, or run_recipe.py's --peft_scheme), else its default LoRA. */
function bridgeScheme(lookup: (key: string) => Fact | undefined, dflt: Default): Sourced<'lora' | 'dora'> {
  const f = lookup('@kw.peft_scheme') ?? lookup('@peft_scheme');
  if (f && typeof f.value === 'string') return fromFact(f.value.toLowerCase() === 'dora' ? 'dora' : 'lora', f);
  return dflt('lora' as const, 'peft_scheme');
}

/** The number of steps where the file states one. */
function stepsAt(f: Fact | undefined): Sourced<number> | undefined {
  return f && typeof f.value === 'number' && f.value > 0 ? fromFact(f.value, f) : undefined;
}

/** A Megatron-Bridge recipe function's defaults (its API without parameters: `_pretrain_common`, `_sft_common`, `_peft_common`). */
interface BridgeDefaults extends Omit<RecipeDefaults, 'nodes' | 'gpus' | 'recompute'> {
  /** recompute_granularity where the recipe sets it. */
  readonly recompute?: 'full' | 'selective';
  /** The recipe's precision reduces gradients in bf16 (DeepSeek-V3's MixedPrecisionConfig, grad_reduce_in_fp32=False). */
  readonly bf16Grads?: boolean;
  /** The distributed optimizer is off (the sft / peft recipes of the dense families). */
  readonly plainOptimizer?: boolean;
  /** A *_peft_config: LoRA (peft_scheme "lora") with these dim, alpha and target modules. */
  readonly lora?: { readonly dim: number; readonly alpha: number; readonly targets: readonly string[] };
  /** The recipe turns both DDP overlaps off (the vision-language recipes). */
  readonly noOverlap?: boolean;
  /** A vision-language recipe: which of its parts it trains (freeze_language_model, freeze_vision_model, freeze_vision_projection false). */
  readonly trains?: { readonly language: boolean; readonly vision: boolean; readonly projection: boolean };
  /** What another Megatron-Bridge release makes of the same name (the newest aliases it to a per-GPU recipe, or an older API). */
  readonly otherRelease?: { readonly tp: number; readonly pp: number; readonly ep: number; readonly gbs: number; readonly mbs: number };
}

/**
 * Megatron-Bridge's DeepSeek-V3 layouts (recipes/deepseek/deepseek_v3.py layout_map, without virtual stages): the embedding and
 * 16, 8 or 4 decoder layers first, as many on each middle stage, and the rest with the MTP layer and the loss last (13, 5, 1).
 */
const DSV3_LAYOUT: Readonly<Record<number, readonly [number, number]>> = { 4: [16, 13], 8: [8, 5], 16: [4, 1] };

/** _pretrain_common: 4,096 tokens, global batch 32, micro-batch 2. */
const bridgePretrain = { pp: 1, cp: 1, sp: false, seq: 4096, gbs: 32, mbs: 2 } as const;
/** _sft_common / _peft_common: packed SQuAD of 2,048 tokens, global batch 8, micro-batch 1, the distributed optimizer off. */
const bridgeTune = { pp: 1, cp: 1, sp: false, seq: 2048, gbs: 8, mbs: 1, plainOptimizer: true } as const;
/** LoRA's class defaults (default_peft_config("lora")): dim 32, alpha 32 on the four linears. */
const defaultLora = { dim: 32, alpha: 32, targets: MCORE_LINEARS } as const;
const bridgePeft = { ...bridgeTune, tp: 1, lora: defaultLora } as const;
/** The Llama 3 sft / peft recipes: 4,096 tokens. */
const llamaTune = { ...bridgeTune, seq: 4096 } as const;
/** The Qwen3 MoE sft / peft recipes: 2,048 tokens, global batch 32, the distributed optimizer on; LoRA 8 / 16 on attention. */
const qwenMoeTune = { pp: 1, cp: 1, sp: true, seq: 2048, gbs: 32, mbs: 1, ep: 4 } as const;
const moeLora = { dim: 8, alpha: 16, targets: ATTENTION_ONLY } as const;
/** The vision-language sft recipes (_sft_common_vlm): 4,096 tokens, global batch 32, micro-batch 2, both overlaps off. */
const vlmTune = { pp: 1, cp: 1, sp: false, seq: 4096, gbs: 32, mbs: 2, noOverlap: true, trains: { language: true, vision: true, projection: true } } as const;
/** The gpt-oss sft / peft recipes: 2,048 tokens, global batch 128, the distributed optimizer off. */
const ossTune = { pp: 1, cp: 1, sp: false, seq: 2048, gbs: 128, mbs: 1, plainOptimizer: true } as const;

/**
 * Megatron-Bridge's recipes (src/megatron/bridge/recipes/<family>/*.py, the API whose functions take no parameters, over
 * _pretrain_common / _sft_common / _peft_common: bf16_mixed, fp32 gradient reduction and both overlaps), by the name
 * run_recipe.py's --recipe takes, each with the Hugging Face checkpoint it bridges from. Names whose defaults another release
 * changed (the newest aliases some to per-GPU recipes; an older API had other degrees) say so in an info finding.
 */
export const BRIDGE_RECIPES: Readonly<Record<string, BridgeDefaults>> = {
  llama3_8b_pretrain_config: { model: 'meta-llama/Meta-Llama-3-8B', tp: 1, pp: 1, cp: 2, sp: false, seq: 8192, gbs: 512, mbs: 1 },
  llama31_8b_pretrain_config: { model: 'meta-llama/Llama-3.1-8B', tp: 1, pp: 1, cp: 2, sp: false, seq: 8192, gbs: 512, mbs: 1 },
  llama32_1b_pretrain_config: { model: 'meta-llama/Llama-3.2-1B', tp: 1, pp: 1, cp: 1, sp: false, seq: 8192, gbs: 512, mbs: 1 },
  llama32_3b_pretrain_config: { model: 'meta-llama/Llama-3.2-3B', tp: 1, pp: 1, cp: 1, sp: false, seq: 8192, gbs: 512, mbs: 1 },
  llama3_70b_pretrain_config: { model: 'meta-llama/Meta-Llama-3-70B', tp: 4, pp: 4, vpp: 5, cp: 2, sp: true, seq: 8192, gbs: 512, mbs: 1 },
  llama31_70b_pretrain_config: { model: 'meta-llama/Llama-3.1-70B', tp: 4, pp: 4, vpp: 5, cp: 2, sp: true, seq: 131072, gbs: 512, mbs: 1 },
  llama31_405b_pretrain_config: { model: 'meta-llama/Llama-3.1-405B', tp: 8, pp: 8, vpp: 2, cp: 4, sp: true, seq: 131072, gbs: 512, mbs: 1 },
  llama3_8b_sft_config: { model: 'meta-llama/Meta-Llama-3-8B', ...llamaTune, tp: 2 },
  llama31_8b_sft_config: { model: 'meta-llama/Llama-3.1-8B', ...llamaTune, tp: 2 },
  llama3_70b_sft_config: { model: 'meta-llama/Meta-Llama-3-70B', ...llamaTune, tp: 8, pp: 4 },
  llama31_70b_sft_config: { model: 'meta-llama/Llama-3.1-70B', ...llamaTune, tp: 8, pp: 4 },
  llama32_3b_sft_config: { model: 'meta-llama/Llama-3.2-3B', ...llamaTune, tp: 1 },
  llama3_8b_peft_config: { model: 'meta-llama/Meta-Llama-3-8B', ...llamaTune, tp: 1, lora: { dim: 8, alpha: 16, targets: MCORE_LINEARS } },
  llama31_8b_peft_config: { model: 'meta-llama/Llama-3.1-8B', ...llamaTune, tp: 1, lora: { dim: 8, alpha: 16, targets: MCORE_LINEARS } },
  llama3_70b_peft_config: { model: 'meta-llama/Meta-Llama-3-70B', ...llamaTune, tp: 8, lora: { dim: 16, alpha: 32, targets: MCORE_LINEARS } },
  llama31_70b_peft_config: { model: 'meta-llama/Llama-3.1-70B', ...llamaTune, tp: 8, lora: { dim: 16, alpha: 32, targets: MCORE_LINEARS } },
  llama32_1b_peft_config: { model: 'meta-llama/Llama-3.2-1B', ...llamaTune, tp: 1, lora: defaultLora },
  llama31_405b_peft_config: {
    model: 'meta-llama/Llama-3.1-405B',
    ...bridgeTune,
    tp: 4,
    pp: 8,
    vpp: 8,
    sp: true,
    gbs: 32,
    bf16Grads: true,
    lora: { dim: 16, alpha: 32, targets: ['linear_qkv'] },
  },
  qwen3_600m_pretrain_config: { model: 'Qwen/Qwen3-0.6B', ...bridgePretrain, tp: 1 },
  qwen3_1p7b_pretrain_config: { model: 'Qwen/Qwen3-1.7B', ...bridgePretrain, tp: 1 },
  qwen3_4b_pretrain_config: { model: 'Qwen/Qwen3-4B', ...bridgePretrain, tp: 2 },
  // The newest release aliases it to qwen3_8b_pretrain_16gpu_h100_bf16_config.
  qwen3_8b_pretrain_config: { model: 'Qwen/Qwen3-8B', ...bridgePretrain, tp: 4, otherRelease: { tp: 1, pp: 1, ep: 1, gbs: 1024, mbs: 1 } },
  qwen3_14b_pretrain_config: { model: 'Qwen/Qwen3-14B', ...bridgePretrain, tp: 8 },
  qwen3_32b_pretrain_config: { model: 'Qwen/Qwen3-32B', ...bridgePretrain, tp: 8, pp: 2, recompute: 'full' },
  qwen3_600m_sft_config: { model: 'Qwen/Qwen3-0.6B', ...bridgeTune, tp: 1 },
  qwen3_1p7b_sft_config: { model: 'Qwen/Qwen3-1.7B', ...bridgeTune, tp: 1 },
  qwen3_4b_sft_config: { model: 'Qwen/Qwen3-4B', ...bridgeTune, tp: 2 },
  qwen3_8b_sft_config: { model: 'Qwen/Qwen3-8B', ...bridgeTune, tp: 4, otherRelease: { tp: 4, pp: 1, ep: 1, gbs: 32, mbs: 1 } },
  qwen3_14b_sft_config: { model: 'Qwen/Qwen3-14B', ...bridgeTune, tp: 8 },
  qwen3_32b_sft_config: { model: 'Qwen/Qwen3-32B', ...bridgeTune, tp: 8, pp: 2, recompute: 'full' },
  qwen3_600m_peft_config: { model: 'Qwen/Qwen3-0.6B', ...bridgePeft },
  qwen3_1p7b_peft_config: { model: 'Qwen/Qwen3-1.7B', ...bridgePeft },
  qwen3_4b_peft_config: { model: 'Qwen/Qwen3-4B', ...bridgePeft },
  qwen3_8b_peft_config: { model: 'Qwen/Qwen3-8B', ...bridgePeft, otherRelease: { tp: 1, pp: 1, ep: 1, gbs: 32, mbs: 1 } },
  qwen3_14b_peft_config: { model: 'Qwen/Qwen3-14B', ...bridgePeft },
  qwen3_32b_peft_config: { model: 'Qwen/Qwen3-32B', ...bridgePeft },
  // The newest release aliases it to qwen3_30b_a3b_pretrain_16gpu_h100_bf16_config.
  qwen3_30b_a3b_pretrain_config: {
    model: 'Qwen/Qwen3-30B-A3B',
    ...bridgePretrain,
    tp: 4,
    pp: 2,
    sp: true,
    ep: 4,
    recompute: 'full',
    otherRelease: { tp: 1, pp: 1, ep: 16, gbs: 1024, mbs: 1 },
  },
  qwen3_235b_a22b_pretrain_config: { model: 'Qwen/Qwen3-235B-A22B', ...bridgePretrain, tp: 4, pp: 16, cp: 2, sp: true, ep: 8, mbs: 1 },
  qwen3_30b_a3b_sft_config: { model: 'Qwen/Qwen3-30B-A3B', ...qwenMoeTune, tp: 4, pp: 2 },
  qwen3_235b_a22b_sft_config: { model: 'Qwen/Qwen3-235B-A22B', ...qwenMoeTune, tp: 4, pp: 16 },
  qwen3_30b_a3b_peft_config: { model: 'Qwen/Qwen3-30B-A3B', ...qwenMoeTune, tp: 4, lora: moeLora },
  qwen3_235b_a22b_peft_config: { model: 'Qwen/Qwen3-235B-A22B', ...qwenMoeTune, tp: 4, pp: 4, lora: moeLora },
  deepseek_v2_lite_pretrain_config: { model: 'deepseek-ai/DeepSeek-V2-Lite', ...bridgePretrain, tp: 1, ep: 8, gbs: 512, mbs: 1, recompute: 'full' },
  deepseek_v2_pretrain_config: { model: 'deepseek-ai/DeepSeek-V2', ...bridgePretrain, tp: 1, pp: 4, ep: 32, gbs: 512, mbs: 1, recompute: 'full' },
  // Selective recomputation (the newest release's per-GPU recipe, which the name aliases, recomputes nothing).
  deepseek_v3_pretrain_config: {
    model: 'deepseek-ai/DeepSeek-V3',
    ...bridgePretrain,
    tp: 2,
    pp: 16,
    layout: DSV3_LAYOUT,
    sp: true,
    ep: 64,
    gbs: 4096,
    mbs: 1,
    recompute: 'selective',
    bf16Grads: true,
  },
  // An older API (pretrain_config(**kwargs)) set TP 1 · PP 4 with EP 2 (20B) and 8 (120B).
  gpt_oss_20b_pretrain_config: {
    model: 'openai/gpt-oss-20b',
    ...bridgePretrain,
    tp: 2,
    pp: 4,
    sp: true,
    ep: 4,
    gbs: 512,
    mbs: 1,
    otherRelease: { tp: 1, pp: 4, ep: 2, gbs: 512, mbs: 1 },
  },
  gpt_oss_120b_pretrain_config: {
    model: 'openai/gpt-oss-120b',
    ...bridgePretrain,
    tp: 2,
    pp: 4,
    sp: true,
    ep: 16,
    gbs: 512,
    mbs: 1,
    otherRelease: { tp: 1, pp: 4, ep: 8, gbs: 512, mbs: 1 },
  },
  // The vision-language recipes (recipes/qwen_vl): _sft_common_vlm's 4,096 tokens, global batch 32, micro-batch 2, the
  // distributed optimizer, both overlaps off; the sft configs train every part.
  qwen25_vl_3b_sft_config: { model: 'Qwen/Qwen2.5-VL-3B-Instruct', ...vlmTune, tp: 1 },
  qwen25_vl_7b_sft_config: { model: 'Qwen/Qwen2.5-VL-7B-Instruct', ...vlmTune, tp: 2 },
  qwen25_vl_32b_sft_config: { model: 'Qwen/Qwen2.5-VL-32B-Instruct', ...vlmTune, tp: 8, pp: 2 },
  qwen25_vl_72b_sft_config: { model: 'Qwen/Qwen2.5-VL-72B-Instruct', ...vlmTune, tp: 8, pp: 4 },
  // The keyword API's finetune config (recipes/qwen_vl/qwen3_vl.py before the parameterless one): TP 4, micro-batch 1, the
  // language model and the vision tower frozen, the vision projection trained.
  qwen3_vl_8b_finetune_config: {
    model: 'Qwen/Qwen3-VL-8B-Instruct',
    ...vlmTune,
    tp: 4,
    mbs: 1,
    trains: { language: false, vision: false, projection: true },
  },
  gpt_oss_20b_sft_config: { model: 'openai/gpt-oss-20b', ...ossTune, tp: 1, ep: 8 },
  gpt_oss_120b_sft_config: { model: 'openai/gpt-oss-120b', ...ossTune, tp: 1, pp: 4, ep: 8 },
  gpt_oss_20b_peft_config: { model: 'openai/gpt-oss-20b', ...ossTune, tp: 1, ep: 1, lora: defaultLora },
  gpt_oss_120b_peft_config: { model: 'openai/gpt-oss-120b', ...ossTune, tp: 1, ep: 8, lora: defaultLora },
};

export function isBridgeRecipe(r: FactReader): boolean {
  const recipe = r.fact('--recipe');
  if (typeof recipe?.value !== 'string') return false;
  // A recipe of Bridge's names, or one of the user's own (ov2_35b_a3b_stage1) given Bridge's ConfigContainer overrides
  // (train.train_iters=…, checkpoint.save=…): read as far as the recipe goes (an unknown one is refused by name).
  return (
    /_(pretrain|sft|peft|finetune)_config$/.test(recipe.value) ||
    r.keys().some((k) => /^@override\.(train|checkpoint|model|dataset|optimizer|scheduler|ddp|validation)\./.test(k))
  );
}

/**
 * `torchrun … run_recipe.py --recipe <name> key=value …`: the recipe's model and defaults, then its OmegaConf overrides
 * (model.tensor_model_parallel_size=4, train.global_batch_size=256, …) where the command writes them; nodes and GPUs from the
 * launcher.
 */
export function recognizeBridgeRecipe(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const launch = launchCounts(r, { nodes: ['--nnodes', '--num_nodes', '--num-nodes'], perNode: ['--nproc-per-node', '--nproc_per_node'] });
  const seqFlag = r.fact('--seq_length') ?? r.fact('--seq-length');
  const lookup = (key: string) => (key === '@seq' ? seqFlag : key === '@peft_scheme' ? r.fact('--peft_scheme') : r.fact(`@override.${key}`));
  return bridgeRecognition(ctx, r.fact('--recipe')!, lookup, launch, r.findings);
}

/**
 * The common bases of Megatron-Bridge's recipes (recipes/common.py): what each sets, with the model provider's own parallel
 * sizes (one of each); _peft_common's LoRA: dim 32, alpha 32 on the four linears.
 */
const BRIDGE_COMMON: Readonly<Record<string, Omit<BridgeDefaults, 'model'>>> = {
  _pretrain_common: { ...bridgePretrain, tp: 1 },
  _sft_common: { ...bridgeTune, tp: 1 },
  _peft_common: bridgePeft,
};

/**
 * `cfg = _pretrain_common()` (or _sft_common / _peft_common), a recipe of the user's own: the base's defaults, the model the script
 * bridges from a Hugging Face checkpoint (`cfg.model = AutoBridge.from_hf_pretrained(id).to_megatron_provider()`), then what it sets
 * on cfg. A model built any other way (a provider class, say) is refused, naming the statement.
 */
function commonRecognition(ctx: RecognizeContext, call: Fact, at: (path: string) => Fact | undefined): FileRecognition {
  const name = String(call.value);
  const hf = at('model.@hf');
  const where = at('model') ?? at('model.@class') ?? call;
  if (typeof hf?.value !== 'string')
    return emptyRecognition('nemo', [
      finding('unsupported', 'error', { id: 'nemo.bridgeModelUnread', args: { base: name } }, { file: ctx.file, range: where.keyRange ?? where.valueRange }),
    ]);
  const modelRef = fromFact(hf.value, hf);
  return bridgeFrom(ctx, name, { model: hf.value, ...BRIDGE_COMMON[name]! }, modelRef, call, at, {}, []);
}

/**
 * A Megatron-Bridge recipe: its model and defaults, then what the command (`key=value` overrides) or the script
 * (`cfg.model.tensor_model_parallel_size = 4` on the config the recipe function returned) sets, where it sets it.
 */
function bridgeRecognition(
  ctx: RecognizeContext,
  recipeFact: Fact,
  lookup: (key: string) => Fact | undefined,
  launch: Partial<LaunchCounts>,
  readerFindings: readonly Finding[],
): FileRecognition {
  const full = String(recipeFact.value).split('.').pop()!;
  // A precision variant of a recipe (gpt_oss_20b_peft_mxfp8_config: the peft config with bf16_with_mxfp8_mixed;
  // _fp8_current_scaling_config with bf16_with_fp8_current_scaling_mixed), read as its recipe with that precision, unless the
  // command names another.
  const variant = /^(.+_(?:pretrain|sft|peft|finetune))_(mxfp8|fp8_current_scaling)_config$/.exec(full);
  const name = variant && BRIDGE_RECIPES[`${variant[1]}_config`] ? `${variant[1]}_config` : full;
  if (name !== full) {
    const precision = variant![2] === 'mxfp8' ? 'bf16_with_mxfp8_mixed' : 'bf16_with_fp8_current_scaling_mixed';
    const base = lookup;
    lookup = (key: string) => base(key) ?? (key === 'mixed_precision' ? { ...recipeFact, path: ['mixed_precision'], value: precision } : undefined);
  }
  const d = BRIDGE_RECIPES[name];
  const where = { file: ctx.file, range: recipeFact.valueRange };
  if (!d) return emptyRecognition('nemo', [finding('unsupported', 'error', { id: 'recognize.pythonRecipe', args: { recipe: name } }, where)]);
  const modelRef = derived(d.model, { id: 'prov.nemoRecipeModel', args: { recipe: name } }, fromFact(name, recipeFact));
  return bridgeFrom(ctx, name, d, modelRef, recipeFact, lookup, launch, readerFindings);
}

/** A Bridge recipe's (or common base's) defaults d, the model it trains, and what the command or script sets over them. */
function bridgeFrom(
  ctx: RecognizeContext,
  name: string,
  d: BridgeDefaults,
  modelRef: Sourced<string>,
  recipeFact: Fact,
  lookup: (key: string) => Fact | undefined,
  launch: Partial<LaunchCounts>,
  readerFindings: readonly Finding[],
): FileRecognition {
  const where = { file: ctx.file, range: recipeFact.valueRange };
  const dflt = defaultOf(name);
  const findings: Finding[] = [...readerFindings];
  const read = settingReader(lookup, dflt, (f, key, fallback) => findings.push(unknownValue(f, ctx.file, key, fallback, name)));
  const training: TrainingPart = defined({
    // run_recipe.py makes model.seq_length follow dataset.seq_length.
    // (And the recipe function's keywords, deepseek_v3_pretrain_config(seq_length=…, global_batch_size=…), where no field is set after.)
    seqLen: read(['dataset.seq_length', 'model.seq_length', '@seq', '@kw.seq_length'], d.seq, 'dataset.seq_length'),
    globalBatch: read(['train.global_batch_size', '@kw.global_batch_size'], d.gbs),
    microBatch: read(['train.micro_batch_size', '@kw.micro_batch_size'], d.mbs),
    trainIters: stepsAt(lookup('train.train_iters') ?? lookup('@kw.train_iters')),
    ...ddpDefaults(
      dflt,
      lookup,
      { precision: 'mixed_precision', optimizer: 'ddp.use_distributed_optimizer', ddp: 'ddp.' },
      !d.plainOptimizer,
      !d.bf16Grads,
      !d.noOverlap,
    ),
    ...recipeRecompute(lookup, 'model.recompute_granularity', d.recompute, dflt),
    ...recipeRecomputeModules(lookup, 'model.recompute_modules', findings),
    ...(d.trains ? vlmFreeze(lookup, d.trains, dflt) : {}),
    ...statedTrue(lookup, 'model.fp8_output_proj', 'fp8OutputProj'),
    ...expertCapacityAt(lookup, 'model.'),
    ...(d.lora ? { adapter: recipeAdapter(lookup, d.lora, bridgeScheme(lookup, dflt), dflt) } : {}),
  });
  if (d.otherRelease) {
    const o = d.otherRelease;
    findings.push(finding('assumed', 'info', { id: 'nemo.bridgeReleaseDefaults', args: { recipe: name, ...o } }, where));
  }
  const parallel = defined({
    ...degrees(read, 'model.', d),
    nodes: launch.nodes,
    gpusPerNode: launch.perNode,
    worldSize: launch.worldSize,
  });
  // A fine-tuning recipe (*_sft_config, *_peft_config, *_finetune_config) or a pretrained checkpoint to start from.
  const pretrained = lookup('checkpoint.pretrained_checkpoint');
  if (/_(sft|peft|finetune)_(config|common)$/.test(name)) training.finetune = fromFact(true, recipeFact);
  else if (pretrained && typeof pretrained.value === 'string') training.finetune = fromFact(true, pretrained);
  const modelShape = shapeOverrides(lookup, 'model.', ctx.file, name, findings);
  return { ...emptyRecognition('nemo', findings), modelRef, modelShape, training, parallel };
}
