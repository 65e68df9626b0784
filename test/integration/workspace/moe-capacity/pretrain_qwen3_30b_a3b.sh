#!/bin/bash
# Qwen3-30B-A3B shapes on two nodes of H100, experts padded to a capacity of 1.25 (Megatron-LM's token-dropping MoE).
torchrun --nnodes 2 --nproc-per-node 8 pretrain_gpt.py \
  --num-layers 48 --hidden-size 2048 --ffn-hidden-size 6144 --num-attention-heads 32 --group-query-attention --num-query-groups 4 \
  --kv-channels 128 --qk-layernorm --swiglu --normalization RMSNorm --untie-embeddings-and-output-weights --disable-bias-linear \
  --position-embedding-type rope --vocab-size 151936 \
  --num-experts 128 --moe-router-topk 8 --moe-ffn-hidden-size 768 --moe-grouped-gemm \
  --moe-expert-capacity-factor 1.25 --moe-pad-expert-input-to-capacity \
  --seq-length 4096 --max-position-embeddings 4096 \
  --micro-batch-size 1 --global-batch-size 256 --bf16 \
  --tensor-model-parallel-size 1 --expert-model-parallel-size 16 --expert-tensor-parallel-size 1 \
  --use-distributed-optimizer --overlap-grad-reduce
