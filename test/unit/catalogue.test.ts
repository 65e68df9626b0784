/**
 * The built-in catalogue's 2025 families (issue #13: the models people fine-tune, offline): each entry's count against
 * what its publisher states — an exact checkpoint total where one is published, else the rounded figure on the model card
 * (total, and non-embedding or active where the card gives it) — and the names trainers use resolving to it.
 */
import { strict as assert } from 'node:assert';
import { analyzeParams } from '../../src/core/analysis/params';
import { baseNamedIn, findModel } from '../../src/core/recognize/catalogue/models';
import { catalogueModel } from '../../src/core/recognize/hf';
import { analyzeFixture } from './helpers/fixtures';
import type { Sourced } from '../../src/core/types';

const given = <T>(value: T): Sourced<T> => ({ value, source: { kind: 'override', reason: { id: 'prov.whatIf', args: {} } } });

function params(name: string) {
  const built = catalogueModel(given(name));
  assert.ok(built.model, `${name} resolves: ${JSON.stringify(built.findings)}`);
  return analyzeParams(built.model);
}

/** Within `tolerance` of a figure the publisher truncates rather than rounds ("106B", "32B activated"). */
function near(n: number, billion: number, tolerance: number): boolean {
  return Math.abs(n / 1e9 - billion) / billion <= tolerance;
}

/** A count rounded as the publisher writes it: 0.44B, 14.8B, 235B. */
function billions(n: number, digits: number): number {
  return Number((n / 1e9).toFixed(digits));
}

describe('catalogue: 2025 families people fine-tune', () => {
  it('Qwen2.5-VL 3B / 7B and Qwen3-VL-8B as their config.json (test/fixtures/hf_config_2025); 32B "33.5B" and 72B "73.4B" on their model pages', () => {
    assert.equal(params('Qwen/Qwen2.5-VL-3B-Instruct').total.value, 3754622976);
    assert.equal(params('qwen2.5-vl-7b').total.value, 8292166656);
    assert.equal(params('Qwen/Qwen3-VL-8B-Instruct').total.value, 8767123696);
    assert.equal(billions(params('Qwen/Qwen2.5-VL-32B-Instruct').total.value, 1), 33.5);
    assert.equal(billions(params('Qwen/Qwen2.5-VL-72B-Instruct').total.value, 1), 73.4);
  });

  it('OLMoE-1B-7B as its config.json (test/fixtures/hf_config_2025: 6,919,161,856, 1,282,017,280 active)', () => {
    const p = params('allenai/OLMoE-1B-7B-0924');
    assert.deepEqual([p.total.value, p.active.value], [6919161856, 1282017280]);
  });

  it('Llama 3.2 Vision: 11B at 10,670,220,835 (its safetensors total on the Hub, 10.7B), 90B at "88.6B"; the text model counts its cross-attention layers', () => {
    const v11 = params('meta-llama/Llama-3.2-11B-Vision-Instruct');
    assert.equal(v11.total.value, 10670220835);
    // The ViT-H/14 tower and its 7680 → 4096 projector; the text model's 8 image-token rows and 8 × (2·128 + 2) for its cross-attention.
    assert.equal(v11.vision.value, 863567379 + 7680 * 4096 + 4096);
    assert.equal(v11.embedding.value, (128256 + 8) * 4096);
    assert.equal(billions(params('llama-3.2-90b-vision').total.value, 1), 88.6);
  });

  it('exact checkpoint totals: Gemma 3 4B and 27B (their safetensors index total_size / 2), gpt-oss (its config, as the fixture)', () => {
    assert.equal(params('google/gemma-3-4b-it').total.value, 4300079472);
    assert.equal(params('gemma-3-27b-it').total.value, 27432406640);
    assert.equal(params('openai/gpt-oss-20b').total.value, 20914757184);
    assert.equal(params('gpt-oss-120b').total.value, 116829156672);
  });

  it('Llama 4 Scout and Maverick as their config.json (109B / 400B total, 17B active in the language model), Phi-3.5-MoE 41.9B and 6.6B active, Command R7B 8.03B, Mistral Small 3.1 / 3.2 24B, CLIP', () => {
    const scout = params('meta-llama/Llama-4-Scout-17B-16E-Instruct');
    assert.equal(scout.total.value, 108641793536);
    // Meta's 17B active counts the language model: without the vision tower and projector, as "active per token" does.
    assert.equal(billions(scout.active.value, 0), 17);
    assert.equal(scout.active.value, 17172894720);
    const maverick = params('llama-4-maverick');
    assert.equal(maverick.total.value, 401583781376);
    assert.equal(billions(maverick.active.value, 0), 17);
    const phi = params('microsoft/Phi-3.5-MoE-instruct');
    assert.equal(billions(phi.total.value, 1), 41.9);
    assert.equal(billions(phi.active.value, 1), 6.6);
    assert.equal(billions(params('command-r7b').total.value, 2), 8.03);
    // Mistral Small 3.1 and 3.2 (the same shapes) as the config.json in test/fixtures/hf_config_handwritten.
    assert.equal(params('mistralai/Mistral-Small-3.1-24B-Instruct-2503').total.value, 24011361280);
    assert.equal(params('mistral-small-3.2').total.value, 24011361280);
    // CLIP ViT-B/32 and ViT-L/14 from CLIPConfig's defaults and the sizes that differ: what model.num_parameters() prints.
    assert.equal(params('openai/clip-vit-base-patch32').total.value, 151277313);
    assert.equal(params('ViT-L/14').total.value, 427616513);
    // ViT-B/16: B/32 less the patch embedding's 3 × 768 × (32² − 16²), plus 147 positions of 768 (197 in place of 50).
    assert.equal(params('openai/clip-vit-base-patch16').total.value, 151277313 - 3 * 768 * (32 * 32 - 16 * 16) + (197 - 50) * 768);
    assert.equal(params('openai/clip-vit-base-patch16').total.value, 149620737);
  });

  // Qwen3 model cards: "Number of Parameters: 0.6B · Number of Parameters (Non-Embedding): 0.44B", and so on.
  const qwen3: [string, number, number, number][] = [
    ['Qwen/Qwen3-0.6B', 0.6, 0.44, 2],
    ['Qwen/Qwen3-1.7B', 1.7, 1.4, 1],
    ['Qwen/Qwen3-4B-Instruct-2507', 4.0, 3.6, 1],
    ['Qwen/Qwen3-14B', 14.8, 13.2, 1],
    ['Qwen/Qwen3-32B', 32.8, 31.2, 1],
  ];
  for (const [id, total, nonEmbedding, digits] of qwen3) {
    it(`${id}: ${total}B, ${nonEmbedding}B without embeddings (its model card)`, () => {
      const p = params(id);
      assert.equal(billions(p.total.value, 1), total);
      assert.equal(billions(p.total.value - p.embedding.value - p.outputHead.value, digits), nonEmbedding);
    });
  }

  it('Qwen3 MoE: 235B-A22B "235B total, 22B activated", 30B-A3B-Thinking-2507 "30.5B, 3.3B activated"', () => {
    const big = params('Qwen/Qwen3-235B-A22B-Instruct-2507');
    assert.deepEqual([billions(big.total.value, 0), billions(big.active.value, 0)], [235, 22]);
    const small = params('Qwen3-30B-A3B-Thinking-2507');
    assert.equal(billions(small.total.value, 1), 30.5);
    assert.ok(near(small.active.value, 3.3, 0.02), String(small.active.value));
  });

  // Hugging Face's "Model size" on each model page (safetensors count, 3 significant digits).
  const cards: [string, number, number][] = [
    ['google/gemma-3-1b-it', 1.0, 2],
    ['google/gemma-3-12b-it', 12.2, 1],
    ['microsoft/phi-4', 14.7, 1],
    ['microsoft/Phi-4-mini-instruct', 3.84, 2],
    ['microsoft/Phi-3.5-mini-instruct', 3.82, 2],
    ['mistralai/Mistral-Small-24B-Instruct-2501', 23.6, 1],
    ['mistralai/Mistral-Nemo-Instruct-2407', 12.2, 1],
    ['mistralai/Ministral-8B-Instruct-2410', 8.02, 2],
    // SmolLM (v1): "135M, 360M, and 1.7B parameters" (Hugging Face's SmolLM blog post).
    ['HuggingFaceTB/SmolLM-135M', 0.135, 3],
    ['HuggingFaceTB/SmolLM-360M-Instruct', 0.36, 2],
    ['HuggingFaceTB/SmolLM-1.7B-Instruct', 1.7, 1],
    ['HuggingFaceTB/SmolLM2-135M', 0.135, 3],
    ['HuggingFaceTB/SmolLM2-360M-Instruct', 0.362, 3],
    ['HuggingFaceTB/SmolLM2-1.7B-Instruct', 1.71, 2],
    ['HuggingFaceTB/SmolLM3-3B', 3.08, 2],
    ['deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B', 1.78, 2],
    ['deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 7.62, 2],
    ['deepseek-ai/DeepSeek-R1-Distill-Qwen-14B', 14.8, 1],
    ['deepseek-ai/DeepSeek-R1-Distill-Qwen-32B', 32.8, 1],
    ['deepseek-ai/DeepSeek-R1-Distill-Llama-8B', 8.03, 2],
    ['deepseek-ai/DeepSeek-R1-Distill-Llama-70B', 70.6, 1],
    ['meta-llama/Llama-3.3-70B-Instruct', 70.6, 1],
  ];
  for (const [id, size, digits] of cards) {
    it(`${id}: ${size}B`, () => assert.equal(billions(params(id).total.value, digits), size));
  }

  it('GLM-4.5-Air "106B total, 12B active" (active without the embedding and head); Kimi K2 "1T total, 32B activated"', () => {
    const glm = params('zai-org/GLM-4.5-Air');
    assert.ok(near(glm.total.value, 106, 0.01), String(glm.total.value));
    assert.equal(billions(glm.active.value - glm.embedding.value - glm.outputHead.value, 0), 12);
    assert.ok(glm.mtp.value > 0, 'its MTP layer, reported apart');
    const kimi = params('moonshotai/Kimi-K2-Instruct');
    assert.equal(kimi.total.value, 1026408232448, 'DeepSeek-V3 layers with 384 experts, 64 heads, one dense layer, a 163,840 vocabulary');
    assert.ok(near(kimi.active.value, 32, 0.03), String(kimi.active.value));
  });

  it('OLMo 2 and Gemma 3 270M, worked out from their shapes: 1B 1,484,916,736, 7B 7,298,617,344 ("7.30B"), 13B 13,716,198,400, 270M 268,098,176', () => {
    // OLMo 2 7B: 2 · 100,352 · 4,096 embeddings and head, per layer 4h² + 3·h·11,008 + 4h norms (two after the blocks, q and k).
    assert.equal(2 * 100352 * 4096 + 32 * (4 * 4096 ** 2 + 3 * 4096 * 11008 + 4 * 4096) + 4096, 7298617344);
    assert.equal(params('allenai/OLMo-2-1124-7B-Instruct').total.value, 7298617344);
    assert.equal(params('allenai/OLMo-2-1124-13B').total.value, 13716198400);
    assert.equal(params('allenai/OLMo-2-0425-1B').total.value, 1484916736);
    // Gemma 3 270M: 262,144 · 640 tied; per layer q/o 640·1,024, k/v 640·256, 3 · 640 · 2,048, four norms of 640, q/k norms of 256.
    assert.equal(262144 * 640 + 18 * (2 * 640 * 1024 + 2 * 640 * 256 + 3 * 640 * 2048 + 4 * 640 + 2 * 256) + 640, 268098176);
    assert.equal(params('google/gemma-3-270m').total.value, 268098176);
  });

  it("releases with another model's shapes resolve to it (each model card says whose): Qwen3-Coder-30B-A3B, QwQ-32B, DeepSeek-R1 / V3.1, R1-0528-Qwen3-8B, Hermes 3, Devstral / Magistral Small, DeepSeek-Coder-V2 (Lite)", () => {
    const same: [string, string][] = [
      ['Qwen/Qwen3-Coder-30B-A3B-Instruct', 'Qwen/Qwen3-30B-A3B-Instruct-2507'],
      ['Qwen/QwQ-32B', 'Qwen/Qwen2.5-32B'],
      ['deepseek-ai/DeepSeek-R1', 'deepseek-ai/DeepSeek-V3'],
      ['deepseek-ai/DeepSeek-V3.1', 'deepseek-ai/DeepSeek-V3'],
      ['deepseek-ai/DeepSeek-R1-0528-Qwen3-8B', 'Qwen/Qwen3-8B'],
      ['NousResearch/Hermes-3-Llama-3.1-8B', 'meta-llama/Llama-3.1-8B'],
      ['mistralai/Devstral-Small-2505', 'mistralai/Mistral-Small-24B-Base-2501'],
      ['mistralai/Magistral-Small-2506', 'mistralai/Mistral-Small-24B-Base-2501'],
      ['deepseek-ai/DeepSeek-Coder-V2-Lite-Instruct', 'deepseek-ai/DeepSeek-V2-Lite'],
      ['deepseek-ai/DeepSeek-Coder-V2-Instruct', 'deepseek-ai/DeepSeek-V2'],
    ];
    for (const [name, id] of same) assert.equal(findModel(name)?.id, id, name);
    // (ModelScope's downloads write a name's dots as three underscores: ./qwen/Qwen2-1___5B-Instruct/.)
    assert.equal(findModel('./qwen/Qwen2-1___5B-Instruct/')?.id, findModel('Qwen/Qwen2-1.5B-Instruct')?.id);
    assert.equal(findModel('Qwen/Qwen2___5-7B-Instruct')?.id, findModel('Qwen/Qwen2.5-7B-Instruct')?.id);
    assert.ok(findModel('Qwen/Qwen2.5-7B-Instruct'));
    // (A folder named for the id with its slash written as two dashes, as a user's download script writes it (survey 4910,
    // agents/phi2_model/microsoft--phi-2): that id; a name before the dashes that is no organisation's is not read so.)
    assert.equal(findModel('agents/phi2_model/microsoft--phi-2')?.id, 'microsoft/phi-2');
    assert.equal(findModel('meta-llama--Llama-3.2-1B')?.id, 'meta-llama/Llama-3.2-1B');
    assert.equal(findModel('checkpoints/run3--phi-2')?.id, undefined);
    assert.equal(billions(params('Qwen/Qwen3-Coder-30B-A3B-Instruct').total.value, 1), 30.5);
    // DeepSeek-Coder-V2-Lite's card: "16B total, 2.4B active" (V2-Lite's 15,706,484,224, as survey/hf/27 counts).
    assert.equal(params('deepseek-ai/DeepSeek-Coder-V2-Lite-Instruct').total.value, 15706484224);
    // The 2507 releases and Qwen3-Coder keep Qwen3-30B-A3B's count at 262,144 positions (their cards' native context).
    assert.equal(params('Qwen/Qwen3-30B-A3B-Instruct-2507').total.value, params('Qwen/Qwen3-30B-A3B').total.value);
    assert.equal(findModel('Qwen/Qwen3-235B-A22B-Thinking-2507')?.config['max_position_embeddings'], 262144);
  });

  it('Qwen3-VL 2B / 4B / 32B / 30B-A3B / 235B-A22B at their checkpoint totals (safetensors headers, index total_size / 2)', () => {
    // 2B: 625 tensors, 4,255,064,064 bytes; 4B: 8,875,631,616 bytes (total_size); 32B: 66,714,780,128 bytes; the MoE models as a
    // training provider's catalogue lists them (235,670,022,896; 30B-A3B 31,070,754,032 as test/fixtures/hf_config_2025's).
    assert.equal(params('Qwen/Qwen3-VL-2B-Instruct').total.value, 2127532032);
    assert.equal(params('Qwen/Qwen3-VL-4B-Instruct').total.value, 4437815808);
    assert.equal(params('Qwen/Qwen3-VL-32B-Thinking').total.value, 33357390064);
    assert.equal(params('Qwen/Qwen3-VL-30B-A3B-Instruct').total.value, 31070754032);
    assert.equal(params('Qwen/Qwen3-VL-235B-A22B-Thinking').total.value, 235670022896);
    // ms-swift's --model Qwen/Qwen3-VL-4B (no -Instruct), and NVIDIA's Cosmos-Reason2 on Qwen3-VL-2B / 8B.
    assert.equal(findModel('Qwen/Qwen3-VL-4B')?.id, 'Qwen/Qwen3-VL-4B-Instruct');
    assert.equal(findModel('nvidia/Cosmos-Reason2-2B')?.id, 'Qwen/Qwen3-VL-2B-Instruct');
    assert.equal(findModel('nvidia/Cosmos-Reason2-8B')?.id, 'Qwen/Qwen3-VL-8B-Instruct');
  });

  it("a PEFT adapter on Cosmos-Reason2-2B (survey/eighth/train/140): r 32 on the 28 text layers' seven projections, 34,865,152", () => {
    const a = analyzeFixture('survey/eighth/train/140-peft-cosmos-reason2-2b-lora32-adapter_config.json').analysis!;
    assert.equal(a.params.total.value, 2127532032);
    // q 2048 → 2048, k / v 2048 → 1024, o 2048 → 2048, gate / up 2048 → 6144, down 6144 → 2048; the ViT's qkv / proj / linear_fc* do not match.
    assert.equal(a.method.trainable.value, 28 * 32 * (2 * (2048 + 2048) + 2 * (2048 + 1024) + 3 * (2048 + 6144)));
    assert.equal(a.method.trainable.value, 34865152);
  });

  it('Nemotron 3 Nano 30B-A3B 31,577,940,288 ("31.6B total, 3.2B active, 3.6B with embeddings"), its Base release too', () => {
    const p = params('nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-Base-BF16');
    assert.equal(p.total.value, 31577940288);
    assert.equal(billions(p.active.value, 1), 3.6);
    assert.equal(billions(p.active.value - p.embedding.value, 1), 3.2);
  });

  it('Devstral Small 2 24,011,361,280 (its FP8 index: 24,011,361,840 with 560 scales), OpenLLaMA 3B v2 3,426,473,600, Qwen3-Next-80B-A3B 79,674,391,296', () => {
    assert.equal(params('mistralai/Devstral-Small-2-24B-Instruct-2512').total.value, 24011361280);
    assert.equal(params('openlm-research/open_llama_3b_v2').total.value, 3426473600);
    // 26 layers of 4 · 3200² + 3 · 3200 · 8640 + 2 · 3200, two 32,000 × 3200 embeddings, the final norm.
    assert.equal(26 * (4 * 3200 ** 2 + 3 * 3200 * 8640 + 2 * 3200) + 2 * 32000 * 3200 + 3200, 3426473600);
    assert.equal(params('Qwen/Qwen3-Next-80B-A3B-Instruct').total.value, 79674391296);
    assert.equal(findModel('Qwen/Qwen3-Coder-Next')?.id, 'Qwen/Qwen3-Next-80B-A3B-Instruct');
  });

  it('InternVL3-8B-hf (transformers\' internvl): 7,944,373,760 from its shapes ("7.94B"), its remote-code release by the same name', () => {
    assert.equal(params('OpenGVLab/InternVL3-8B-hf').total.value, 7944373760);
    assert.equal(billions(params('OpenGVLab/InternVL3-8B').total.value, 2), 7.94);
  });

  it('the names trainers write resolve: -Instruct-2507, -Thinking-2507, -Base, -it; unknown names stay unknown', () => {
    assert.equal(findModel('Qwen/Qwen3-235B-A22B-Thinking-2507')?.id, 'Qwen/Qwen3-235B-A22B-Instruct-2507');
    // (Qwen3-4B's 2507 releases are their own entry: Qwen3-4B's shapes over 262,144 positions, where Qwen3-4B has 40,960.)
    assert.equal(findModel('Qwen/Qwen3-4B-Thinking-2507')?.id, 'Qwen/Qwen3-4B-Instruct-2507');
    assert.equal(findModel('Qwen/Qwen3-4B-Thinking-2507')?.config['max_position_embeddings'], 262144);
    assert.equal(params('Qwen/Qwen3-4B-Thinking-2507').total.value, params('Qwen/Qwen3-4B').total.value);
    assert.equal(findModel('Qwen/Qwen3-8B-Base')?.id, 'Qwen/Qwen3-8B');
    assert.equal(findModel('google/gemma-3-27b-it')?.id, 'google/gemma-3-27b-pt');
    assert.equal(findModel('unsloth/gpt-oss-20b')?.id, 'openai/gpt-oss-20b');
    // Mistral's instruct releases carry a version (Axolotl's Mixtral example names mistralai/Mixtral-8x7B-Instruct-v0.1).
    assert.equal(findModel('mistralai/Mixtral-8x7B-Instruct-v0.1')?.id, findModel('mixtral-8x7b')?.id);
    assert.equal(findModel('mistralai/Mixtral-8x22B-Instruct-v0.1')?.id, findModel('mixtral-8x22b')?.id);
    assert.equal(findModel('Qwen/Qwen3-5B'), undefined);
  });
});

describe('catalogue: 2026 ids launchers name (Qwen3.5 / 3.6, GLM-4.7-Flash, Falcon-H1, OLMo 3, Granite 3.3)', () => {
  // The Hub's safetensors total (HF API safetensors.total, index total_size / 2) counts the one MTP layer the checkpoints ship;
  // the model's total leaves it beside.
  const hub: [string, number][] = [
    ['Qwen/Qwen3.5-0.8B', 873438784],
    ['Qwen/Qwen3.5-2B', 2274069824],
    ['Qwen/Qwen3.5-4B', 4659865088],
    ['Qwen/Qwen3.5-9B', 9653104368],
    ['Qwen/Qwen3.6-27B', 27781427952],
    ['Qwen/Qwen3.6-35B-A3B', 35951822704],
    ['Qwen/Qwen3.5-122B-A10B', 125086497008],
    ['Qwen/Qwen3.5-397B-A17B', 403397928944],
  ];
  for (const [id, total] of hub) {
    it(`${id}: ${total.toLocaleString('en-US')} with its MTP layer (the Hub's safetensors total)`, () => {
      const p = params(id);
      assert.equal(p.total.value + p.mtp.value, total);
    });
  }

  it('Qwen3.6-27B 27,356,728,560 (as the survey requant, survey/ninth/hf/176): its text model, the ViT and no deepstack mergers; 3.5-27B and 3.6-35B-A3B the same shapes', () => {
    const p = params('Qwen/Qwen3.6-27B');
    assert.equal(p.total.value, 27356728560);
    assert.equal(p.vision.value, 460730096);
    assert.equal(p.active.value, p.total.value - p.vision.value);
    assert.equal(findModel('Qwen/Qwen3.5-27B')?.id, 'Qwen/Qwen3.6-27B');
    assert.equal(findModel('Qwen/Qwen3.5-35B-A3B-Base')?.id, 'Qwen/Qwen3.6-35B-A3B');
    assert.equal(findModel('Qwen/Qwen3.6-27B-FP8')?.id, 'Qwen/Qwen3.6-27B');
    // Qwen3.5-2B's ViT: 24 × 1024 layers, patch and position embeddings, the 4096 → 4096 → 2048 merger.
    assert.equal(params('Qwen/Qwen3.5-2B').vision.value, 24 * 12596224 + 1573888 + 2304 * 1024 + 25174016);
  });

  it('GLM-4.7-Flash 29,943,393,920 as its config.json (survey/hf/10), "30B-A3B"; its MTP layer beside', () => {
    const p = params('zai-org/GLM-4.7-Flash');
    assert.equal(p.total.value, 29943393920);
    assert.ok(near(p.total.value, 30, 0.01) && near(p.active.value, 3.9, 0.01), String(p.active.value));
    assert.equal(p.mtp.value, 643706176);
  });

  it('Falcon-H1: 0.5B as its config.json (hf_config_hybrid, 521,411,104); 1.5B "1.55B", 3B "3.15B", 7B "7.59B"', () => {
    assert.equal(params('tiiuae/Falcon-H1-0.5B-Base').total.value, 521411104);
    assert.equal(params('tiiuae/Falcon-H1-0.5B-Instruct').total.value, 521411104);
    assert.equal(billions(params('tiiuae/Falcon-H1-1.5B-Instruct').total.value, 2), 1.55);
    assert.equal(billions(params('tiiuae/Falcon-H1-3B-Base').total.value, 2), 3.15);
    assert.equal(billions(params('tiiuae/Falcon-H1-7B-Instruct').total.value, 2), 7.59);
  });

  it('OLMo 3 7B 7,298,011,136 and 32B 32,233,522,176; Granite 3.3 2B 2,533,539,840 and 8B 8,170,864,640 (the Hub totals)', () => {
    assert.equal(params('allenai/Olmo-3-7B-Instruct').total.value, 7298011136);
    assert.equal(params('allenai/Olmo-3.1-32B-Instruct').total.value, 32233522176);
    assert.equal(params('ibm-granite/granite-3.3-2b-instruct').total.value, 2533539840);
    assert.equal(params('ibm-granite/granite-3.3-8b-instruct').total.value, 8170864640);
    // Granite 3.3 2B: 49,159 × 2,048 tied; 40 layers of 2·2048² + 2·2048·512 + 3·2048·8192 and two norms; the final norm.
    assert.equal(49159 * 2048 + 40 * (2 * 2048 ** 2 + 2 * 2048 * 512 + 3 * 2048 * 8192 + 2 * 2048) + 2048, 2533539840);
  });

  it('NLLB-200 and M2M-100 (m2m_100) at the counts of their loaded checkpoints: distilled-600M 615,073,792, 1.3B 1,370,638,336, 3.3B 3,344,863,232, m2m100_418M 483,905,536, 1.2B 1,239,470,080', () => {
    assert.equal(params('facebook/nllb-200-distilled-600M').total.value, 615073792);
    assert.equal(params('facebook/nllb-200-distilled-1.3B').total.value, 1370638336);
    assert.equal(params('nllb-200-1.3B').total.value, 1370638336);
    assert.equal(params('facebook/nllb-200-3.3B').total.value, 3344863232);
    assert.equal(params('facebook/m2m100_418M').total.value, 483905536);
    assert.equal(params('m2m100_1.2B').total.value, 1239470080);
    // The 3.3B worked out: the shared 256,206 × 2048 table; 24 encoder layers (4 biased 2048² projections, fc1/fc2 2048 ↔ 8192
    // with biases, 2 LayerNorms) and 24 decoder layers (the cross-attention and a third LayerNorm besides); 2 final LayerNorms.
    const attention = 4 * (2048 * 2048 + 2048);
    const ffn = 2 * 2048 * 8192 + 8192 + 2048;
    assert.equal(256206 * 2048 + 24 * (attention + ffn + 2 * 4096) + 24 * (2 * attention + ffn + 3 * 4096) + 2 * 4096, 3344863232);
  });
});

describe('catalogue: models users’ training files name (Kimi-VL, Typhoon, HY-MT1.5, SEA-LION v3)', () => {
  it('Kimi-VL-A3B (kimi_vl): 16,407,656,048 ("16.4B"); its language model Moonlight-16B-A3B (15.29B total, 2.24B activated without the embedding and head), MoonViT and the projector', () => {
    const p = params('moonshotai/Kimi-VL-A3B-Instruct');
    assert.equal(p.total.value, 16407656048);
    // Moonlight's own figures (its paper: 2.24B activated, 15.29B total, without the embedding and the head).
    const embeddings = p.embedding.value + p.outputHead.value;
    assert.equal(embeddings, 2 * 163840 * 2048);
    assert.equal(billions(p.total.value - p.vision.value - embeddings, 2), 15.29);
    assert.equal(billions(p.active.value - embeddings, 2), 2.24);
    assert.equal(p.active.value, 2914776192, 'the vision tower runs on image patches: not in the active count');
    // MoonViT 27 × 1152 (LocateAnything's MoonViT-SO-400M: 416,866,032) and KimiVLMultiModalProjector: pre_norm over 1152,
    // linear_1 4608 → 4608 and linear_2 4608 → 2048, both biased.
    assert.equal(p.vision.value, 416866032 + 2 * 1152 + 4608 * 4608 + 4608 + 4608 * 2048 + 2048);
    for (const name of ['moonshotai/Kimi-VL-A3B-Thinking', 'moonshotai/Kimi-VL-A3B-Thinking-2506', 'Kimi-VL-A3B-Instruct']) {
      assert.equal(findModel(name)?.id, 'moonshotai/Kimi-VL-A3B-Instruct', name);
    }
  });
});

describe('catalogue: Typhoon-7B and SEA-LION v3 9B', () => {
  it('scb10x/typhoon-7b: Mistral 7B with 35,219 tokens, 7,268,102,144 (Mistral-7B-v0.1 7,241,732,096 and 3,219 more rows in the embedding and the head)', () => {
    const p = params('scb10x/typhoon-7b');
    assert.equal(p.total.value, 7241732096 + 2 * (35219 - 32000) * 4096);
    assert.equal(p.total.value, 7268102144);
  });

  it('SEA-LION v3 9B (Gemma 2 9B continued-pretrained, its tokenizer): 9,241,705,984 as google/gemma-2-9b, under each name AI Singapore published', () => {
    for (const name of ['aisingapore/gemma2-9b-cpt-sea-lionv3-instruct', 'aisingapore/gemma2-9b-cpt-sea-lionv3-base', 'aisingapore/Gemma-SEA-LION-v3-9B-IT']) {
      assert.equal(findModel(name)?.id, 'google/gemma-2-9b', name);
      assert.equal(params(name).total.value, 9241705984, name);
    }
  });
});

describe('catalogue: the encoders and encoder-decoders people fine-tune (issue #15: a launch that names one by id)', () => {
  it('FLAN-T5 at the Hub safetensors totals (small 76,961,152, base 247,577,856, large 783,150,080); T5 at them less the unused EncDecAttention bias', () => {
    assert.equal(params('google/flan-t5-small').total.value, 76961152);
    assert.equal(params('flan-t5-base').total.value, 247577856);
    assert.equal(params('google/flan-t5-large').total.value, 783150080);
    assert.equal(billions(params('flan-t5-xl').total.value, 2), 2.85);
    // t5-base 222,903,936 and t5-large 737,668,608 on the Hub: the original checkpoints store a relative-attention bias in the
    // decoder's first cross-attention (32 buckets × heads) that T5ForConditionalGeneration does not load.
    assert.equal(params('t5-base').total.value, 222903936 - 32 * 12);
    assert.equal(params('google-t5/t5-large').total.value, 737668608 - 32 * 16);
    assert.equal(params('t5-small').total.value, 60506624); // test/fixtures/hf_config_resaved/t5-small.config.json's count
  });

  it('mT5 at the Hub totals (small 300,176,768, as its config.json among the fixtures counts; base 582,401,280; large 1,229,581,312)', () => {
    assert.equal(params('google/mt5-small').total.value, 300176768);
    assert.equal(params('google/mt5-base').total.value, 582401280);
    assert.equal(params('mt5-large').total.value, 1229581312);
  });

  it("CodeT5 base at T5 base's total less its 28 fewer tokens (its paper's 220M); bge-reranker base at XLM-R base's backbone and a one-score classifier (the Hub's 278M)", () => {
    assert.equal(params('Salesforce/codet5-base').total.value, 222903552 - 28 * 768);
    assert.equal(Math.round(params('bge-reranker-base').total.value / 1e6), 278);
  });

  it("mT0 (bigscience/mt0-*, mT5 fine-tuned on xP3) at its mT5's totals: the model card's 300M, 580M and 1.2B", () => {
    assert.equal(params('bigscience/mt0-small').total.value, 300176768);
    assert.equal(params('mt0-base').total.value, 582401280);
    assert.equal(params('bigscience/mt0-large').total.value, 1229581312);
  });

  it('BERT, RoBERTa, XLM-R and DeBERTa-v3 against keras-hub preset counts (backbones: the pooler, no MLM head, 512 positions)', () => {
    // keras-hub's BertBackbone has the pooler and the token types; the Hub checkpoints are BertForMaskedLM (the MLM head instead).
    const bertBackbone = (id: string, h: number) => {
      const p = params(id);
      return p.total.value - p.encoderHead.value + 2 * h + h * h + h;
    };
    assert.equal(bertBackbone('bert-large-uncased', 1024), 335141888);
    assert.equal(bertBackbone('bert-base-multilingual-cased', 768), 177853440);
    // Google's BERT miniatures (prajjwal1/bert-*) as "Well-Read Students Learn Better" counts them (table 5: Tiny 4.4M, Mini
    // 11.3M, Small 29.1M, Medium 41.7M): the pre-training checkpoint, the masked-LM model with its pooler.
    const millions = (id: string, h: number) => Math.round((params(id).total.value + h * h + h) / 1e5) / 10;
    assert.deepEqual(
      [millions('prajjwal1/bert-tiny', 128), millions('bert-mini', 256), millions('prajjwal1/bert-small', 512), millions('prajjwal1/bert-medium', 512)],
      [4.4, 11.3, 29.1, 41.7],
    );
    // Chinese BERT base (21,128 tokens), the masked-LM checkpoint: the Hub's 102M.
    assert.equal(params('bert-base-chinese').total.value, 21128 * 768 + 512 * 768 + 2 * 768 + 2 * 768 + 12 * 7087872 + (768 * 768 + 768 + 2 * 768 + 21128));
    assert.equal(Math.round(params('google-bert/bert-base-chinese').total.value / 1e6), 102);
    // TUNiB-Electra ko-en base, its config.json: the discriminator with its head, the model card's 133M.
    assert.equal(params('tunib/electra-ko-en-base').total.value, 133496833);
    assert.equal(Math.round(params('tunib/electra-ko-en-base').total.value / 1e6), 133);
    assert.equal(params('BAAI/bge-large-en-v1.5').total.value, 335141888); // BertModel as the sentence encoders load it
    assert.equal(params('sentence-transformers/all-MiniLM-L6-v2').total.value, 22713216);
    // Distil-Whisper large-v3: large-v3-turbo (808,878,080) less two of its decoder layers, the Hub's 756M.
    assert.equal(Math.round(params('distil-whisper/distil-large-v3').total.value / 1e6), 756);
    assert.ok(params('distil-large-v3').total.value < params('openai/whisper-large-v3-turbo').total.value);
    // Its multilingual sibling (the Hub's 118M), and the MS MARCO cross-encoders: that BertModel with a one-label classifier,
    // 22,713,216 + 384 + 1 (the Hub's 22.7M), and its 12-layer sibling (33.4M).
    assert.equal(Math.round(params('paraphrase-multilingual-MiniLM-L12-v2').total.value / 1e6), 118);
    assert.equal(params('cross-encoder/ms-marco-MiniLM-L-6-v2').total.value, 22713216 + 384 + 1);
    assert.equal(params('cross-encoder/ms-marco-MiniLM-L6-v2').total.value, 22713216 + 384 + 1);
    assert.equal(Math.round(params('cross-encoder/ms-marco-MiniLM-L-12-v2').total.value / 1e5), 334);
    // BGE small, v1.5 and the first (the Hub's 33.4M): the cross-encoder's 12 layers of 384 without its classifier.
    assert.equal(params('BAAI/bge-small-en-v1.5').total.value, params('cross-encoder/ms-marco-MiniLM-L-12-v2').total.value - 385);
    assert.equal(Math.round(params('bge-small-en').total.value / 1e5), 334);
    // E5 and Multilingual E5 (bare BERT / XLM-R models, their Hub sizes 109M, 560M, 278M, 118M), Korean SRoBERTa (111M) and the
    // first sentence-transformers DistilBERT NLI encoder (DistilBERT base's bare model).
    assert.equal(Math.round(params('intfloat/e5-base-v2').total.value / 1e6), 109);
    assert.equal(Math.round(params('intfloat/multilingual-e5-large-instruct').total.value / 1e6), 560);
    assert.equal(params('intfloat/multilingual-e5-large').total.value, 559890432);
    assert.equal(Math.round(params('intfloat/multilingual-e5-base').total.value / 1e6), 278);
    assert.equal(Math.round(params('intfloat/multilingual-e5-small').total.value / 1e6), 118);
    assert.equal(Math.round(params('jhgan/ko-sroberta-multitask').total.value / 1e6), 111);
    assert.equal(params('distilbert-base-nli-mean-tokens').total.value, 66362880);
    // DistilBERT base multilingual cased, its card's "totalizing 134M parameters" (the bare model; the checkpoint's MLM head beside).
    const multilingual = params('distilbert-base-multilingual-cased');
    assert.equal(multilingual.total.value - multilingual.encoderHead.value, 134734080);
    assert.equal(Math.floor((multilingual.total.value - multilingual.encoderHead.value) / 1e6), 134);
    // DistilBERT base cased (BERT base cased's vocabulary), its checkpoint's 65.8M on the Hub: the MLM head's transform, norm and
    // bias over the tied embedding.
    assert.equal(params('distilbert-base-cased').total.value, 65190912 + 768 * 768 + 768 + 2 * 768 + 28996);
    // RoBERTa's backbone in keras-hub: 512 positions (not 514) and no token type, no pooler.
    const robertaBackbone = (id: string, h: number) => {
      const p = params(id);
      return p.total.value - p.encoderHead.value - 2 * h;
    };
    assert.equal(robertaBackbone('roberta-large', 1024), 354307072);
    assert.equal(robertaBackbone('xlm-roberta-large', 1024), 558837760);
    assert.equal(params('microsoft/deberta-v3-small').total.value, 141304320);
    assert.equal(params('deberta-v3-base').total.value, 183831552);
    assert.equal(params('microsoft/deberta-v3-large').total.value, 434012160);
    assert.equal(billions(params('BAAI/bge-m3').total.value, 3), 0.568);
    assert.equal(billions(params('answerdotai/ModernBERT-large').total.value, 3), 0.396);
  });

  it("wav2vec 2.0 as CTC fine-tunes load it: base at wav2vec2-base-960h's count (94,396,320), the large encoders (XLSR-53, XLS-R 300M) at a fine-tune's config.json count less its 39-token head, with the 32-token one", () => {
    assert.equal(params('facebook/wav2vec2-base').total.value, 94396320);
    // survey/tenth/hf/209: an XLS-R-300M fine-tune's config.json, Wav2Vec2ForCTC over 39 tokens.
    const tuned = analyzeFixture('survey/tenth/hf/209-wav2vec2-xlsr-nepali-asr-config.json').analysis!.params.total.value;
    for (const id of ['facebook/wav2vec2-xls-r-300m', 'wav2vec2-large-xlsr-53'])
      assert.equal(params(id).total.value, tuned - (1024 * 39 + 39) + (1024 * 32 + 32), id);
    assert.ok(near(params('facebook/wav2vec2-xls-r-300m').total.value, 0.3, 0.06));
  });

  it('BART, mBART-50 and Whisper: bart-base and bart-large-cnn as keras-hub counts them (1,024 positions a stack), whisper-small its config.json count', () => {
    assert.equal(params('facebook/bart-base').total.value - 2 * 2 * 768, 139417344);
    assert.equal(params('facebook/bart-large-cnn').total.value - 2 * 2 * 1024 + 1024, 406287360);
    assert.equal(billions(params('facebook/mbart-large-50').total.value, 2), 0.61);
    // mBART-large-cc25: the same layers with 250,027 tokens (test/unit/params.test.ts derives it from bart-large's config.json).
    assert.equal(params('facebook/mbart-large-cc25').total.value, 610851840);
    assert.equal(params('openai/whisper-small').total.value, 241734912);
    // The model card's sizes (the paper's, rounded): medium 769M, large 1550M.
    assert.ok(near(params('openai/whisper-medium').total.value, 0.769, 0.01));
    assert.ok(near(params('whisper-large-v2').total.value, 1.55, 0.01));
  });
});

describe('catalogue: BLOOM and bloomz', () => {
  it("each size at its model card's count: 559,214,592, 1,065,314,304, 1,722,408,960, 3,002,557,440, 7,069,016,064, 176,247,271,424", () => {
    assert.equal(params('bigscience/bloom-560m').total.value, 559214592);
    assert.equal(params('bloom-1b1').total.value, 1065314304);
    assert.equal(params('bigscience/bloomz-1b7').total.value, 1722408960);
    assert.equal(params('bigscience/bloomz-3b').total.value, 3002557440);
    assert.equal(params('bloom-7b1').total.value, 7069016064);
    assert.equal(params('bigscience/bloom').total.value, 176247271424);
  });
});

describe('catalogue: LFM2 and LFM2-VL (issue #15: Axolotl and TRL examples name them by id)', () => {
  it("LFM2 350M, 700M, 1.2B, 2.6B at the model card's exact counts (354,483,968, 742,489,344, 1,170,340,608, 2,569,272,320)", () => {
    assert.equal(params('LiquidAI/LFM2-350M').total.value, 354483968);
    assert.equal(params('LiquidAI/LFM2-700M').total.value, 742489344);
    assert.equal(params('LiquidAI/LFM2-1.2B').total.value, 1170340608);
    assert.equal(params('LiquidAI/LFM2-2.6B').total.value, 2569272320);
    // LFM2.5 keeps the shapes: its model card's "1.17B".
    assert.equal(params('LiquidAI/LFM2.5-1.2B-Instruct').total.value, 1170340608);
    assert.equal(params('LiquidAI/LFM2.5-350M').total.value, 354483968);
  });

  it('LFM2-VL 450M and 1.6B: the language model, SigLIP 2 NaFlex base (the card\'s "86M": 85,843,200) or so400m, and the projector', () => {
    const small = params('LiquidAI/LFM2-VL-450M');
    assert.equal(small.total.value, 450822656);
    assert.equal(billions(small.total.value - 354483968 - 10495488, 3), 0.086);
    assert.equal(params('LiquidAI/LFM2-VL-1.6B').total.value, 1600043504);
  });
});

describe("catalogue: torchtitan's debug flavors (the test tokenizer's 2,048 tokens)", () => {
  it('llama3 debugmodel 6,163,712; deepseek_v3 debugmodel 33,014,016, debugmodel_1b 911,979,520, debugmodel_7b 8,301,627,392', () => {
    assert.equal(params('torchtitan:llama3:debugmodel').total.value, 6163712);
    assert.equal(params('torchtitan:llama3:debugmodel_flex_attn').total.value, 6163712);
    assert.equal(params('torchtitan:deepseek_v3:debugmodel').total.value, 33014016);
    assert.equal(params('torchtitan:deepseek_v3:debugmodel_1b').total.value, 911979520);
    assert.equal(params('torchtitan:deepseek_v3:debugmodel_7b').total.value, 8301627392);
    // (A flavor torchtitan does not ship stays unknown.)
    assert.equal(findModel('torchtitan:deepseek_v3:debugmodel_3b'), undefined);
  });
});

describe('catalogue: the models fine-tuning scripts of 2023–24 name (survey rounds: GPT-J, Code Llama, DeepSeek Coder, Vicuna, …)', () => {
  it('exact counts from their config.json shapes, each at the rounded figure of its model page', () => {
    const expected: [string, number, number][] = [
      ['EleutherAI/gpt-j-6b', 6050882784, 6.05],
      ['codellama/CodeLlama-7b-hf', 6738546688, 6.74],
      ['codellama/CodeLlama-13b-Instruct-hf', 13016028160, 13.02],
      // Code Llama 34B: the paper's "34B", from the shapes of Meta's params.json (48 × 8192, 8 KV heads, an MLP of 22,016).
      ['codellama/CodeLlama-34b-Instruct-hf', 33743970304, 33.74],
      ['deepseek-ai/deepseek-coder-6.7b-instruct', 6740512768, 6.74],
      ['deepseek-ai/deepseek-coder-1.3b-base', 1346471936, 1.35],
      ['upstage/SOLAR-10.7B-Instruct-v1.0', 10731524096, 10.73],
      ['internlm/internlm2_5-7b-chat', 7737708544, 7.74],
      ['Qwen/Qwen-7B-Chat', 7721324544, 7.72],
      ['Qwen/Qwen-1_8B-Chat', 1836828672, 1.84],
      // MiniCPM-2B: the paper's 2.7B (2.4B without its tied embedding).
      ['openbmb/MiniCPM-2B-sft-bf16', 2724880896, 2.72],
      // StableLM-3B-4E1T: its model card's parameter count.
      ['stabilityai/stablelm-3b-4e1t', 2795443200, 2.8],
      // Mamba (state-spaces): 2.8B as its -hf config.json among the fixtures counts; the smaller ones at their Hub totals.
      ['state-spaces/mamba-130m', 129135360, 0.13],
      ['state-spaces/mamba-370m-hf', 371516416, 0.37],
      ['state-spaces/mamba-790m', 793204224, 0.79],
      ['state-spaces/mamba-1.4b-hf', 1372178432, 1.37],
      ['state-spaces/mamba-2.8b-hf', 2768345600, 2.77],
      ['THUDM/chatglm3-6b', 6243584000, 6.24],
      // The first ChatGLM-6B: its own GLM blocks (test/fixtures/hf_config_2026/chatglm-6b.config.json's count, "62 亿参数").
      ['THUDM/chatglm-6b', 6173286400, 6.17],
      ['mosaicml/mpt-7b', 6649286656, 6.65],
      ['distilgpt2', 81912576, 0.08],
      // GPT-Neo: the counts transformers gives (125M, 1.3B, 2.7B by name).
      ['EleutherAI/gpt-neo-125m', 125198592, 0.13],
      ['EleutherAI/gpt-neo-1.3B', 1315575808, 1.32],
      ['EleutherAI/gpt-neo-2.7B', 2651307520, 2.65],
      ['Qwen/Qwen2-Math-7B-Instruct', 7615616512, 7.62],
      // Meditron 7B: Llama 2 7B's shapes with 32,017 tokens (its config.json); DeepSeekMath 7B: DeepSeek LLM 7B's config.json.
      ['epfl-llm/meditron-7b', 6738554880, 6.74],
      ['deepseek-ai/deepseek-math-7b-rl', 6910365696, 6.91],
      // Orca 2 7B: Llama 2 7B's shapes with 32,003 tokens (its config.json).
      ['microsoft/Orca-2-7b', 6738440192, 6.74],
      // LLaVA 1.5 7B: llava-hf's config.json (the Hub's 7.06B), and the original checkpoint with 32,000 rows.
      ['llava-hf/llava-1.5-7b-hf', 7063427072, 7.06],
      ['liuhaotian/llava-v1.5-7b', 7062902784, 7.06],
      // LiteLlama (ahxt/LiteLlama-460M-1T, "460M parameters"; the card's 0.46B) and BARTpho-syllable ("396M" in VinAI's table).
      ['ahxt/LiteLlama-460M-1T', 461685760, 0.46],
      ['vinai/bartpho-syllable', 395814912, 0.4],
    ];
    for (const [id, total, rounded] of expected) {
      assert.equal(params(id).total.value, total, id);
      assert.equal(billions(total, 2), rounded, id);
    }
  });

  it("sentence encoders, PhoBERT and NER BERTs people fine-tune (a December 2026 gathering's train_sbert.py files): the Hub's totals, PhoBERT's paper's", () => {
    const expected: [string, number, number][] = [
      // XLM-R base's bare model (the Hub's 278M), by its own name and as the XLM-R paraphrase encoder's.
      ['sentence-transformers/paraphrase-multilingual-mpnet-base-v2', 278043648, 278],
      ['paraphrase-xlm-r-multilingual-v1', 278043648, 278],
      // BERT large's bare model over 120,138 tokens (427M).
      ['ai-forever/sbert_large_mt_nlu_ru', 426908672, 427],
      // PhoBERT's RobertaForMaskedLM over 64,001 tokens and 258 positions (135M, 370M), and the bare base model under the
      // Vietnamese sentence encoders (135M).
      ['vinai/phobert-base', 135063809, 135],
      ['vinai/phobert-large', 369229313, 370],
      ['keepitreal/vietnamese-sbert', 134998272, 135],
      // BERT cased's BertForTokenClassification over CoNLL-2003's 9 tags, no pooler (108M, 333M).
      ['dslim/bert-base-NER', 108310272 - (768 * 768 + 768) + 768 * 9 + 9, 108],
      ['dslim/bert-large-NER', 333579264 - (1024 * 1024 + 1024) + 1024 * 9 + 9, 333],
      // bge-reranker-v2-m3: bge-m3's XLM-R large over 8,194 positions without a pooler, RoBERTa's classification head of one
      // score (1,024² + 1,024 and 1,024 + 1): 568M.
      ['BAAI/bge-reranker-v2-m3', 24 * 12596224 + (250002 + 8194 + 1) * 1024 + 2048 + 1049600 + 1025, 568],
    ];
    for (const [id, total, millions] of expected) {
      assert.equal(params(id).total.value, total, id);
      // (Within a million of the published figure, in millions: PhoBERT large's paper rounds 369.2M to 370M.)
      assert.ok(Math.abs(total / 1e6 - millions) < 1, id);
    }
  });

  it('InternLM chat 7B and 20B (their config.json: biased attention on the 7B only), also from a ModelScope folder or a dated copy', () => {
    // InternLM's "7 billion" and "20 billion parameter" models: 32 × 4,096 and 60 × 5,120, 103,168 tokens untied.
    assert.equal(params('internlm/internlm-chat-7b').total.value, 7321948160);
    assert.equal(params('internlm/internlm-chat-20b').total.value, 20088714240);
    assert.equal(params('/root/model/Shanghai_AI_Laboratory/internlm-chat-7b').total.value, 7321948160);
    assert.equal(params('/workspace/models/internlm-chat-20b-20230920').total.value, 20088714240);
  });

  it("fine-tunes with their base model's shapes resolve to it: Vicuna v1.5 (Llama 2), Zephyr 7B β (Mistral-7B-v0.1), Llama-3.1-Nemotron-Nano-8B", () => {
    assert.equal(params('lmsys/vicuna-7b-v1.5').total.value, params('meta-llama/Llama-2-7b-hf').total.value);
    assert.equal(params('lmsys/vicuna-13b-v1.5').total.value, 13015864320);
    assert.equal(params('HuggingFaceH4/zephyr-7b-beta').total.value, 7241732096);
    assert.equal(params('nvidia/Llama-3.1-Nemotron-Nano-8B-v1').total.value, 8030261248);
    assert.equal(params('meta-llama/Llama-Guard-3-8B').total.value, 8030261248);
    assert.equal(params('google/codegemma-7b-it').total.value, params('google/gemma-7b').total.value);
    assert.equal(params('google/gemma-1.1-7b-it').total.value, params('google/gemma-7b').total.value);
    assert.equal(params('alignment-handbook/zephyr-7b-sft-full').total.value, 7241732096);
    assert.equal(params('yentinglin/Taiwan-LLM-7B-v2.0-chat').total.value, 6738415616);
    assert.equal(params('yentinglin/Taiwan-LLaMa-v1.0').total.value, 13015864320);
    assert.equal(params('microsoft/phi-1').total.value, 1418270720);
    // (The short name an adapter gives Nemotron 3 Nano 30B-A3B, its family's only 30B.)
    assert.equal(params('nvidia/Nemotron-3-Nano-30B').total.value, params('nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-BF16').total.value);
    // RL runs' starting points: PRIME's Eurus-2-7B and open-r1's OpenR1-Qwen-7B (Qwen2.5-Math-7B), OpenMath2 (Llama 3.1 8B).
    assert.equal(params('PRIME-RL/Eurus-2-7B-PRIME').total.value, 7615616512);
    assert.equal(params('open-r1/OpenR1-Qwen-7B').total.value, 7615616512);
    assert.equal(params('nvidia/OpenMath2-Llama3.1-8B').total.value, 8030261248);
    assert.equal(params('unsloth/tinyllama-bnb-4bit').total.value, 1100048384);
    // (Code Llama's Python releases have 32,000 tokens, not 32,016: not this entry.)
    assert.equal(findModel('codellama/CodeLlama-7b-Python-hf'), undefined);
  });
});

describe("catalogue: Pythia at its paper's counts (Biderman et al. 2023, Table 1)", () => {
  it('70M 70,426,624, 1.4B 1,414,647,808, 2.8B 2,775,208,960 (and the deduped runs, the same shapes)', () => {
    assert.equal(params('EleutherAI/pythia-70m').total.value, 70426624);
    assert.equal(params('EleutherAI/pythia-1.4b-deduped').total.value, 1414647808);
    assert.equal(params('EleutherAI/pythia-2.8b').total.value, 2775208960);
  });
});

describe('catalogue: a fine-tune whose name puts its own words between the family and the size', () => {
  const base = (name: string) => {
    const built = catalogueModel(given(name));
    return built.findings.some((f) => f.message.id === 'catalogue.baseInName') ? built.model?.architecture?.value : undefined;
  };
  it("allenai/Llama-3.1-Tulu-3-8B-SFT and beomi/Llama-3-Open-Ko-8B: Llama 3.1 8B's and Llama 3 8B's shapes (8,030,261,248), said", () => {
    assert.equal(params('allenai/Llama-3.1-Tulu-3-8B-SFT').total.value, 8030261248);
    assert.equal(params('beomi/Llama-3-Open-Ko-8B').total.value, 8030261248);
    assert.equal(params('nvidia/Llama-3.1-Nemotron-70B-Instruct-HF').total.value, 70553706496);
    assert.equal(base('allenai/Llama-3.1-Tulu-3-8B-SFT'), 'LlamaForCausalLM');
  });
  it("a short name (gpt2, phi-2) where the fine-tune's name starts with it: vicgalle/gpt2-open-instruct-v1 as GPT-2's 124,439,808; not bloom-560m as BLOOM-176B", () => {
    assert.equal(params('vicgalle/gpt2-open-instruct-v1').total.value, 124439808);
    assert.equal(base('vicgalle/gpt2-open-instruct-v1'), 'GPT2LMHeadModel');
    assert.notEqual(catalogueModel(given('someone/bloom-560m-sft')).model?.layers.value, 70);
  });
  it("not where a word between makes it another kind of model, another size comes first, or an active size follows; nor a model named for a language before the base's name, or a GPT-2 named for one (its own tokenizer)", () => {
    // (A fine-tune that adds the language after its base's name keeps the base's.)
    assert.equal(base('cyberagent/DeepSeek-R1-Distill-Qwen-14B-Japanese'), 'Qwen2ForCausalLM');
    // (rinna/japanese-gpt2-medium is an entry of its own; its small is not, and is no GPT-2 small.)
    for (const name of [
      'rinna/japanese-gpt2-small',
      'uer/gpt2-chinese-cluecorpussmall',
      // (hfl/chinese-llama-2-7b is an entry of its own, on its 55,296 tokens; its 13B is not, and is no Llama 2 13B.)
      'hfl/chinese-llama-2-13b',
      // (Qwen2.5-Omni-7B is an entry of its own; its 3B is not, and is no Qwen2.5-3B.)
      'Qwen/Qwen2.5-Omni-3B',
      'techwithsergiu/Qwen3.5-text-4B-bnb-4bit',
      'someone/Qwen-72B-Chat-sft',
      'someone/Qwen3-Omni-4B-sft',
    ])
      assert.equal(catalogueModel(given(name)).model, undefined, name);
  });
});

describe('catalogue: Baichuan and Baichuan 2 (model_type baichuan, a fused W_pack, untied)', () => {
  const layer = (h: number, f: number) => 4 * h * h + 3 * h * f + 2 * h;
  it("Baichuan-7B at its README's n_parameters, 7,000,559,616; Baichuan-13B's 40 × 5,120 layers", () => {
    assert.equal(params('baichuan-inc/Baichuan-7B').total.value, 7000559616);
    assert.equal(params('baichuan-inc/Baichuan-13B-Chat').total.value, 64000 * 5120 * 2 + 40 * layer(5120, 13696) + 5120);
  });
  it("Baichuan 2's 125,696 tokens on the same shapes (a user's model/Baichuan2-7B-Chat folder among them): 7.51 B and 13.9 B", () => {
    assert.equal(params('model/Baichuan2-7B-Chat').total.value, 125696 * 4096 * 2 + 32 * layer(4096, 11008) + 4096);
    assert.equal(params('baichuan-inc/Baichuan2-13B-Chat').total.value, 125696 * 5120 * 2 + 40 * layer(5120, 13696) + 5120);
  });
});

describe('catalogue: StarCoder2 (model_type starcoder2: biased LayerNorm layers, GQA, a plain GELU MLP)', () => {
  // Per layer: q h·h, k and v h·(g·d) each, o h·h, all biased; up and down h·f with their biases; two LayerNorms.
  const layer = (h: number, a: number, g: number, f: number) => {
    const kv = (g * h) / a;
    return 2 * h * h + 2 * h * kv + 2 * h + 2 * kv + 2 * h * f + f + h + 4 * h;
  };
  it("3B and 7B with the head tied (Starcoder2Config's default), 15B untied: 3,030,371,328, 7,173,923,840 and 15,957,889,024, the Open LLM Leaderboard's 3.03, 7.174 and 15.958 B", () => {
    const V = 49152;
    assert.equal(params('bigcode/starcoder2-3b').total.value, V * 3072 + 30 * layer(3072, 24, 2, 12288) + 2 * 3072);
    assert.equal(params('starcoder2-7b').total.value, V * 4608 + 32 * layer(4608, 36, 4, 18432) + 2 * 4608);
    assert.equal(params('bigcode/starcoder2-15b').total.value, 2 * V * 6144 + 40 * layer(6144, 48, 4, 24576) + 2 * 6144);
    assert.deepEqual(
      ['bigcode/starcoder2-3b', 'bigcode/starcoder2-7b', 'bigcode/starcoder2-15b'].map((n) => Math.round(params(n).total.value / 1e6) / 1e3),
      [3.03, 7.174, 15.958],
    );
  });
});

describe('catalogue: Qwen3-Omni (qwen3_omni_moe)', () => {
  it("Qwen/Qwen3-Omni-30B-A3B-Instruct: the thinker's Qwen3-30B-A3B with 152,064 rows and Qwen3-VL's 27 × 1152 tower (31,071,278,320, its config.json's count); the audio encoder, talker and code2wav said as not counted", () => {
    const b = catalogueModel(given('Qwen/Qwen3-Omni-30B-A3B-Instruct'));
    const p = analyzeParams(b.model!);
    // Qwen3-30B-A3B's 30,532,122,624 with 128 more rows in the embedding and the head; Qwen3-VL-30B-A3B's tower.
    assert.equal(p.total.value - p.vision.value, 30532122624 + 2 * 128 * 2048);
    assert.equal(p.vision.value, 538631408);
    assert.equal(p.total.value, analyzeFixture('survey/eightieth/hf/1292-qwen3-omni-30b-a3b-instruct.config.json').analysis!.params.total.value);
    assert.deepEqual(b.findings.map((f) => f.message.args?.key).sort(), ['code2wav_config', 'talker_config', 'thinker_config.audio_config']);
    // Its Thinking and Captioner releases, the thinker alone: the same count, only the audio encoder said.
    for (const name of ['Qwen/Qwen3-Omni-30B-A3B-Thinking', 'Qwen/Qwen3-Omni-30B-A3B-Captioner']) {
      const t = catalogueModel(given(name));
      assert.equal(analyzeParams(t.model!).total.value, p.total.value);
      assert.deepEqual(
        t.findings.map((f) => f.message.args?.key),
        ['thinker_config.audio_config'],
      );
    }
  });
});

describe('catalogue: Qwen2.5-Omni (qwen2_5_omni)', () => {
  it("Qwen/Qwen2.5-Omni-7B: the thinker's Qwen2.5-7B and Qwen2.5-VL-7B's tower, Qwen2.5-VL-7B-Instruct's 8,292,166,656; the audio encoder, talker and token2wav said as not counted", () => {
    const b = catalogueModel(given('Qwen/Qwen2.5-Omni-7B'));
    const p = analyzeParams(b.model!);
    assert.equal(p.total.value, analyzeParams(catalogueModel(given('Qwen/Qwen2.5-VL-7B-Instruct')).model!).total.value);
    assert.equal(p.total.value, 8292166656);
    assert.deepEqual(b.findings.map((f) => f.message.args?.key).sort(), ['talker_config', 'thinker_config.audio_config', 'token2wav_config']);
  });
});

describe('catalogue: Qwen (1) 14B', () => {
  it("qwen/Qwen-14B-Chat: Qwen-7B's layers at 40 × 5,120 with 152,064 rows, Qwen1.5-14B's shapes and count (14,167,290,880)", () => {
    assert.equal(params('qwen/Qwen-14B-Chat').total.value, 14167290880);
  });
});

describe('catalogue: Ministral 3 3B, Hunyuan 0.5B, Poro 2, Shisa V2 unphi4, Intern-Decision; a verl / EasyR1 checkpoint', () => {
  it("Ministral-3-3B-Instruct-2512: the card's 3.4B language model (3,429,006,336, tied) and 0.4B vision encoder, 3,849,090,048; a ModelScope download's folder names it", () => {
    const b = catalogueModel(given('mistralai/Ministral-3-3B-Instruct-2512'));
    const p = analyzeParams(b.model!);
    // 131,072 × 3,072 tied; 26 layers of q and o 3,072 × 4,096, k and v 3,072 × 1,024, SwiGLU 3 × 3,072 × 9,216, two norms; the final norm.
    const text = 131072 * 3072 + 26 * (2 * 3072 * 4096 + 2 * 3072 * 1024 + 3 * 3072 * 9216 + 2 * 3072) + 3072;
    assert.equal(text, 3429006336);
    assert.equal(billions(text, 1), 3.4);
    assert.equal(billions(p.vision.value, 1), 0.4);
    assert.equal(p.total.value, 3849090048);
    assert.equal(params('/home/me/.cache/modelscope/hub/models/mistralai/Ministral-3-3B-Instruct-2512').total.value, 3849090048);
  });
  it('tencent/Hunyuan-0.5B-Instruct: 539,010,048, the 1.08 GB of its bf16 checkpoint ("0.5B")', () => {
    const p = params('tencent/Hunyuan-0.5B-Pretrain');
    // 120,818 × 1,024 tied; 24 layers of q and o 1,024 × 2,048, k and v 1,024 × 1,024, SwiGLU 3 × 1,024 × 3,584, two norms and the q/k norms of 128.
    assert.equal(p.total.value, 120818 * 1024 + 24 * (2 * 1024 * 2048 + 2 * 1024 * 1024 + 3 * 1024 * 3584 + 2 * 1024 + 2 * 128) + 1024);
    assert.equal(p.total.value, 539010048);
    assert.equal(Number(((p.total.value * 2) / 1e9).toFixed(2)), 1.08);
  });
  it("Poro 2 8B as Llama 3.1 8B (8,030,261,248, its card's 8.03B); Shisa V2's unphi4-14b as unsloth/phi-4 (14,659,507,200)", () => {
    assert.equal(params('LumiOpen/Llama-Poro-2-8B-Instruct').total.value, 8030261248);
    assert.equal(params('shisa-ai/shisa-v2-unphi4-14b').total.value, 14659507200);
    assert.equal(catalogueModel(given('shisa-ai/shisa-v2-unphi4-14b')).model?.architecture?.value, 'LlamaForCausalLM');
  });
  it('Intern-Decision 2B as Qwen3.5-2B, its base: the language model 1,881,825,088, as a GGUF conversion of it counts', () => {
    const p = params('internlm/Intern-Decision-2B');
    assert.equal(p.total.value, params('Qwen/Qwen3.5-2B').total.value);
    assert.equal(p.total.value - p.vision.value, 1881825088);
  });
  it('a local copy in a folder of a generic name (…/ChatGLM2-6B/model, …/weights) is the model the folder above names', () => {
    assert.equal(findModel('/root/autodl-tmp/ChatGLM2-6B/model')?.id, findModel('THUDM/chatglm2-6b')?.id);
    assert.equal(findModel('/data/Qwen2.5-7B-Instruct/weights/')?.id, findModel('Qwen/Qwen2.5-7B-Instruct')?.id);
    assert.equal(findModel('/data/my-run/model'), undefined);
  });
  it("a folder that writes a dash between the family and its version (qwen-2.5-7B-instruct) is that version's model, never the family's first of that size", () => {
    assert.equal(findModel('/root/huggingface/qwen-2.5-7B-instruct')?.id, 'Qwen/Qwen2.5-7B');
    assert.equal(findModel('llama-3.1-8b-instruct')?.id, 'meta-llama/Llama-3.1-8B');
    assert.notEqual(baseNamedIn('qwen-2.5-7b-medical-sft')?.id, 'Qwen/Qwen-7B');
    // (A fine-tune's own words between the family and its size, with a version among them, still name the base.)
    assert.equal(baseNamedIn('allenai/Llama-3.1-Tulu-3-8B-SFT')?.id, 'meta-llama/Llama-3.1-8B');
  });
  it("a copy of an R1 distill named without the word (deepseek-r1-qwen-1.5b, 6074) is that distill, not DeepSeek-R1's 671B; an R1 name followed by another family's is that family's (a fine-tune named DeepSeek-R1-Qwen3-8B-math: Qwen3-8B's shapes)", () => {
    assert.equal(baseNamedIn('/root/autodl-tmp/deepseek-r1-qwen-1.5b/')?.id, 'deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B');
    assert.equal(baseNamedIn('my-org/DeepSeek-R1-Qwen3-8B-math')?.id, 'Qwen/Qwen3-8B');
  });
  it("a model that adds vision, speech or audio to a family's name (Phi-4-multimodal-instruct, 6909) is another model, not that family's text model of the name (Phi-4's 14.7B)", () => {
    assert.equal(baseNamedIn('microsoft/Phi-4-multimodal-instruct'), undefined);
    assert.equal(baseNamedIn('my-org/Qwen2.5-7B-omni-sft'), undefined);
    // (A fine-tune's own words after the name still name its base.)
    assert.equal(baseNamedIn('my-org/phi-4-medical-sft')?.id, findModel('microsoft/phi-4')?.id);
  });
  it('LLaVA-NeXT on Mistral 7B: 7,566,747,648 (llava-hf, "7.57B"); the original release and its ModelScope copy with 32,000 rows', () => {
    const hf = params('llava-hf/llava-v1.6-mistral-7b-hf');
    assert.equal(hf.total.value, 7566747648);
    assert.equal(hf.vision.value, 303507456 + 20979712 + 4096);
    assert.equal(params('AI-ModelScope/llava-v1.6-mistral-7b').total.value, 7566747648 - 64 * 4096 * 2);
  });
  it("a run's checkpoint that verl or EasyR1 saved (…/<run>/global_step_N/actor/huggingface) is the model its run's folder names, said", () => {
    const b = catalogueModel(given('/ckpt/easy_r1/qwen2_5_vl_7b_closeQA_grpo_1epoch/global_step_186/actor/huggingface'));
    assert.equal(analyzeParams(b.model!).total.value, 8292166656);
    assert.ok(b.findings.some((f) => f.message.id === 'catalogue.baseInName'));
    assert.equal(params('/ckpt/Qwen3-8B/global_step_20').total.value, params('Qwen/Qwen3-8B').total.value);
    assert.equal(catalogueModel(given('global_step_20')).model, undefined);
    assert.equal(catalogueModel(given('/ckpt/my-run/global_step_20/actor/huggingface')).model, undefined);
  });
  it('a relative folder that holds the model beside its tokenizer (Meta-Llama-3-8B-Instruct/model, as survey 4425 loads it) is the model its folder names; a folder named model alone is none', () => {
    assert.equal(params('Meta-Llama-3-8B-Instruct/model').total.value, 8030261248);
    assert.equal(params('Meta-Llama-3-8B-Instruct\\weights\\').total.value, 8030261248);
    assert.equal(catalogueModel(given('my-run/model')).model, undefined);
    assert.equal(catalogueModel(given('model')).model, undefined);
  });
  it('Falcon-RW-1B (1,311,625,216) and TinyLLaVA v1 (1,410,113,536) as their config.json; BLING Falcon 1B and Vigogne 2 7B Chat as the models they were tuned from', () => {
    assert.equal(params('tiiuae/falcon-rw-1b').total.value, 1311625216);
    assert.equal(params('tiiuae/falcon-rw-1b').total.value, analyzeFixture('hf_config_2025/falcon-rw-1b.config.json').analysis!.params.total.value);
    assert.equal(params('llmware/bling-falcon-1b-0.1').total.value, 1311625216);
    assert.equal(params('bczhou/tiny-llava-v1-hf').total.value, 1410113536);
    assert.equal(params('bczhou/tiny-llava-v1-hf').total.value, analyzeFixture('hf_config_2026/tiny-llava-v1-hf.config.json').analysis!.params.total.value);
    assert.equal(params('bofenghuang/vigogne-2-7b-chat').total.value, 6738415616);
    // (Sailor2 8B as its config.json, 8,546,930,176; a DPO run's model named for it is its shapes, said.)
    assert.equal(params('sail/Sailor2-8B').total.value, analyzeFixture('hf_config_2026/sailor2-8b.config.json').analysis!.params.total.value);
    assert.equal(params('sail/Sailor2-8B').total.value, 8546930176);
    assert.equal(baseNamedIn('SAIL-Sailor/sailor2-8B-dpo-uf-sea-v1')?.id, 'sail/Sailor2-8B');
  });

  it("TinyMistral-248M v2.5, SantaCoder, UER's Chinese RoBERTa L-8 H-512, PhayaThaiBERT and Chinese-LLaMA-2 7B as their config.json (test/fixtures/hf_config_2026); Vicuna v1.3, BioMistral and CodeBERT as the models they were tuned from", () => {
    assert.equal(params('Locutusque/TinyMistral-248M-v2.5-Instruct').total.value, 248024064);
    assert.equal(params('bigcode/santacoder').total.value, 1124886528);
    assert.equal(params('uer/chinese_roberta_L-8_H-512').total.value, 36585608);
    assert.equal(params('clicknext/phayathaibert').total.value, 277724590);
    for (const [name, file] of [
      ['Locutusque/TinyMistral-248M-v2.5-Instruct', 'tinymistral-248m-v2.5-instruct'],
      ['bigcode/gpt_bigcode-santacoder', 'gpt-bigcode-santacoder'],
      ['uer/chinese_roberta_L-8_H-512', 'chinese-roberta-l8-h512-danmaku-ft'],
      ['clicknext/phayathaibert', 'phayathaibert'],
    ] as const)
      assert.equal(params(name).total.value, analyzeFixture(`hf_config_2026/${file}.config.json`).analysis!.params.total.value, name);
    // (A fine-tune named for it, PhayaThaiBERT's Thai NER, is its base's shapes.)
    assert.equal(baseNamedIn('Pavarissy/phayathaibert-thainer')?.id, 'clicknext/phayathaibert');
    assert.equal(params('lmsys/vicuna-7b-v1.3').total.value, 6738415616);
    assert.equal(params('lmsys/vicuna-13b-v1.3').total.value, params('huggyllama/llama-13b').total.value);
    // (The folder LLaVA's scripts load Vicuna v1.3 from, ./checkpoints/vicuna-v1-3-7b; Pygmalion 6B as the GPT-J 6B it was tuned from.)
    assert.equal(params('./checkpoints/vicuna-v1-3-7b').total.value, 6738415616);
    assert.equal(params('models/pygmalion-6b').total.value, 6050882784);
    // (Chinese-Alpaca-2 7B on Chinese-LLaMA-2's 55,296 tokens.)
    assert.equal(params('hfl/chinese-alpaca-2-7b').total.value, analyzeFixture('hf_config_2026/chinese-llama-2-7b.config.json').analysis!.params.total.value);
    assert.equal(params('chinese-alpaca-2-7b').total.value, 6929256448);
    // (BioMistral 7B as the Mistral 7B it was pre-trained further from; CodeBERT as RoBERTa base's bare RobertaModel.)
    assert.equal(params('BioMistral/BioMistral-7B').total.value, params('mistralai/Mistral-7B-v0.1').total.value);
    assert.equal(params('microsoft/codebert-base').total.value, 124645632);
    // Mistral Small 2409, the Hub's 22.2B: 56 × (6,144² × 2 + 2 × 6,144 × 1,024 + 3 × 6,144 × 16,384 + 2 × 6,144) + 2 × 32,768
    // × 6,144 + 6,144.
    const small = params('unsloth/Mistral-Small-Instruct-2409').total.value;
    assert.equal(small, 56 * (2 * 6144 * 6144 + 2 * 6144 * 1024 + 3 * 6144 * 16384 + 2 * 6144) + 2 * 32768 * 6144 + 6144);
    assert.equal(billions(small, 1), 22.2);
    // MedGemma 27B and 4B, Gemma 3's vision-language models; ChatGLM2 / ChatGLM3 under a folder named for the family alone.
    assert.equal(params('google/medgemma-27b-it').total.value, 27432406640);
    assert.equal(findModel('google/medgemma-4b-it')?.id, 'google/gemma-3-4b-pt');
    assert.equal(findModel('google/medgemma-27b-text-it'), undefined);
    assert.equal(params('models/chatglm3').total.value, 6243584000);
    assert.equal(params('../models/chatglm2').total.value, 6243584000);
    // ruT5 base, T5 base's shapes (its card's 222M); CodeT5+ 770M, T5 large's over 32,100 tokens; sshleifer's tiny GPT-2.
    assert.equal(params('sberbank-ai/ruT5-base').total.value, params('t5-base').total.value);
    assert.equal(Math.floor(params('ai-forever/ruT5-base').total.value / 1e6), 222);
    assert.equal(params('Salesforce/codet5p-770m').total.value, params('t5-large').total.value - 28 * 1024);
    assert.equal(params('sshleifer/tiny-gpt2').total.value, 50257 * 2 + 1024 * 2 + 2 * (4 + 18 + 6 + 4 + 24 + 18) + 4);
    // Polyglot-Ko 1.3B, 3.8B and 5.8B, their model cards' n_parameters.
    assert.equal(params('EleutherAI/polyglot-ko-1.3b').total.value, 1331810304);
    assert.equal(params('EleutherAI/polyglot-ko-3.8b').total.value, 3809974272);
    assert.equal(params('EleutherAI/polyglot-ko-5.8b').total.value, 5885059072);
    // StarCoder / StarCoderBase 15.5B; StarCoderBase 1B, a size of its own the catalogue lacks, is not taken for it.
    assert.equal(params('bigcode/starcoderbase').total.value, 15517456384);
    assert.equal(baseNamedIn('bigcode/starcoderbase-1b'), undefined);
    // CodeGen 350M and 2B (mono, multi, nl): the paper's 350M and 2.7B.
    assert.equal(params('Salesforce/codegen-350M-mono').total.value, 356712448);
    assert.equal(params('codegen-2B-multi').total.value, 2779356160);
    assert.equal(billions(params('/mnt/workspace/models/codegen-2B-mono').total.value, 2), 2.78);
  });
});
