#!/bin/bash
# A launch that picks its model by its first argument and its batch from the nodes Slurm gives it.
if [ "$1" == "8b" ]; then
  LAYERS=32
  HIDDEN=4096
  HEADS=32
else
  LAYERS=80
  HIDDEN=8192
  HEADS=64
fi
GPUS_PER_NODE=8
WORLD_SIZE=$((GPUS_PER_NODE * NNODES))

torchrun --nproc_per_node $GPUS_PER_NODE pretrain_gpt.py \
  --num-layers $LAYERS --hidden-size $HIDDEN --num-attention-heads $HEADS \
  --seq-length 4096 --max-position-embeddings 4096 \
  --micro-batch-size 1 --global-batch-size $((WORLD_SIZE * 4)) \
  --tensor-model-parallel-size 8 \
  --use-distributed-optimizer --vocab-size 32000 --bf16
