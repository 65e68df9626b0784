/**
 * The estimate the extension uses to decide, before parsing, whether a file is analyzed inline, and
 * the head it reads of a large file to tell a config from any other large file.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { estimateAnalysisMs, headOf, readConfig, syntaxOf } from '../../src/core';
import { SNIFF_CHARS, sniffOf } from '../../src/core/limits';
import { FIXTURES, fixtureText } from './helpers/fixtures';

function configs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'sarif' || name === 'reference' ? [] : configs(p);
    return syntaxOf(p) ? [relative(FIXTURES, p)] : [];
  });
}

describe('Inline limits', () => {
  it('estimates from the slowest measured rate of each syntax', () => {
    assert.equal(estimateAnalysisMs('yaml', 1024 * 1024), 1280);
    assert.equal(estimateAnalysisMs('toml', 512 * 1024), 640);
    assert.equal(estimateAnalysisMs('json', 1024 * 1024), 256);
    assert.equal(estimateAnalysisMs('shell', 5 * 1024), 1);
    assert.equal(estimateAnalysisMs('python', 7 * 1024), 1);
    assert.equal(estimateAnalysisMs('python', 0), 0);
  });

  it('with the default 50 ms budget every published config is analyzed inline (estimate under 500 ms)', () => {
    const all = configs(FIXTURES);
    assert.ok(all.length >= 38, `${all.length} fixtures`);
    for (const rel of all) {
      const text = fixtureText(rel);
      assert.ok(estimateAnalysisMs(syntaxOf(rel, text)!, text.length) < 500, rel);
    }
  });

  it('the head of a large file ends at a line end, within the sniff size', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `key_${i}: ${'x'.repeat(20)}`).join('\n');
    const head = headOf(text);
    assert.ok(head.length <= SNIFF_CHARS + 1 && head.length > SNIFF_CHARS - 40, String(head.length));
    assert.ok(head.endsWith('\n') && text.startsWith(head));
    assert.equal(headOf('a: 1\n'), 'a: 1\n');
  });

  it('the head of every fixture is recognized as the same family as the whole file', function () {
    // Every fixture read twice (thousands of files): not a timing test, its time limit only room for a busy machine.
    this.timeout(180000);
    let cut = 0;
    // (survey/train/88: a Slurm script whose launch line comes after its first 16 KiB; only a file over the size or time gate is read
    // by its head, megabytes for a shell script, so its head is never what is read.)
    // (survey/seventh/train/108: a double-quoted string whose continuation lines sit left of its key, which PyYAML accepts and
    // the YAML spec does not: the whole file is a syntax error, its head, cut before the string ends, is not.)
    // (survey/eleventh/train/256: a verl launch whose command follows 16 KiB of comments and setup.)
    // (survey/ninetyfirst/train/1648 and 1650: LLM-jp's TSUBAME and Swallow's ABCI scripts, 25 and 40 KB of data paths before their
    // pretrain_gpt.py lines.)
    // (survey/eleventh/train/281's examples/llama/sft_llama.sh: Intel's Gaudi Megatron script, 16 KB of settings before its launch.)
    // (survey/fiftyeighth/train/1054: committed with git's merge-conflict markers in it, a YAML syntax error whole; its head, cut
    // before them, is not.)
    // (survey/hundredandtenth/train/2165's qwen3_next.py: Megatron-Bridge's recipe module, 22 KB, the finetune recipe that makes
    // it one past its first 16 KiB.)
    // (survey/hundredandtwelfth/train/2198's run_seq2seq_qa_peft.py: Hugging Face's seq2seq QA example made a LoRA run, 34 KB, its
    // LoraConfig past its first 16 KiB.)
    // (survey/eleventh/train/273's function-finetune-fixed.py: a QLoRA script's own loop, 21 KB, its optimizer over the model's
    // parameters past its first 16 KiB.)
    // (survey/hundredandtwentyninth/train/2707: an Unsloth QLoRA script, 23 KB, its loader and trainer past its first 16 KiB.)
    // (survey/hundredandthirtysecond/train/2806's train_glm4_lora.py: a LoRA classifier's own loop, 19 KB, whose evaluation past its
    // first 16 KiB changes how its loop is read; its LoRA is read alike.)
    // (survey/hundredandthirtythird/train/2824: a script published without its indentation, whose unterminated string the whole
    // file's reading refuses, said, where a head's reading takes it for the cut of a head.)
    // (survey/hundredandthirtythird/train/2827's train_peft.py: CeRA's PEFT script, its loader and trainer past its first 16 KiB.)
    // (survey/hundredandfortieth/train/2985's dpo_training.py: MedicalGPT's DPO script, 22 KB, its loader past its first 16 KiB;
    // and four more of December 2026's gatherings, 19–34 KB, whose loaders and trainers come after their data preparation: 2900,
    // 2924's and 2933's finetune_llama.py, 2964, and 3020's finetune_qwen.py, the same repository's.)
    // (survey/hundredandfiftysixth/train/3331: a language model of the script's own, 24 KB, built from its arguments past its first
    // 16 KiB; and 3487's lora_sft.py, 29 KB, a vision-language LoRA whose loader follows its data classes; 3548, 3561's
    // grpo_train.py and 3566, 20–24 KB, whose trainers come after their reward functions and loops; 3591, 30 KB, its
    // Qwen3Config after its optimizers; 3646's run_sft.py, 41 KB, its dataclasses after its own LoRA layers; 3687, 3691 and 3694,
    // distillation scripts of 30–57 KB whose loaders follow their losses; 3365, 21 KB, a regressor class of its own over Llama 2
    // trained by a loop whose optimizer comes after its data and evaluation code, and 3608, 30 KB, a Q-Former over Qwen2's; 3749's
    // train_llava.py, LLaVA's own, 48 KB, read as the launch its arguments make of it past its first 16 KiB; 3861, 20 KB, a DPO
    // script whose main block, past its first 16 KiB, parses its dataclasses and builds its trainer; 3802, 3806 and 3812, Qwen
    // LoRA scripts of 28–51 KB whose loaders and trainers follow their data preparation; 3893, 36 KB, published with escaped
    // quotes (\"\"\") that the whole file's reading refuses past its first 16 KiB; 3918, llm.c's 18 KB reference train_gpt2.py, its loop
    // over the model's parameters past its first 16 KiB, and 3905, build-nanogpt's train_gpt2.py, 25 KB, which builds its GPT there;
    // 4094, 28 KB, a token classifier of its own over Llama 3.2 whose loader and loop follow its model classes and data code, and
    // 4096, 28 KB, a LoRA script whose argparse arguments and trainer follow its data code; 4214's train_gemma.py, 25 KB, its
    // loader and trainer after its layer-cycling callbacks; 4259's train_seq2seq.py, 22 KB, a Reformer whose config dict follows
    // its data code; 4362, 25 KB, an Unsloth QLoRA script whose loader follows its data helpers; 4392 and 4393, parameter golf's
    // and modded-nanogpt's train_gpt.py, 30–48 KB, whose GPT is built past their first 16 KiB, and 4489, 55 KB, whose model is; 4461's
    // train_ds.py, 32 KB, whose first 16 KiB hold nanoGPT's globals and whose loader of a Hugging Face model follows; 3479's
    // run_sft.py, 37 KB, whose main calls its loader and builds its LoRA past its first 16 KiB, and 2916's finetune_qlora.py, 48 KB,
    // whose main calls its loader there; 4334, 56 KB, whose TrainingArguments, past its first 16 KiB, are built from a dict it
    // fills; 4583 and 4586, BART fine-tunes of 18–19 KB whose loaders come just past their first 16 KiB, after a list of training
    // samples and after data and evaluation helpers; 4686's train_clm.py, 37 KB, whose main's launcher reading comes past its first
    // 16 KiB, after its dataclasses of arguments; 4837's finetune_chat.py, 33 KB, whose parsing and trainer follow its data code;
    // 3869, 23 KB, a GRPO script whose trainer function comes past its first 16 KiB, after its rollout and plotting helpers; 5554's
    // run_qa.py, 33 KB, whose model and trainer follow its data code; 5580's finetune_deberta.py, run_glue.py's copy of 29 KB, whose
    // Trainer, given the model its launch names, comes past its first 16 KiB; 5672, 22 KB, and 5676, 31 KB, QLoRA scripts whose
    // model and trainer follow their data helpers; 5711, 38 KB, and 5738, 28 KB, whose loaders follow their model classes and data
    // code; 5840, 24 KB, and 5822, 48 KB, whose model classes and data code come before the loop that trains them; 5923, 21 KB, and
    // 5926, 34 KB, whose video and task helpers come before their loaders; 6015, 21 KB, and 6041, 18 KB, whose data and replay
    // helpers do; 6128, 21 KB, and 6160, 30 KB, preference and reward trainers whose argument parser comes past their first
    // 16 KiB, after their data and trainer code; 6284, 17 KB, 6286, 28 KB, and 6320, 26 KB, Phi and Gemma fine-tunes whose
    // arguments or loaders follow their data and prompt code; 6337, 52 KB, 6349, 26 KB, and 6366, 20 KB, KTO, ORPO and GRPO
    // scripts whose loaders (lines 1,112, 281 and 423) follow their data, reward and prompt code; 6493, 57 KB, 6525, 27 KB, and
    // 6554, 27 KB, trainers whose HfArgumentParser (lines 1,329, 782 and 422) follows their data, model and collator
    // code; 6787, 21 KB, a QLoRA SFT whose argument parser (line 264) follows its data, noise and prompt helpers; 6848's ttt_qwen.py,
    // 27 KB, and 6724, 25 KB, whose argument parsers (lines 635 and 610) follow their data and training code; 6757, 35 KB, whose
    // TrainingArguments (line 719) come after its model and data code, where a model class chosen when it runs is no loader to
    // read; 6825, 39 KB, and 6830, 27 KB, GRPO scripts whose GRPOConfig and loader (lines 833 and 567) follow their environment,
    // reward and data code; 6909, 32 KB, a Phi-4-multimodal speech fine-tune whose loader and parser (lines 384 and 395) follow its
    // audio data code; 6948's code_generator.py, 45 KB, a module whose class loads its model (line 151) after its prompt code;
    // 6962, 33 KB, a from-scratch Qwen3 whose config is built after its data code; 6970, 21 KB, 6979, 80 KB, and 6976's
    // train_qwen3.py, 54 KB, whose loaders (lines 279, 627 and 642) follow their data and collator code; 6990's grpo_qwen3.py, 32
    // KB, whose loader and GRPOConfig (lines 556 and 686) follow its reward code; 7159's lora_sft.py, 48 KB, whose loader (line
    // 488) follows its tool-call formatting code.)
    const launchLate = [
      'survey/fiftyeighth/train/1054-megatron-bridge-llama32-1b-lora-override-conflict.yaml',
      'survey/train/88-megatron-llmjp-172b-tp4-pp16-slurm.sh',
      'survey/seventh/train/108-torchtune-qwen25-14b-lora-attn-only.yaml',
      'survey/eleventh/train/256-verl-grpo-fsdp2-gemma4-26b-a4b-databricks.sh',
      'survey/eleventh/train/281-gaudi-megatron-hl-env-llama31-8b-sft-tp4/examples/llama/sft_llama.sh',
      'survey/ninetyfirst/train/1648-llmjp-megatron-llama2-1.56b-tsubame-1T.sh',
      'survey/ninetyfirst/train/1650-swallow-megatron-llama3.1-8b-code-abci.sh',
      'survey/hundredandtenth/train/2165-megatron-bridge-qwen3-next-80b-a3b-full-sft-pp2-ep8/src/megatron/bridge/recipes/qwen/qwen3_next.py',
      'survey/hundredandtwelfth/train/2198-peft-flan-t5-base-lora-squad/run_seq2seq_qa_peft.py',
      'survey/eleventh/train/273-slurm-pyxis-torchrun-own-granite-qlora-fsdp/function-finetune-fixed.py',
      'survey/hundredandtwentyninth/train/2707-tuminhagi-unsloth-qwen2.5-coder-3b-qlora.py',
      'survey/hundredandthirtysecond/train/2806-trafficllm-mistral-nemo-instruct-seqcls-lora/train_glm4_lora.py',
      'survey/twohundredandtwentysixth/train/5131-flan-t5-base-tinyllama-textworld-partial-freeze-sft/training/fine_tuning.py',
      'survey/twohundredandtwentysixth/train/5150-modded-nanogpt-mamba2-hybrid-12l-768d-scratch-muon.py',
      'survey/twohundredandthirtyseventh/train/5346-llama2-7b-full-ft-clm-deepspeed-accelerate/run_clm_no_trainer.py',
      'survey/twohundredandthirtyseventh/train/5360-gpt2-full-ft-local-text-lm-bpc-baseline.py',
      'survey/twohundredandthirtyfifth/train/5419-bert-token-cls-ner-full-ft-deft-pytorch-transformers.py',
      'survey/twohundredandthirtyfifth/train/5413-bert-base-uncased-multimodal-ner-twitter-wip/run_ner.py',
      'survey/twohundredandthirtythird/train/5258-bert-base-cased-full-ft-glue-cos568-single-node.py',
      'survey/twohundredandthirtythird/train/5259-bert-base-uncased-losparse-lowrank-sparse-mnli/run_glue.py',
      'survey/twohundredandthirtythird/train/5255-auto-seqcls-full-ft-glue-legacy-loop.py',
      'survey/twohundredandthirtythird/train/5250-roberta-base-prompt-tuning-frozen-glue/run_glue.py',
      'survey/twohundredandthirtythird/train/5268-tinybert-student-full-ft-glue-zero-shot-quant.py',
      'survey/twohundredandthirtieth/train/5203-wav2vec2-base-960h-ctc-full-ft-loso-trainer.py',
      'survey/hundredandthirtythird/train/2824-qwen25-7b-instruct-8bit-lora.py',
      'survey/hundredandthirtythird/train/2827-cera-llama31-8b-lora-dora/train_peft.py',
      'survey/hundredandfortieth/train/2985-qwen2.5-0.5b-instruct-medicalgpt-dpo-lora/dpo_training.py',
      'survey/hundredandthirtysixth/train/2900-qwen2.5-7b-instruct-api-calls-qlora.py',
      'survey/hundredandthirtyseventh/train/2924-bioentity-llm-targetqa-full-ft-deepspeed-z3/finetune_llama.py',
      'survey/hundredandthirtyseventh/train/2933-llama3-8b-instruct-querier-aware-roleplay-lora-ds-zero2/finetune_llama.py',
      'survey/hundredandthirtyninth/train/2964-qwen2.5-0.5b-instruct-lora-case-facts.py',
      'survey/hundredandfortyfirst/train/3020-qwen1.5-7b-chat-querier-aware-roleplay-lora-ds-zero2/finetune_qwen.py',
      'survey/hundredandfortyseventh/train/3140-clip-vit-b32-pairwise-image-reward-anchor-loss.py',
      'survey/hundredandfortyeighth/train/3155-qwen2.5-vl-7b-derm-lora-softmax4.py',
      'survey/hundredandfiftyfirst/train/3217-qwen3-vl-8b-grain-grading-qlora.py',
      'survey/hundredandfiftysixth/train/3331-custom-transformer-lm-from-scratch-adamw-linear-warmup.py',
      'survey/hundredandsixtythird/train/3487-deepseek-ocr-2-vlm-lora-sft-molecule-smiles/lora_sft.py',
      'survey/hundredandsixtysixth/train/3548-whisper-small-ewc-continual-full-ft.py',
      'survey/hundredandsixtyseventh/train/3561-qwen2.5-0.5b-instruct-nemo-gym-codegen-grpo-vllm-server/grpo_train.py',
      'survey/hundredandsixtyseventh/train/3566-ouro-1.4b-thinking-math-grpo-full-vllm-rollouts.py',
      'survey/hundredandsixtyeighth/train/3591-qwen3-0.6b-arch-scratch-pretrain-polargrad-muon-ddp.py',
      'survey/hundredandseventyfirst/train/3646-qwen1.5-0.5b-chat-custom-lora-r32-accelerate-loop/run_sft.py',
      'survey/hundredandseventythird/train/3687-qwen3-4b-instruct-unsloth-lora-on-policy-distill-vllm-teacher/train_distill.py',
      'survey/hundredandseventythird/train/3691-qwen3-0.6b-chess-policy-distill-stockfish-kl-hf-trainer.py',
      'survey/hundredandseventythird/train/3694-qwen3-8b-to-qwen3-1.7b-moe-litgpt-kd-cka-load-balance.py',
      'survey/hundredandfiftyeighth/train/3365-llama2-7b-chat-difficulty-regression-full-ft.py',
      'survey/hundredandsixtyninth/train/3608-qwen2-0.5b-deit-multicam-nuscenes-qformer-prefix.py',
      'survey/hundredandseventysixth/train/3749-llava-v1.6-vicuna-7b-34b-full-ft-llavaguard-deepspeed/train_llava.py',
      'survey/hundredandeightyfirst/train/3861-mistral-7b-full-dpop-trl.py',
      'survey/hundredandseventyninth/train/3802-qwen3.5-0.8b-lora-r32-custom-loop.py',
      'survey/hundredandseventyninth/train/3806-qwen2.5-7b-instruct-lora-r64-sft-trl.py',
      'survey/hundredandseventyninth/train/3812-qwen3-30b-a3b-unsloth-lora-r64-sft-trl.py',
      'survey/hundredandeightythird/train/3893-mistral-7b-instruct-v0.1-qlora-r64-contrastive-perplexity.py',
      'survey/hundredandeightyfourth/train/3918-gpt2-124m-overfit-ft-llm-c-reference.py',
      'survey/hundredandeightyfourth/train/3905-gpt2-124m-pretrain-from-scratch-build-nanogpt.py',
      'survey/hundredandninetieth/train/4094-llama3.2-1b-bidirectional-token-cls-full-ft-custom-loop.py',
      'survey/hundredandninetieth/train/4096-llama-unspecified-lora-r16-svg-dsl-clm-trainer.py',
      'survey/hundredandninetyfourth/train/4214-gemma-3-1b-comp-cycle-custom-lora-sft-trl/train_gemma.py',
      'survey/hundredandninetyfifth/train/4259-reformer-encdec-genome-to-smiles-deepspeed/train_seq2seq.py',
      'survey/hundredandninetysixth/train/4362-qwen2.5-0.5b-qlora-r16-sft-unsloth.py',
      'survey/hundredandninetyninth/train/4392-parameter-golf-9l-512d-gqa-muon-tied-blocks-scratch.py',
      'survey/hundredandninetyninth/train/4393-modded-nanogpt-12l-768d-muon-fp8-scaled-scratch.py',
      'survey/twohundredandsecond/train/4461-gpt2-xl-qwen2-cont-pretrain-rho-deepspeed-zero2/train_ds.py',
      'survey/twohundredandthird/train/4489-dual-mode-ar-diffusion-10m-lm-mtp-pretrain.py',
      'survey/hundredandsixtythird/train/3479-qwen3-4b-lora-sft-wrapper-run-sft/run_sft.py',
      'survey/hundredandthirtysixth/train/2916-qwen2.5-vl-3b-instruct-document-ocr-cls-qlora/finetune_qlora.py',
      'survey/hundredandninetyseventh/train/4334-turklm-443m-llama-full-sft-hf-trainer.py',
      'survey/twohundredandseventh/train/4583-bart-base-full-ft-linebot-summary-trainer.py',
      'survey/twohundredandseventh/train/4586-bart-large-full-ft-promptsource-adamw.py',
      'survey/twohundredandeleventh/train/4686-llama2-7b-loftq-nf4-lora-actcompress-wikitext/train_clm.py',
      'survey/twohundredandseventeenth/train/4837-llama-3-8b-instruct-full-sft-deepspeed-zero3/finetune_chat.py',
      'survey/hundredandeightyseventh/train/4001-bert-base-cased-weakly-supervised-textclf-megclass/train_text_classifier.py',
      'survey/hundredandfortyfirst/train/3011-qwen2.5-0.5b-qwen3-0.6b-disrpt-relation-seqcls-full/finetune_xlm_roberta.py',
      'survey/twohundredandeighteenth/train/4852-llama-7b-gptq-lora-r64-sft.py',
      'survey/twohundredandnineteenth/train/4881-llama3.2-1b-sft-dpo-full-trl-data-selection/dpo.py',
      'survey/twohundredandtwentyfirst/train/4932-qwen2.5-vl-3b-full-grpo-vlm-r1-anomaly/grpo.py',
      'survey/twohundredandtwentyfirst/train/4933-sft-checkpoint-full-pairwise-grpo-nemotron-reward.py',
      'survey/twohundredandtwentythird/train/4997-qwen-vl-chat-lora-r64-dpo-trl/run_dpo.py',
      'survey/twohundredandthirtyeighth/train/5473-ms-marco-minilm-l6-listwise-cross-encoder-reranker-music-crs.py',
      'survey/twohundredandthirtyeighth/train/5477-codebert-base-dual-encoder-reranker-infonce/reranker.py',
      'survey/hundredandeightysecond/train/3869-qwen2.5-0.5b-instruct-full-grpo-trl-cybersoc.py',
      'survey/twohundredandfortysecond/train/5554-vit5-base-viwordformer-ocn-full-ft-mcqa-explanation/run_qa.py',
      'survey/twohundredandfortythird/train/5580-deberta-v3-large-full-seqcls-hf-trainer-torchrun/finetune_deberta.py',
      'survey/twohundredandfortysixth/train/5672-qwen2.5-coder-1.5b-qlora-r16-trainer.py',
      'survey/twohundredandfortysixth/train/5676-pythia-12b-llama-qlora-r8-up-proj-seq2seq.py',
      'survey/twohundredandfortyseventh/train/5711-albert-base-v2-multimodal-dense-retriever-mmcoqa.py',
      'survey/twohundredandfortyeighth/train/5738-mosaic-bert-base-512-mlm-mimic-notes-accelerate-wsd.py',
      'survey/twohundredandfiftieth/train/5840-xlm-roberta-base-review-gender-regression-llrd.py',
      'survey/twohundredandfiftieth/train/5822-roberta-large-globalpointer-nested-ner-chia.py',
      'survey/twohundredandfiftyfourth/train/5923-qwen3.5-9b-video-vlm-lora-r16-fp16-forklift-hazard-sft-trl.py',
      'survey/twohundredandfiftyfourth/train/5926-qwen2.5-0.5b-lora-r16-layer-truncated-nanochat-tasks-sft-hf-trainer.py',
      'survey/twohundredandfiftyseventh/train/6015-llama3-8b-qlora-r32-hinglish-mt-hf-trainer.py',
      'survey/twohundredandfiftyeighth/train/6041-phi3-mini-4k-lora-r8-cpu-fp32-incremental-replay-tcm.py',
      'survey/twohundredandsixtyfirst/train/6128-qwen-vl-chat-simpo-lora-r64-vlfeedback/run_simpo.py',
      'survey/twohundredandsixtysecond/train/6160-qwen2.5-vl-7b-instruct-rm-value-head-irrelevant-query-trl-torchrun-8gpu-bs1-ga4-len2560/train_rm.py',
      'survey/twohundredandsixtysixth/train/6284-phi-4-multimodal-speech-lora-asr-context-ft/src/finetune_phi.py',
      'survey/twohundredandsixtysixth/train/6286-phi-4-mini-instruct-qlora-r32-multilingual-summarization.py',
      'survey/twohundredandsixtyseventh/train/6320-gemma-4-e4b-it-qlora-r16-text-only-phishing-explain-custom-loop.py',
      'survey/twohundredandsixtyeighth/train/6337-qwen2.5-7b-instruct-qlora-r16-custom-kto-loop/src/train_sft.py',
      'survey/twohundredandsixtyeighth/train/6349-kumru-2b-qdora-r16-orpo-trl-neonatal-cards.py',
      'survey/twohundredandsixtyninth/train/6366-qwen2.5-3b-instruct-lora-r64-grpo-gsm8k-unsloth/src/unsloth_train.py',
      'survey/twohundredandseventythird/train/6493-vicuna-diffllama-easygen-multimodal-sft-clip-proj-lora-resume-hf-trainer.py',
      'survey/twohundredandseventyfourth/train/6525-lora-r64-rslora-qv-sft-trl-deepspeed-zero3-scale-optimizer.py',
      'survey/twohundredandseventyfifth/train/6554-pythia-70m-dijiang-linear-attn-pile-continued-train/train_pythia.py',
      'survey/twohundredandseventyseventh/train/6787-llama2-7b-chat-qlora-r64-sft-trl-paraphrase-intelligibility/scripts/sft_llama.py',
      'survey/twohundredandseventyeighth/train/6848-qwen3.5-4b-lora-r64-arc-agi2-sft-packed-4k-custom-loop/scripts/ttt_qwen.py',
      'survey/twohundredandseventyninth/train/6724-minicpm-v-4.6-lora-r16-shroom-hallucination-sft.py',
      'survey/twohundredandeightieth/train/6757-internvl3-8b-hf-full-ft-dress-classification.py',
      'survey/twohundredandeightysecond/train/6825-qwen3-1.7b-grpo-full-fp32-trl-rollout-func-fraud-env.py',
      'survey/twohundredandeightysecond/train/6830-qwen3-4b-instruct-2507-sft-qlora-r32-grpo-unsloth-drgrpo.py',
      'survey/twohundredandeightyfourth/train/6909-phi-4-multimodal-instruct-speech-lora-icl-asr.py',
      'survey/twohundredandeightyfifth/train/6948-deepseek-coder-6.7b-base-lora-r16-8bit-code-search-net/src/generative_ai_module/code_generator.py',
      'survey/twohundredandeightysixth/train/6962-qwen3-166m-from-scratch-pretrain-cci3-hq-accelerate-bf16.py',
      'survey/twohundredandeightysixth/train/6970-qwen3-4b-instruct-2507-qlora-r16-sft-trl-completion-only-vn-history-rag.py',
      'survey/twohundredandeightysixth/train/6979-qwen2.5-0.5b-draft-lora-r8-distillspec-kd-from-qwen3-0.6b.py',
      'survey/twohundredandeightysixth/train/6976-qwen3-vl-4b-instruct-full-ft-llm-mlp-olmocr-mix-bf16-deepspeed-zero2/olmocr/train/train_qwen3.py',
      'survey/twohundredandeightyseventh/train/6990-qwen3-32b-sft-merged-qlora-r1-grpo-bleu-mt-unsloth/script/grpo_qwen3.py',
      'survey/twohundredandninetieth/train/7159-qwen3.5-2b-lora-r16-tool-call-sft-smoke-kaggle/sft/lora_sft.py',
      'survey/threehundredandfirst/train/7441-distilbert-base-uncased-fakenews-cross-dataset-trainer-bs8-ga2-len256.py',
      'survey/threehundredandsecond/train/7460-roberta-large-jailbreak-response-judge-bf16-bs16-ga5-run-glue-edited.py',
      'survey/threehundredandeleventh/train/7646-predcoding-vs-transformer-64d-scratch-race-squadv2-adam.py',
      'survey/threehundredandeleventh/train/7655-t5-small-seq2seq-qa-full-ft-squad-seq2seqtrainer.py',
      'survey/threehundredandthirteenth/train/7691-opus-mt-en-ro-full-ft-wmt16-seq2seq-trainer-pruning-quant.py',
      'survey/threehundredandfifteenth/train/7736-xlm-roberta-base-seqcls-urdu-vs-punjabi-bs8-len128-5ep.py',
      'survey/threehundredandeighteenth/train/7795-own-moe-encoder-decoder-toy-squad-generative-qa-adamw-bs4-bf16.py',
      'survey/threehundredandtwentysecond/train/7889-bert-base-uncased-seqcls-spam-sliding-window-custom-loop-fp16-bs16-len256-ep4.py',
    ];
    for (const rel of configs(FIXTURES).filter((r) => !launchLate.includes(r))) {
      const text = fixtureText(rel);
      if (headOf(text) !== text) cut++;
      // (A notebook's: the head of its code cells, its outputs passed over.)
      assert.equal(
        readConfig({ path: rel, text: sniffOf(rel, text) }, { head: true }).recognition.family,
        readConfig({ path: rel, text }).recognition.family,
        rel,
      );
    }
    assert.ok(cut >= 4, `${cut} fixtures are longer than the head`);
  });
});
