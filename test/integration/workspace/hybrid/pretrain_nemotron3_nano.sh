#!/bin/bash
# Nemotron 3 Nano 30B-A3B shapes (hybrid Mamba-2 / attention / MoE) pretraining on two nodes of 8 GPUs, FP8, EP over both nodes (HybridEP).
NNODES=2
GPUS_PER_NODE=8

MBS=1
GBS=1024
SEQ=8192

MODEL_ARGS=(
    --num-layers 52
    --hybrid-override-pattern MEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEMEM*EMEMEMEME
    --hidden-size 2688
    --ffn-hidden-size 1856
    --num-attention-heads 32
    --group-query-attention
    --num-query-groups 2
    --kv-channels 128
    --mamba-num-heads 64
    --mamba-head-dim 64
    --mamba-num-groups 8
    --mamba-state-dim 128
    --num-experts 128
    --moe-router-topk 6
    --moe-ffn-hidden-size 1856
    --moe-shared-expert-intermediate-size 3712
    --moe-router-enable-expert-bias
    --normalization RMSNorm
    --position-embedding-type none
    --disable-bias-linear
    --untie-embeddings-and-output-weights
    --seq-length $SEQ
    --max-position-embeddings $SEQ
    --vocab-size 131072
)

TRAINING_ARGS=(
    --micro-batch-size $MBS
    --global-batch-size $GBS
    --train-iters 1000
    --bf16
    --fp8-format hybrid
    --use-distributed-optimizer
    --overlap-grad-reduce
    --overlap-param-gather
    --grad-reduce-in-bf16
)

PARALLEL_ARGS=(
    --tensor-model-parallel-size 1
    --pipeline-model-parallel-size 1
    --expert-model-parallel-size 16
    --expert-tensor-parallel-size 1
    --moe-token-dispatcher-type flex
    --moe-flex-dispatcher-backend hybridep
)

torchrun --nnodes $NNODES --nproc-per-node $GPUS_PER_NODE pretrain_mamba.py \
    ${MODEL_ARGS[@]} \
    ${TRAINING_ARGS[@]} \
    ${PARALLEL_ARGS[@]}
