#!/bin/bash
# A fork of nanoGPT whose train.py is not in this folder, run with its configurator.
torchrun --standalone --nproc_per_node=8 train.py config/train_gpt2.py \
  --n_layer=6 \
  --batch_size=8
