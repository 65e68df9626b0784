/**
 * `npm run calibrate`, second part: the step-time model against published pre-training throughput on H100, B200 and GB200
 * (test/fixtures/reference/calibration/training-throughput.tsv, copied from shared/reference with its sources: Megatron-Bridge,
 * NeMo, llm-foundry). Each Megatron-Core row becomes the Megatron-LM launch line its layout and model would be written as
 * (the model's shapes, TP/PP/VPP/CP/EP, micro and global batch, precision, recompute, and the overlaps NeMo's performance
 * recipes turn on), read by the product's own reader and timed on the row's accelerator preset; predicted tokens/s per GPU
 * is compared with the published one. Rows it cannot express say why.
 */
import { join } from 'node:path';
import { pct, quantile, readTsv, type Row } from './tsv';
import { analyzeFiles } from '../src/core/pipeline';
import { clusterFromFile } from '../src/core/hardware/cluster';
import { batchViolations, degreeViolations, planFromSpec } from '../src/core/analysis/parallel';
import { stepModel, type StepModel } from '../src/core/analysis/time';
import type { MemoryBreakdown } from '../src/core/analysis/memory';

const FILE = join(process.cwd(), 'test/fixtures/reference/calibration/training-throughput.tsv');

const rows = (): Row[] => readTsv(FILE);

interface Result {
  readonly row: Row;
  readonly predicted?: number;
  readonly published?: number;
  readonly why?: string;
  readonly moe?: boolean;
  /** The memory model's verdict on a layout that ran. */
  readonly fits?: boolean;
}

const int = (s: string | undefined): number | undefined => {
  const n = Number(s);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** The accelerator preset of the row's GPU. */
function acceleratorOf(gpu: string): string | undefined {
  if (/GB200/i.test(gpu)) return 'gb200-nvl72';
  if (/B200/i.test(gpu)) return 'b200';
  if (/H100/i.test(gpu)) return 'h100-sxm';
  return undefined;
}

/** The architecture flags of a model family, or why it has none. */
function architecture(r: Row): string[] | string {
  const key = r['model_key'] ?? '';
  const kv = int(r['kv_heads']);
  const heads = int(r['heads'])!;
  const gqa = kv && kv !== heads ? ['--group-query-attention', `--num-query-groups ${kv}`] : [];
  const llamaLike = ['--swiglu', '--normalization RMSNorm', '--position-embedding-type rope', '--disable-bias-linear', '--untie-embeddings-and-output-weights'];
  if (/^llama[23]/.test(key)) return [...llamaLike, ...gqa];
  if (/^mixtral/.test(key)) return [...llamaLike, ...gqa, '--num-experts 8', '--moe-router-topk 2', `--moe-ffn-hidden-size ${r['ffn']}`];
  if (/^qwen3-/.test(key)) {
    const m = /(\d+) experts top-(\d+)/.exec(r['moe'] ?? '');
    if (!m) return `no expert count in "${r['moe']}"`;
    return [
      ...llamaLike,
      ...gqa,
      '--qk-layernorm',
      '--kv-channels 128',
      `--num-experts ${m[1]}`,
      `--moe-router-topk ${m[2]}`,
      `--moe-ffn-hidden-size ${r['ffn']}`,
    ];
  }
  if (key === 'deepseek-v3') {
    const freq = `([0]*3+[1]*${Number(r['layers']) - 3})`;
    return [
      ...llamaLike,
      '--multi-latent-attention',
      '--q-lora-rank 1536',
      '--kv-lora-rank 512',
      '--qk-head-dim 128',
      '--qk-pos-emb-head-dim 64',
      '--v-head-dim 128',
      '--num-experts 256',
      '--moe-router-topk 8',
      '--moe-ffn-hidden-size 2048',
      '--moe-shared-expert-intermediate-size 2048',
      `--moe-layer-freq "${freq}"`,
      '--moe-router-enable-expert-bias',
      '--mtp-num-layers 1',
    ];
  }
  // GPT-3 in NeMo: GeLU MLP, LayerNorm, learned positions, biases, tied embeddings.
  if (/^gpt3-/.test(key)) return ['--normalization LayerNorm', '--position-embedding-type learned_absolute'];
  // Nemotron: squared-ReLU MLP (not gated), LayerNorm, rotary, no biases, untied.
  if (/^nemotron[34]-/.test(key) || /^nemotron3-\d/.test(key))
    return ['--normalization LayerNorm', '--position-embedding-type rope', '--disable-bias-linear', '--untie-embeddings-and-output-weights', ...gqa];
  // gpt-oss (Megatron-Bridge's recipe): biased linears, SwiGLU experts, a 128-token window on every other layer, sinks.
  if (key === 'gpt-oss-120b') {
    const m = /(\d+) experts top-(\d+)/.exec(r['moe'] ?? '');
    if (!m) return `no expert count in "${r['moe']}"`;
    // (Its clamped GeGLU as Megatron-LM writes it: --quick-geglu --glu-linear-offset 1.0 --activation-func-clamp-value 7.0,
    // Megatron-Bridge's GPTOSSProvider: activation_func quick_gelu, glu_linear_offset 1.0, activation_func_clamp_value 7.0.)
    return [
      '--quick-geglu',
      '--glu-linear-offset 1.0',
      '--activation-func-clamp-value 7.0',
      '--normalization RMSNorm',
      '--position-embedding-type rope',
      '--untie-embeddings-and-output-weights',
      ...gqa,
      '--kv-channels 64',
      `--num-experts ${m[1]}`,
      `--moe-router-topk ${m[2]}`,
      `--moe-ffn-hidden-size ${r['ffn']}`,
      '--window-size 128,0',
      '--window-attn-skip-freq 2',
      '--softmax-type learnable',
    ];
  }
  // Llama 4 Scout (its HF config): every layer MoE (interleave_moe_layer_step 1) of 16 SwiGLU experts of 8192, top 1, a shared
  // expert of 8192; chunked attention over 8,192 tokens in three of four layers, which at a sequence of 8,192 or less is the
  // full causal attention a launch line gives; 40 heads of 128, 8 KV.
  if (key === 'llama4-scout') {
    const m = /(\d+) experts top-(\d+) \+ shared; expert ffn (\d+)/.exec(r['moe'] ?? '');
    if (!m) return `no expert count in "${r['moe']}"`;
    if (Number(r['seq_len']) > 8192) return 'Llama 4: chunked attention (8,192-token chunks) beyond a chunk is not read from a launch line';
    return [
      ...llamaLike,
      ...gqa,
      '--kv-channels 128',
      `--num-experts ${m[1]}`,
      `--moe-router-topk ${m[2]}`,
      `--moe-ffn-hidden-size ${m[3]}`,
      `--moe-shared-expert-intermediate-size ${m[3]}`,
    ];
  }
  // Nemotron 3 Nano (Megatron-Bridge's recipe, the HF config's sizes): the arch note's hybrid pattern of Mamba-2 (64 heads ×
  // 64, 8 groups, N 128), attention (32 heads, 2 KV of 128) and MoE layers (128 relu² experts of 1856, top 6, a shared one of
  // 3712, a score-correction bias); no positions, RMSNorm, bias-free, untied.
  if (/nemotron-3-nano/.test(key)) {
    const pattern = /pattern ([ME*-]+)/.exec(r['arch_note'] ?? '')?.[1];
    const m = /(\d+) experts top-(\d+) \+ shared \((\d+)\)/.exec(r['moe'] ?? '');
    if (!pattern || !m) return `no hybrid pattern or experts in "${r['arch_note']}" / "${r['moe']}"`;
    return [
      '--normalization RMSNorm',
      '--position-embedding-type none',
      '--disable-bias-linear',
      '--untie-embeddings-and-output-weights',
      ...gqa,
      '--kv-channels 128',
      `--hybrid-override-pattern ${pattern}`,
      '--mamba-num-heads 64',
      '--mamba-head-dim 64',
      '--mamba-num-groups 8',
      '--mamba-state-dim 128',
      `--num-experts ${m[1]}`,
      `--moe-router-topk ${m[2]}`,
      `--moe-ffn-hidden-size ${r['ffn']}`,
      `--moe-shared-expert-intermediate-size ${m[3]}`,
      '--moe-router-enable-expert-bias',
    ];
  }
  if (/^mpt-/.test(key)) return 'llm-foundry';
  return `no launch flags for ${key}`;
}

function precisionFlags(p: string): string[] | string {
  if (/NVFP4/i.test(p)) return ['--bf16', '--fp4-format e2m1', '--fp4-recipe nvfp4'];
  if (/^alternate/i.test(p)) return 'the precision is not stated';
  if (/^BF16/i.test(p)) return ['--bf16'];
  // The row's FP8 recipe where its precision column names one (MXFP8, blockwise, current scaling); plain "FP8" is Megatron's default.
  const recipe = /MX/i.test(p) ? 'mxfp8' : /blockwise/i.test(p) ? 'blockwise' : /CS|current scaling|per-tensor/i.test(p) ? 'tensorwise' : undefined;
  if (/FP8/i.test(p)) return ['--bf16', '--fp8-format hybrid', ...(recipe ? [`--fp8-recipe ${recipe}`] : [])];
  return `precision ${p}`;
}

function recomputeFlags(rc: string): string[] {
  if (/^full, method=block, num_layers=(\d+)/.test(rc))
    return ['--recompute-granularity full', '--recompute-method block', `--recompute-num-layers ${/num_layers=(\d+)/.exec(rc)![1]}`];
  if (/^full/.test(rc)) return ['--recompute-granularity full', '--recompute-method uniform', '--recompute-num-layers 1'];
  // "selective [layernorm, moe_act]": Megatron-Core's --recompute-modules.
  const modules = /^selective \[([\w, ]+)\]/.exec(rc)?.[1]?.split(/,\s*/);
  if (modules) return ['--recompute-granularity selective', `--recompute-modules ${modules.join(' ')}`];
  if (/^selective/.test(rc)) return ['--recompute-granularity selective'];
  return [];
}

function predict(r: Row): Result {
  const published = Number(r['tokens_per_sec_per_gpu']);
  if (r['task'] !== 'pretrain') return { row: r, why: `${r['task']} row (fine-tuning)` };
  if (!(published > 0)) return { row: r, why: 'no tokens/s per GPU published' };
  const accelerator = acceleratorOf(r['gpu'] ?? '');
  if (!accelerator) return { row: r, why: `no preset for ${r['gpu']}` };
  const arch = architecture(r);
  if (arch === 'llm-foundry') return llmFoundryRow(r, published, accelerator);
  if (typeof arch === 'string') return { row: r, why: arch };
  const precision = precisionFlags(r['precision'] ?? '');
  if (typeof precision === 'string') return { row: r, why: precision };
  // Megatron-Bridge rows: fsdp > 0 is the Megatron-FSDP group (parameters, gradients and optimizer state sharded).
  const megatronFsdp = Number(r['fsdp']) > 0;
  const gpus = int(r['num_gpus']);
  const [L, h, a, f, V, s, gbs, mbs] = ['layers', 'hidden', 'heads', 'ffn', 'vocab', 'seq_len', 'global_batch', 'micro_batch'].map((k) => int(r[k]));
  if (!gpus || !L || !h || !a || !f || !V || !s || !gbs || !mbs) return { row: r, why: 'a shape, batch or GPU count is missing' };
  const deg = (k: string) => int(r[k]) ?? 1;
  const tp = deg('tp');
  const pp = deg('pp');
  const vp = deg('vp');
  // Stages that do not divide the layers: Megatron-Bridge's recipes count the embedding and the loss as a layer each.
  const chunks = pp * vp;
  // Megatron-Bridge's DeepSeek-V3 recipes lay the 61 layers out by PP × VPP: for 8 × 4 "Et|(tt|)*30mL" (embedding with one layer,
  // thirty stages of two, MTP and loss alone); for the others its layout_map (src/megatron/bridge/recipes/deepseek/deepseek_v3.py):
  // 16 chunks: embedding and four layers, fourteen of four, one layer with the MTP and the loss; 8 chunks: eight, six of eight, five.
  const DEEPSEEK_V3_LAYOUTS: Readonly<Record<string, string>> = {
    '8x4': 'Et|(tt|)*30mL',
    '16x1': 'Et*4|(t*4|)*14tmL',
    '8x2': 'Et*4|(t*4|)*14tmL',
    '4x4': 'Et*4|(t*4|)*14tmL',
    '8x1': 'Et*8|(t*8|)*6t*5mL',
    '4x2': 'Et*8|(t*8|)*6t*5mL',
    '4x1': 'Et*16|t*16|t*16|t*13mL',
  };
  const layoutString = r['model_key'] === 'deepseek-v3' ? DEEPSEEK_V3_LAYOUTS[`${pp}x${vp}`] : undefined;
  const uneven = !layoutString && L % chunks !== 0;
  if (!layoutString && uneven && (L + 2) % chunks !== 0)
    return { row: r, why: 'a pipeline layout string (stages of unequal layers) not published with the row' };
  const layout = [
    `--tensor-model-parallel-size ${tp}`,
    `--pipeline-model-parallel-size ${pp}`,
    ...(vp > 1 ? [`--virtual-pipeline-model-parallel-size ${vp}`] : []),
    ...(uneven ? ['--account-for-embedding-in-pipeline-split', '--account-for-loss-in-pipeline-split'] : []),
    ...(layoutString ? [`--pipeline-model-parallel-layout "${layoutString}"`] : []),
    `--context-parallel-size ${deg('cp')}`,
    `--expert-model-parallel-size ${deg('ep')}`,
    // Megatron-Bridge's MoE recipes set expert-TP 1 where the table leaves it blank; NeMo 2.0's (mixtral_8x22b_64k.py and the
    // rest) set none, so Megatron-Core's default holds: expert-TP = TP.
    ...(int(r['etp'])
      ? [`--expert-tensor-parallel-size ${deg('etp')}`]
      : deg('ep') > 1
        ? [`--expert-tensor-parallel-size ${r['source_id'] === 'MBRIDGE_PERF' ? 1 : tp}`]
        : []),
    ...(tp > 1 ? ['--sequence-parallel', '--tp-comm-overlap'] : []),
  ];
  const text = [
    `torchrun --nnodes ${Math.max(1, Math.ceil(gpus / 8))} --nproc-per-node ${Math.min(8, gpus)} pretrain_gpt.py`,
    `--num-layers ${L}`,
    `--hidden-size ${h}`,
    `--num-attention-heads ${a}`,
    `--ffn-hidden-size ${f}`,
    `--vocab-size ${V}`,
    `--seq-length ${s}`,
    `--max-position-embeddings ${s}`,
    `--micro-batch-size ${mbs}`,
    `--global-batch-size ${gbs}`,
    ...arch,
    ...precision,
    ...layout,
    ...(megatronFsdp ? ['--use-megatron-fsdp', '--data-parallel-sharding-strategy optim_grads_params'] : ['--use-distributed-optimizer']),
    ...(bridgeOverlapsGradReduce(r) ? ['--overlap-grad-reduce'] : []),
    '--overlap-param-gather',
    ...(r['source_id'] === 'MBRIDGE_PERF' ? bridgePerformanceFlags(r, megatronFsdp) : []),
    ...nemoMoeFlags(r),
    ...recomputeFlags(r['recompute'] ?? ''),
  ].join(' \\\n  ');
  const cluster = clusterFromFile({ accelerator }, { value: 'calibration', source: { kind: 'override', reason: { id: 'prov.whatIf', args: {} } } }, gpus);
  const [a0] = analyzeFiles([{ path: 'pretrain.sh', text }], { cluster });
  const spec = a0?.spec;
  if (!spec?.model) return { row: r, why: `not read: ${a0?.findings.find((x) => x.severity === 'error')?.message.id ?? 'no model'}` };
  const plan = planFromSpec(spec as Parameters<typeof planFromSpec>[0], cluster);
  const broken = [...degreeViolations(plan.layout, plan.workload, gpus), ...batchViolations(plan.layout, plan.workload)];
  if (broken.length) return { row: r, why: `layout rejected: ${broken[0]!.message.id}` };
  // The step time even where the memory model says the layout does not fit (it ran: the memory is calibrated elsewhere).
  const step = stepModel(plan.layout, plan.workload, cluster, 'causal');
  const fits = a0?.analysis?.cluster.memory.fits ?? false;
  printStep(r, step, a0?.analysis?.cluster.memory);
  return { row: r, predicted: step.throughput.tokensPerSecondPerGpu, published, moe: Boolean(r['moe']), fits };
}

/**
 * What Megatron-Bridge's performance scripts set on every run of theirs, as Megatron-LM flags: gradients reduced in bf16
 * (scripts/performance/utils/overrides.py: grad_reduce_in_fp32=False); FP8 current-scaling runs' weights in FP8
 * (fp8_param_gather=True, the same file); the Megatron-FSDP runs of Llama 3 70B and 3.1 405B on GB200 offload activations to
 * the host (the workload base configs' cpu_offloading_num_layers: 40 for 70B, llama3_workload_base_configs.py; 95 for 405B in
 * 25.09, llama31 workload_base_configs.py).
 */
function bridgePerformanceFlags(r: Row, megatronFsdp: boolean): string[] {
  const offloaded = megatronFsdp && /gb200/i.test(r['gpu'] ?? '') ? { 'llama3-70b': 40, 'llama3.1-405b': 95 }[r['model_key'] ?? ''] : undefined;
  return [
    '--grad-reduce-in-bf16',
    ...(/FP8-CS|current scaling/i.test(r['precision'] ?? '') ? ['--fp8-param-gather'] : []),
    ...(offloaded ? ['--cpu-offloading', `--cpu-offloading-num-layers ${offloaded}`] : []),
    ...bridgeMoeFlags(r),
  ];
}

/**
 * The MoE dispatch and overlap Megatron-Bridge's performance configs ran a row with, where their history states it
 * (bench/mbridge-moe-configs.md: scripts/performance/configs/*_workload_base_configs.py and utils/overrides.py;
 * moe_flex_dispatcher_backend "hybridep" or "deepep" with moe_token_dispatcher_type "flex"; moe_a2a_overlap as
 * overlap_moe_expert_parallel_comm with delay_wgrad_compute):
 * - DeepSeek-V3 on 256 B200 in 26.04.01 (PR #3368, "b200 DSv3 better cfg"): DeepEP across the 4 nodes of its EP 32, the A2A
 *   overlapped;
 * - the 26.06 GB200 recipes (PRs #4211, #4249 Qwen3, #4173 GPT-OSS, #4226 DeepSeek-V3): HybridEP, the A2A overlapped (with
 *   full-iteration CUDA graphs);
 * - earlier GB200 runs and the B200 Qwen3-30B-A3B ones from 26.04 (PR #2499): HybridEP, nothing overlapped, with Transformer
 *   Engine's CUDA graphs of attention, the router and its preprocessing (the MXFP8 Qwen3-30B-A3B on GB200: the router's alone),
 *   as the earliest stored configs have them (commit=f29a269, commit=f0e2c37; the same on DeepSeek-V3 on B200 in 26.04.01);
 *   Qwen3-235B-A22B on B200 the alltoall dispatcher (qwen3_llm_pretrain.py's b200 branch), on H100 the alltoall dispatcher
 *   overlapped (its h100 branch: moe_flex_dispatcher_backend None, moe_a2a_overlap True); Qwen3-30B-A3B and Nemotron 3 Nano
 *   on H100 HybridEP, Nemotron 3 Nano on B200 and GB200 HybridEP with graphs of attention, Mamba, the router and its
 *   preprocessing (PR #2662); GPT-OSS 120B in BF16 below;
 * - DeepSeek-V3 on 1,024 H100 in 25.09 (scripts/performance/configs/deepseek/deepseek_v3_llm_pretrain.py of that layout): DeepEP,
 *   which that file turns on together with the force-balanced routing the published table's footnote states (its H100 runs are
 *   "dropless"; only DeepEP runs force-balance there), the A2A not overlapped (a2a_1f1b is the BF16 config's alone), and the
 *   MLA up-projections and the MLPs recomputed (workload_base_configs.py DEEPSEEK_V3_H100_*: recompute_modules
 *   ["mla_up_proj", "mlp"]).
 */
function bridgeMoeFlags(r: Row): string[] {
  if (!r['moe'] || r['source_id'] !== 'MBRIDGE_PERF') return [];
  const key = r['model_key'] ?? '';
  const gpu = acceleratorOf(r['gpu'] ?? '');
  const [major, minor] = version(r['software'] ?? '');
  const release = (major ?? 0) * 100 + (minor ?? 0);
  const overlap = ['--overlap-moe-expert-parallel-comm', '--delay-wgrad-compute'];
  if (key === 'deepseek-v3' && gpu === 'h100-sxm' && release <= 2509)
    return [
      '--moe-token-dispatcher-type flex',
      '--moe-flex-dispatcher-backend deepep',
      '--recompute-granularity selective',
      '--recompute-modules mla_up_proj mlp',
    ];
  const teGraphs = ['--cuda-graph-impl transformer_engine', '--cuda-graph-scope attn moe_router moe_preprocess'];
  if (key === 'deepseek-v3' && gpu === 'b200' && release === 2604 && Number(r['ep']) === 32)
    return ['--moe-token-dispatcher-type flex', '--moe-flex-dispatcher-backend deepep', ...overlap, ...teGraphs];
  // (HybridEP with 32 SMs: overrides.py's _set_common_perf_overrides sets moe_hybridep_num_sms = 32 wherever it is the backend.)
  const hybridep = ['--moe-token-dispatcher-type flex', '--moe-flex-dispatcher-backend hybridep', '--moe-hybridep-num-sms 32'];
  // (With full-iteration CUDA graphs: set_full_iter_cg_configs, cuda_graph_impl "full_iteration" as Megatron-LM's local one.)
  if (gpu === 'gb200-nvl72' && release >= 2606) return [...hybridep, ...overlap, '--cuda-graph-impl local', '--cuda-graph-scope full_iteration'];
  // GPT-OSS 120B in BF16 before 26.06 (gpt_oss_workload_base_configs.py, commit=07eea52: no flex backend, so the recipe's
  // alltoall, gpt_oss.py; the GB200 V2 with moe_a2a_overlap, PR #3561 "switch GPT-OSS GB200 V2 dispatcher default to alltoall";
  // on B200, issue #3387: "changing back to moe_token_dispatcher_type="alltoall" recovers the regression").
  // (Each with the layernorm and moe_act recompute of its V1 config, recompute_modules=["layernorm","moe_act"], where the row
  // does not state it.)
  if (key === 'gpt-oss-120b')
    return [
      '--moe-token-dispatcher-type alltoall',
      ...(gpu === 'gb200-nvl72' && release >= 2604 ? overlap : []),
      ...(r['recompute'] ? [] : ['--recompute-granularity selective', '--recompute-modules layernorm moe_act']),
    ];
  if (key === 'qwen3-235b-a22b' && gpu === 'b200') return ['--moe-token-dispatcher-type alltoall'];
  if (key === 'qwen3-235b-a22b' && gpu === 'h100-sxm') return ['--moe-token-dispatcher-type alltoall', ...overlap];
  if ((key === 'qwen3-30b-a3b' || /nemotron-3-nano/.test(key)) && gpu === 'h100-sxm') return hybridep;
  if (/nemotron-3-nano/.test(key)) return [...hybridep, '--cuda-graph-impl transformer_engine', '--cuda-graph-scope attn mamba moe_router moe_preprocess'];
  if (key === 'qwen3-30b-a3b' && gpu === 'b200' && release >= 2604) return [...hybridep, ...teGraphs];
  if (gpu === 'gb200-nvl72' && (key === 'qwen3-235b-a22b' || key === 'deepseek-v3')) return [...hybridep, ...teGraphs];
  if (gpu === 'gb200-nvl72' && key === 'qwen3-30b-a3b')
    return [
      ...hybridep,
      '--cuda-graph-impl transformer_engine',
      `--cuda-graph-scope ${precisionClass(r['precision'] ?? '') === 'FP8' && /MX/i.test(r['precision'] ?? '') ? '' : 'attn '}moe_router moe_preprocess`,
    ];
  if (gpu === 'gb200-nvl72') return hybridep;
  return [];
}

/**
 * NeMo 2.0's MoE performance runs (Mixtral 8x7B and 8x22B, Llama 4 Scout): the alltoall dispatcher of their configs
 * (nemo/collections/llm/gpt/model/mixtral.py MixtralConfig, llama4's Llama4Config: moe_token_dispatcher_type "alltoall") with
 * token drop and padding, which their performance mode adds (pretrain_performance_optimizations: MegatronTokenDropCallback,
 * whose defaults are moe_expert_capacity_factor 1.0 and moe_pad_expert_input_to_capacity True; moe_token_drop.py).
 */
function nemoMoeFlags(r: Row): string[] {
  if (!r['moe'] || !/^NEMOFW_/.test(r['source_id'] ?? '')) return [];
  return ['--moe-token-dispatcher-type alltoall', '--moe-expert-capacity-factor 1.0', '--moe-pad-expert-input-to-capacity'];
}

/** Whether a Megatron-Bridge run overlapped its gradient reduce: every perf config does but DeepSeek-V3's on H100 (25.09's
 * deepseek_v3_llm_pretrain.py: cfg.comm_overlap.overlap_grad_reduce = False). */
function bridgeOverlapsGradReduce(r: Row): boolean {
  return !(r['source_id'] === 'MBRIDGE_PERF' && r['model_key'] === 'deepseek-v3' && acceleratorOf(r['gpu'] ?? '') === 'h100-sxm');
}

/**
 * An llm-foundry benchmark row as the YAML it ran (scripts/train/benchmarking: the MPT yaml with d_model, n_heads, n_layers,
 * expansion_ratio 4, the sequence, micro and global batch, amp_bf16 / amp_fp8, FSDP FULL_SHARD over every GPU, checkpointing
 * as the row says), read by the product's llm-foundry reader.
 */
function llmFoundryRow(r: Row, published: number, accelerator: string): Result {
  const gpus = int(r['num_gpus']);
  const [L, h, a, s, gbs, mbs] = ['layers', 'hidden', 'heads', 'seq_len', 'global_batch', 'micro_batch'].map((k) => int(r[k]));
  if (!gpus || !L || !h || !a || !s || !gbs || !mbs) return { row: r, why: 'a shape, batch or GPU count is missing' };
  const sharding = /^(FULL_SHARD|SHARD_GRAD_OP)/.exec(r['fsdp'] ?? '')?.[1];
  if (!sharding) return { row: r, why: `FSDP ${r['fsdp'] || 'not stated'}` };
  const text = [
    `max_seq_len: ${s}`,
    'model:',
    '  name: mpt_causal_lm',
    `  d_model: ${h}`,
    `  n_heads: ${a}`,
    `  n_layers: ${L}`,
    '  expansion_ratio: 4',
    `  max_seq_len: ${s}`,
    `  vocab_size: ${r['vocab']}`,
    `global_train_batch_size: ${gbs}`,
    `device_train_microbatch_size: ${mbs}`,
    `precision: ${/FP8/i.test(r['precision'] ?? '') ? 'amp_fp8' : 'amp_bf16'}`,
    'fsdp_config:',
    `  sharding_strategy: ${sharding}`,
    `  activation_checkpointing: ${/^full/.test(r['recompute'] ?? '') ? 'true' : 'false'}`,
  ].join('\n');
  const cluster = clusterFromFile({ accelerator }, { value: 'calibration', source: { kind: 'override', reason: { id: 'prov.whatIf', args: {} } } }, gpus);
  const [a0] = analyzeFiles([{ path: 'mpt.yaml', text }], { cluster });
  const spec = a0?.spec;
  if (!spec?.model) return { row: r, why: `not read: ${a0?.findings.find((x) => x.severity === 'error')?.message.id ?? 'no model'}` };
  const plan = planFromSpec(spec as Parameters<typeof planFromSpec>[0], cluster);
  const step = stepModel(plan.layout, plan.workload, cluster, 'causal');
  printStep(r, step, a0?.analysis?.cluster.memory);
  return { row: r, predicted: step.throughput.tokensPerSecondPerGpu, published, moe: false, fits: a0?.analysis?.cluster.memory.fits ?? false };
}

/** CALIBRATE_STEPS=608,41: print those rows' step breakdowns. */
function printStep(r: Row, step: StepModel, memory?: MemoryBreakdown): void {
  if (!(process.env['CALIBRATE_STEPS'] ?? '').split(',').includes(r['row_id'] ?? '')) return;
  const t = step.throughput;
  console.log(
    `${
      memory
        ? `row ${r['row_id']} memory (GB): ${Object.entries(memory)
            .filter(([, v]) => typeof v === 'number')
            .map(([k, v]) => `${k} ${((v as number) / 1e9).toFixed(1)}`)
            .join(', ')}\n`
        : ''
    }row ${r['row_id']}: step ${t.stepSeconds.toFixed(3)} s, compute ${t.computeSeconds.toFixed(3)} (recompute ${t.recomputeSeconds.toFixed(3)}, elementwise ${t.elementwiseSeconds.toFixed(3)}), bubble ${t.bubbleSeconds.toFixed(3)}, exposed comm ${t.exposedCommSeconds.toFixed(3)}, efficiency ${t.efficiency.toFixed(2)}, MFU ${(t.mfu * 100).toFixed(1)} %; ${step.comm.map((e) => `${e.dimension} ${e.exposedSeconds.toFixed(3)}/${e.linkSeconds.toFixed(3)} s`).join(', ')}`,
  );
}

/** A release's version as numbers (NeMo 26.04.01 → [26, 4, 1]). */
function version(software: string): number[] {
  return (/(\d+)\.(\d+)(?:\.(\d+))?/.exec(software) ?? []).slice(1).map((v) => Number(v ?? 0));
}

/**
 * The rows of the latest software release of their stack (Megatron-Core: NeMo and Megatron-Bridge containers) for the same
 * model, accelerator and precision: the same layout changes by up to 2× between releases, and the model is judged on the latest.
 */
/** BF16, FP8 (delayed, current scaling, blockwise, MXFP8) or NVFP4: what a row's precision column runs its GEMMs in. */
function precisionClass(p: string): 'BF16' | 'FP8' | 'NVFP4' {
  return /^BF16/.test(p) ? 'BF16' : /NVFP4/i.test(p) ? 'NVFP4' : 'FP8';
}

function latestReleases(
  xs: readonly Result[],
  key = (x: Result) => `${x.row['model_key']}|${acceleratorOf(x.row['gpu'] ?? '')}|${precisionClass(x.row['precision'] ?? '')}`,
): Set<Result> {
  const newer = (a: number[], b: number[]) => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
    return false;
  };
  const best = new Map<string, number[]>();
  for (const x of xs) {
    const v = version(x.row['software'] ?? '');
    const k = key(x);
    if (!best.has(k) || newer(v, best.get(k)!)) best.set(k, v);
  }
  return new Set(xs.filter((x) => version(x.row['software'] ?? '').join('.') === best.get(key(x))!.join('.')));
}

export function throughputCalibration(): void {
  const results = rows().map(predict);
  const pretrain = results.filter((x) => x.row['task'] === 'pretrain');
  const done = results.filter((x) => x.predicted !== undefined);
  console.log(
    `\nTraining throughput: ${done.length} of ${pretrain.length} pre-training rows expressible (${((100 * done.length) / pretrain.length).toFixed(0)} %)\n`,
  );
  const latest = latestReleases(done);
  console.log('row  source             model                 GPU    GPUs  precision  TP PP VP CP EP   predicted  published     error   (tokens/s/GPU)');
  for (const x of done) {
    const r = x.row;
    const err = (x.predicted! - x.published!) / x.published!;
    console.log(
      `${r['row_id']!.padStart(3)}  ${r['source_id']!.slice(0, 17).padEnd(17)}  ${(r['model_key'] ?? '').slice(0, 20).padEnd(20)}  ${acceleratorOf(
        r['gpu'] ?? '',
      )!
        .slice(0, 5)
        .padEnd(
          5,
        )}  ${r['num_gpus']!.padStart(4)}  ${(r['precision'] ?? '').slice(0, 9).padEnd(9)}  ${['tp', 'pp', 'vp', 'cp', 'ep'].map((k) => (/^\d+$/.test(r[k] ?? '') ? r[k]! : '1').padStart(2)).join(' ')}  ${x.predicted!.toFixed(0).padStart(9)}  ${x.published!.toFixed(0).padStart(9)}  ${pct(err).padStart(8)}${x.fits ? '' : '  (memory: predicted not to fit)'}${latest.has(x) ? '' : '  (superseded)'}`,
    );
  }
  const summary = (label: string, xs: Result[]) => {
    const errs = xs.map((x) => Math.abs((x.predicted! - x.published!) / x.published!));
    if (errs.length)
      console.log(
        `  ${label.padEnd(34)} rows ${String(errs.length).padStart(3)}  median ${pct(quantile(errs, 0.5))}  p90 ${pct(quantile(errs, 0.9))}  max ${pct(Math.max(...errs))}`,
      );
  };
  // Dense and MoE rows apart.
  const kinds = (xs: Result[]) => {
    summary(
      'dense',
      xs.filter((x) => !x.moe),
    );
    summary(
      'MoE',
      xs.filter((x) => x.moe),
    );
  };
  console.log('\nby kind, source, accelerator and precision (|error| of tokens/s per GPU)');
  kinds(done);
  for (const s of [...new Set(done.map((x) => x.row['source_id']!))])
    summary(
      s,
      done.filter((x) => x.row['source_id'] === s),
    );
  for (const g of [...new Set(done.map((x) => acceleratorOf(x.row['gpu'] ?? '')!))]) {
    summary(
      g,
      done.filter((x) => acceleratorOf(x.row['gpu'] ?? '') === g),
    );
    summary(
      `${g} dense`,
      done.filter((x) => acceleratorOf(x.row['gpu'] ?? '') === g && !x.moe),
    );
  }
  for (const p of ['BF16', 'FP8', 'NVFP4'])
    summary(
      p,
      done.filter((x) => precisionClass(x.row['precision'] ?? '') === p),
    );
  summary('all', done);
  const byKind = (title: string, xs: Result[]) => {
    console.log(`\n${title}`);
    kinds(xs);
    summary('all', xs);
  };
  byKind("the latest release of each stack per model, GPU and precision (the issue's measure)", [...latest]);
  // The strictest reading: only each source's newest release (Megatron-Bridge 26.08: GB200 alone; older B200 and H100 rows out).
  byKind('the newest release of each source only', [...latestReleases(done, (x) => x.row['source_id'] ?? '')]);
  console.log('\nnot expressed:');
  const reasons = new Map<string, number>();
  for (const x of results.filter((y) => y.predicted === undefined)) reasons.set(x.why!, (reasons.get(x.why!) ?? 0) + 1);
  if (process.env['CALIBRATE_WHY'])
    for (const x of results.filter((y) => y.predicted === undefined)) console.log(`  row ${x.row['row_id']} ${x.row['model_key']}: ${x.why}`);
  for (const [why, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${why}`);
}
