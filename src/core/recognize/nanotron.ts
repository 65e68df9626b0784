/**
 * Nanotron's YAML (its config/config.py Config: `model.model_config`, `parallelism`, `tokens`, `optimizer`), read as Nanotron reads
 * it: the model its `model_config` describes (its keys are the Hugging Face config's; read by their common names, with the MLP
 * biases its LlamaConfig and Qwen2Config models never have), `model.dtype`, ParallelismArgs' `dp` / `tp` / `pp` / `context_parallel_size`
 * / `expert_parallel_size`, `tp_mode` (REDUCE_SCATTER is sequence parallelism), `recompute_layer`; TokensArgs' `sequence_length`,
 * `micro_batch_size`, `batch_accumulation_per_replica` (× dp: the global batch), `train_steps`; OptimizerArgs' `zero_stage` (0, or 1:
 * the optimizer state sharded over dp) and `accumulate_grad_in_fp32` (an fp32 copy of the weights the optimizer steps, and fp32
 * gradients accumulated and all-reduced: its FP32GradientAccumulator; otherwise the optimizer steps the 16-bit weights), its
 * optimizer_factory's name.
 */
import { derived, finding, fromFact } from '../types';
import { as } from './adapter';
import { classDefault, defined, FactReader, mapped, optimizerOf, precisionOf, type FileRecognition, type RecognizeContext, type TrainingPart } from './common';
import { recognizeGeneric } from './generic';
import { dataParallelDefaults, type Trainer } from './trainer';

export function isNanotron(r: FactReader): boolean {
  return (
    r.has('parallelism.dp') && r.has('tokens.micro_batch_size') && (r.has('optimizer.zero_stage') || r.keys().some((k) => k.startsWith('model.model_config.')))
  );
}

/**
 * Nanotron's model classes whose MLP has no biases whatever the config says (nanotron/models/llama.py and qwen.py build
 * gate_up_proj and down_proj with bias=False), marked in model_config by a flag (nanotron/config/models_config.py).
 */
const CLASSES: Readonly<Record<string, string>> = { is_llama_config: "Nanotron's LlamaConfig", is_qwen2_config: "Nanotron's Qwen2Config" };

export function recognizeNanotron(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const model = modelOf(ctx);
  const bool = (key: string) => r.bool([key]);
  const zero = r.int(['optimizer.zero_stage'], { min: 0, max: 3 });
  const fp32 = bool('optimizer.accumulate_grad_in_fp32');
  const recompute = bool('parallelism.recompute_layer');
  const tpMode = r.str(['parallelism.tp_mode']);
  const dtype = r.str(['model.dtype']);
  const training: TrainingPart = defined({
    seqLen: r.int(['tokens.sequence_length']),
    microBatch: r.int(['tokens.micro_batch_size']),
    gradAccum: r.int(['tokens.batch_accumulation_per_replica']),
    trainIters: r.int(['tokens.train_steps']),
    precision: mapped(dtype, precisionOf),
    optimizer: mapped(r.str(['optimizer.optimizer_factory.name']), optimizerOf),
    recompute: recompute ? as(recompute, recompute.value ? ('full' as const) : ('none' as const)) : undefined,
    // ZeRO-1 (its only sharding): the optimizer state over data parallel.
    distributedOptimizer: zero ? as(zero, zero.value >= 1) : undefined,
    fp32Grads: fp32,
    masterWeights: fp32,
  });
  const degree = (key: string) => r.int([`parallelism.${key}`]);
  const parallel = defined({
    dp: degree('dp'),
    tp: degree('tp'),
    pp: degree('pp'),
    cp: degree('context_parallel_size'),
    ep: degree('expert_parallel_size'),
    sp: tpMode ? as(tpMode, /^REDUCE_SCATTER$/i.test(tpMode.value)) : undefined,
  });
  // Nanotron's zero_stage is 0 or 1: a higher stage is its config's error.
  if (zero && zero.value > 1 && zero.source.kind === 'fact')
    r.findings.push(finding('value-type', 'error', { id: 'nanotron.zeroStage', args: { value: zero.value } }, { file: ctx.file, range: zero.source.range }));
  return {
    ...model,
    family: 'nanotron',
    training: { ...model.training, ...training },
    parallel: { ...model.parallel, ...parallel },
    findings: [...model.findings, ...r.findings],
  };
}

/** The model of `model.model_config`, by its keys' common names (recognize/generic.ts), with what its model class fixes. */
function modelOf(ctx: RecognizeContext): FileRecognition {
  const g = recognizeGeneric(ctx);
  const flag = ctx.facts.find(
    (f) => f.path.length === 3 && f.path[0] === 'model' && f.path[1] === 'model_config' && CLASSES[String(f.path[2])] && f.value === true,
  );
  const cls = flag ? CLASSES[String(flag.path[2])]! : undefined;
  const model =
    g.model && flag && cls
      ? {
          ...g.model,
          architecture: fromFact(cls, flag),
          ...(g.model.mlpBias.source.kind === 'assumed'
            ? { mlpBias: derived(false, { id: 'prov.architecture', args: { arch: cls } }, fromFact(true, flag)) }
            : {}),
        }
      : g.model;
  // Nanotron's Llama 4 (is_llama4_config with moe_config, nanotron/models/llama4.py): every layer's MLP a Llama4TextMoELayer, a
  // bias-free router h × num_experts, num_experts experts and one shared expert, each Nanotron's MLP of intermediate_size; top_k
  // experts a token. Its attention is Llama's, the head hidden / heads wide (head_dim not read).
  const cfg = (k: string) => ctx.facts.find((f) => f.path.join('.') === `model.model_config.${k}`);
  const llama4 = cfg('is_llama4_config');
  // (Or, as a fork writes its Llama4Config, Hugging Face's text_config: num_local_experts, num_experts_per_tok, experts of
  // intermediate_size on every interleave_moe_layer_step-th layer, the others dense MLPs of intermediate_size_mlp.)
  const experts = cfg('moe_config.num_experts') ?? cfg('text_config.num_local_experts');
  const topK = cfg('moe_config.top_k') ?? cfg('text_config.num_experts_per_tok');
  const step = cfg('text_config.interleave_moe_layer_step');
  const every = typeof step?.value === 'number' && step.value >= 1 ? step.value : 1;
  const expertWidth = cfg('moe_config.num_experts') ? undefined : cfg('text_config.intermediate_size');
  const denseWidth = cfg('text_config.intermediate_size_mlp');
  if (model && llama4?.value === true && experts && typeof experts.value === 'number' && experts.value > 1) {
    const why = { id: 'prov.architecture', args: { arch: "Nanotron's Llama4Config" } } as const;
    const arch = <T>(v: T) => derived(v, why, fromFact(true, llama4));
    const h = model.hidden.value;
    const heads = model.heads.value;
    Object.assign(model, {
      architecture: fromFact("Nanotron's Llama4Config", llama4),
      mlpBias: arch(false),
      ...(h % heads === 0 ? { headDim: derived(h / heads, { id: 'prov.headDim' }, model.hidden, model.heads) } : {}),
      ...(every > 1 && denseWidth && typeof denseWidth.value === 'number' ? { ffnWidth: fromFact(denseWidth.value, denseWidth) } : {}),
      moe: {
        experts: fromFact(experts.value, experts),
        topK: topK && typeof topK.value === 'number' ? fromFact(topK.value, topK) : arch(1),
        expertWidth: expertWidth && typeof expertWidth.value === 'number' ? fromFact(expertWidth.value, expertWidth) : model.ffnWidth,
        sharedExperts: arch(1),
        sharedWidth: expertWidth && typeof expertWidth.value === 'number' ? fromFact(expertWidth.value, expertWidth) : model.ffnWidth,
        sharedGate: arch(false),
        routerBias: arch(false),
        routerLinear: arch(true),
        layers:
          every > 1 && step
            ? derived(
                Array.from({ length: model.layers.value }, (_, i) => i).filter((i) => (i + 1) % every === 0),
                { id: 'prov.fromKey', args: { key: 'interleave_moe_layer_step' } },
                fromFact(every, step),
              )
            : arch(Array.from({ length: model.layers.value }, (_, i) => i)),
      },
    });
  }
  // Nanotron's Qwen2 MoE (is_qwen2_config with moe_config, nanotron/models/qwen.py and MoEConfig): num_experts experts of
  // moe_intermediate_size (intermediate_size unless set), top_k a token, a bias-free router h × num_experts, in the layers
  // moe_config.layers lists ([-1], its default: every one), a shared expert where enable_shared_expert says so. (A YAML that
  // writes moe_config twice, null then the block, is read as PyYAML reads it: the last.)
  const qwenMoe = cfg('is_qwen2_config');
  if (model && qwenMoe?.value === true && !model.moe && experts && typeof experts.value === 'number' && experts.value > 1) {
    const dflt = <T>(v: T, key: string) => classDefault(v, `moe_config.${key}`, "Nanotron's MoEConfig");
    const int = (k: string) => {
      const f = cfg(`moe_config.${k}`);
      return f && typeof f.value === 'number' && Number.isInteger(f.value) && f.value >= 1 ? fromFact(f.value, f) : undefined;
    };
    const listed = ctx.facts.filter((f) => f.path.join('.').startsWith('model.model_config.moe_config.layers') && typeof f.value === 'number');
    const values = listed.flatMap((f) => (Array.isArray(f.value) ? f.value : [f.value])).map(Number);
    const all = Array.from({ length: model.layers.value }, (_, i) => i);
    const layers =
      listed.length && !values.includes(-1)
        ? fromFact(
            all.filter((i) => values.includes(i)),
            listed[0]!,
          )
        : dflt(all, 'layers');
    const shared = cfg('moe_config.enable_shared_expert')?.value === true;
    Object.assign(model, {
      moe: {
        experts: fromFact(experts.value, experts),
        topK: int('top_k') ?? dflt(1, 'top_k'),
        expertWidth: int('moe_intermediate_size') ?? model.ffnWidth,
        sharedExperts: shared ? fromFact(1, cfg('moe_config.enable_shared_expert')!) : dflt(0, 'enable_shared_expert'),
        sharedWidth: int('shared_expert_intermediate_size') ?? model.ffnWidth,
        sharedGate: dflt(false, 'shared_expert_gate'),
        routerBias: dflt(false, 'router_bias'),
        routerLinear: dflt(true, 'router'),
        layers,
      },
    });
  }
  // Its keys are known, not guessed: the note says which were read, as Nanotron's.
  const findings = g.findings.map((f) => (f.message.id === 'generic.guessed' ? { ...f, message: { ...f.message, id: 'nanotron.read' as const } } : f));
  return { ...g, ...(model ? { model } : {}), training: {}, parallel: {}, findings };
}

/**
 * Nanotron: its own DDP (gradients reduced in buckets as the backward pass runs), ZeRO-1 or none as zero_stage says, tensor
 * parallelism with an all-reduce unless tp_mode is REDUCE_SCATTER, and pipeline parallelism; its loss a sharded cross entropy in
 * fp32 (nanotron/parallel/tensor_parallel/functional.py).
 */
export const NANOTRON_TRAINER: Trainer = {
  defaults: { ...dataParallelDefaults('Nanotron'), loss: 'fp32' },
};
