#!/bin/bash
# Llama-3-8B-shaped pretraining on one node of 8 GPUs with Transformer Engine's MXFP8 recipe (Blackwell only).
GPUS_PER_NODE=8

torchrun --nnodes 1 --nproc-per-node $GPUS_PER_NODE pretrain_gpt.py \
    --num-layers 32 \
    --hidden-size 4096 \
    --ffn-hidden-size 14336 \
    --num-attention-heads 32 \
    --group-query-attention \
    --num-query-groups 8 \
    --kv-channels 128 \
    --swiglu \
    --normalization RMSNorm \
    --position-embedding-type rope \
    --untie-embeddings-and-output-weights \
    --disable-bias-linear \
    --seq-length 4096 \
    --max-position-embeddings 4096 \
    --vocab-size 128256 \
    --tensor-model-parallel-size 1 \
    --micro-batch-size 1 \
    --global-batch-size 128 \
    --bf16 \
    --fp8-format e4m3 \
    --fp8-recipe mxfp8 \
    --use-distributed-optimizer \
    --overlap-grad-reduce \
    --overlap-param-gather \
    --recompute-granularity selective
