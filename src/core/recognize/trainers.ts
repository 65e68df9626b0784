/** Which trainer each family's files are run by: its defaults and how a layout is written back (recognize/trainer.ts). */
import type { Family } from './common';
import { dataParallelDefaults, hfTrainerDefaults, NO_TRAINER, type Trainer } from './trainer';
import { MEGATRON_TRAINER } from './megatron';
import { NEMO_TRAINER } from './nemo';
import { AXOLOTL_TRAINER } from './axolotl';
import { MAXTEXT_TRAINER } from './maxtext';
import { NEOX_TRAINER } from './neox';
import { PEFT_TRAINER } from './peft';
import { LLAMAFACTORY_TRAINER } from './llamafactory';
import { TORCHTUNE_TRAINER } from './torchtune';
import { LAUNCHER_TRAINER } from './launcher';
import { LLMFOUNDRY_TRAINER } from './llmfoundry';
import { NANOTRON_TRAINER } from './nanotron';
import { LEVANTER_TRAINER } from './levanter';
import { MLXLM_TRAINER } from './mlxLm';

const TRAINERS: Readonly<Record<Family, Trainer>> = {
  hf: NO_TRAINER,
  deepseek: NO_TRAINER,
  mistral: NO_TRAINER,
  generic: NO_TRAINER,
  wandb: NO_TRAINER,
  hydra: NO_TRAINER,
  raytune: NO_TRAINER,
  t5x: NO_TRAINER,
  megatron: MEGATRON_TRAINER,
  nemo: NEMO_TRAINER,
  axolotl: AXOLOTL_TRAINER,
  maxtext: MAXTEXT_TRAINER,
  neox: NEOX_TRAINER,
  deepspeed: { defaults: dataParallelDefaults('DeepSpeed') },
  // torchtitan: TP always with sequence parallelism (parallelize.py: SequenceParallel on the norms); the loss on an fp32
  // upcast of the logits (components/loss.py cross_entropy(pred.float())); selective_ac_option defaults to "2" (job_config.py);
  // the data-parallel ranks shard with FSDP2 (data_parallel_shard_degree -1 unless set; 2024's data_parallel_degree too).
  torchtitan: {
    defaults: {
      ...dataParallelDefaults('torchtitan'),
      sequenceParallel: true,
      loss: 'fp32',
      selectiveRecompute: { everyLayers: 2 },
      freesGradients: true,
      shardsWhenDistributed: true,
    },
  },
  // LitGPT's chunked_cross_entropy works on the logits' own dtype; Fabric's FSDP loads a consolidated checkpoint on every rank;
  // its scripts run DDP or FSDP alone.
  // litgpt/model.py: RMSNorm on an fp32 copy with the scale in fp32, one fused qkv linear, keys and values
  // expanded before SDPA; Lightning's BitsandbytesPrecision quantizes every nn.Linear, lm_head included, from an fp16 copy.
  litgpt: {
    defaults: {
      ...dataParallelDefaults('LitGPT'),
      loss: 'native',
      freesGradients: true,
      fullStateLoad: true,
      norm: 'eager-fp32-scale',
      fusedQkv: true,
      expandKv: true,
      quantizeHead: true,
      quantizedFromHalf: true,
      dataParallelOnly: true,
    },
  },
  // OLMo (FSDP), nanoGPT (DDP): data parallelism alone.
  olmo: { defaults: { ...dataParallelDefaults('OLMo'), freesGradients: true, dataParallelOnly: true } },
  nanogpt: { defaults: { ...dataParallelDefaults('nanoGPT'), freesGradients: true, dataParallelOnly: true } },
  // llm-baselines: nanoGPT's loop (DDP, F.cross_entropy on the logits, zero_grad(set_to_none=True)).
  'llm-baselines': { defaults: { ...dataParallelDefaults('llm-baselines'), freesGradients: true, dataParallelOnly: true } },
  // GaLore's torchrun_main.py: DDP, zero_grad() after each step (set_to_none by default).
  galore: { defaults: { ...dataParallelDefaults('GaLore'), freesGradients: true, dataParallelOnly: true } },
  // RWKV-LM's train.py (and RWKV-PEFT's): PyTorch Lightning, data parallel, ZeRO as --strategy deepspeed_stage_N says.
  rwkv: { defaults: { ...dataParallelDefaults('RWKV-LM'), dataParallelOnly: true } },
  // llm.c: its own CUDA trainer, data parallel over MPI processes (ZeRO-1 with -z 1).
  llmc: { defaults: { ...dataParallelDefaults('llm.c'), dataParallelOnly: true } },
  // OpenLM's main.py: DDP, or FSDP with --fsdp (the model sharded over every process), data parallel alone.
  // fairseq's train.py: DDP (or its fully_sharded backend), data parallel alone here.
  fairseq: { defaults: { ...dataParallelDefaults('fairseq'), dataParallelOnly: true } },
  // EasyLM: JAX on a dp × fsdp × mp mesh (the parameters sharded over fsdp).
  easylm: { defaults: dataParallelDefaults('EasyLM') },
  openlm: { defaults: { ...dataParallelDefaults('OpenLM'), freesGradients: true, dataParallelOnly: true } },
  llmfoundry: LLMFOUNDRY_TRAINER,
  nanotron: NANOTRON_TRAINER,
  levanter: LEVANTER_TRAINER,
  peft: PEFT_TRAINER,
  llamafactory: LLAMAFACTORY_TRAINER,
  torchtune: TORCHTUNE_TRAINER,
  mlxlm: MLXLM_TRAINER,
  // picotron: its own 4D trainer; F.cross_entropy on the bf16 logits, gradients set to None by zero_grad().
  picotron: { defaults: { ...dataParallelDefaults('picotron'), loss: 'native', freesGradients: true } },
  launcher: LAUNCHER_TRAINER,
  // A training loop of a script's own over a transformers model (AdamW(model.parameters()), loss.backward()): the model's own
  // loss (its fp32 upcast of the logits) and norms, gradients set to None by zero_grad() (PyTorch 2's default), data parallel at
  // most, and 16-bit only where the script loads or casts the model so.
  pytorch: { defaults: hfTrainerDefaults('PyTorch') },
  accelerate: LAUNCHER_TRAINER,
};

export function trainerOf(family: Family | undefined): Trainer {
  return family ? TRAINERS[family] : NO_TRAINER;
}
