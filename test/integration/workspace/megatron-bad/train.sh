#!/bin/bash
# Llama-3-8B shapes with a tensor-parallel degree that does not divide the 32 heads.
TP=3
PP=1
torchrun --nnodes 1 --nproc-per-node 6 pretrain_gpt.py \
  --num-layers 32 --hidden-size 4096 --ffn-hidden-size 14336 \
  --num-attention-heads 32 --group-query-attention --num-query-groups 8 \
  --swiglu --normalization RMSNorm --disable-bias-linear --untie-embeddings-and-output-weights \
  --position-embedding-type rope --vocab-size 128256 --seq-length 8192 \
  --micro-batch-size 1 --global-batch-size 64 --bf16 \
  --tensor-model-parallel-size $TP --pipeline-model-parallel-size $PP
