/**
 * adapter-settings: an adapter that cannot do what it says: a module name no layer of this family's
 * models has, a role this architecture lacks (gate_proj on a plain MLP), or a rank at least the
 * smallest side of a wrapped layer (the product B·A is then no longer low-rank: the adapter costs
 * more than training the layer itself); no lora_alpha (the adapter's output scale α/r is left to a
 * library default the file does not show); a quantized base with no compute dtype (bitsandbytes then
 * computes in fp32: bnb_4bit_compute_dtype defaults to float32); quantized weights and no adapter (bitsandbytes' 4- and 8-bit
 * weights do not train: a full fine-tune needs the 16-bit checkpoint, a quantized one an adapter); an error where no layer
 * is wrapped at all (PEFT stops before the run).
 */
import type { Finding, Message } from '../types';
import type { Rule } from './rule';
import { at } from './where';

export const adapterSettings: Rule = {
  id: 'adapter-settings',
  defaultSeverity: 'warning',
  description: 'rules.adapterSettings',
  run(ctx) {
    const a = ctx.spec.training.adapter;
    // Weights stored quantized (bitsandbytes' 4- or 8-bit) and no adapter: they cannot be trained as they are.
    const stored = ctx.spec.training.quantization;
    if (!a)
      return stored && !ctx.spec.training.freeze
        ? [
            {
              ruleId: 'adapter-settings',
              severity: 'warning',
              message: { id: 'adapter.quantizedFull', args: { quantization: stored.value } },
              ranges: at(ctx, stored),
              fixes: [],
            },
          ]
        : [];
    const m = ctx.analysis.method;
    const out: Finding[] = [];
    const warn = (where: Parameters<typeof at>[1], message: Message) =>
      out.push({ ruleId: 'adapter-settings', severity: 'warning', message, ranges: at(ctx, where), fixes: [] });
    // (A name no role of the language model has that reached a vision tower's linears is no unknown one: Qwen-VL's qkv; nor one
    // the model's code names a role's linears by, GPT-J's fc_in.)
    const own = new Set((ctx.spec.model.moduleNames?.value ?? []).map(([, n]) => n));
    const unknown = (a.unknownTargets?.value ?? []).filter((n) => !m.vision?.names.includes(n) && !own.has(n.split('.').pop()!));
    if (unknown.length) warn(a.unknownTargets, { id: 'adapter.unknownModules', args: { names: unknown.join(', ') } });
    // (Every name a role this architecture lacks, so no layer is wrapped: PEFT stops, "Target modules … not found in the base
    // model", before the run starts; Phi-3's q_proj and v_proj, which its fused qkv_proj leaves to no layer.)
    const roles = { roles: m.unmatched.join(', '), architecture: ctx.spec.model.architecture.value };
    if (m.unmatched.length && !unknown.length && m.adapter.value === 0 && !m.vision?.params)
      out.push({
        ruleId: 'adapter-settings',
        severity: 'error',
        message: { id: 'adapter.nothingWrapped', args: roles },
        ranges: at(ctx, a.targets),
        fixes: [],
      });
    else if (m.unmatched.length) warn(a.targets, { id: 'adapter.missingRoles', args: roles });
    const rank = a.rank;
    if (rank && m.smallestSide && rank.value >= m.smallestSide.features)
      warn(rank, { id: 'adapter.rankOverWidth', args: { r: rank.value, role: m.smallestSide.role, features: m.smallestSide.features } });
    // Only LoRA and DoRA scale their output by α / r.
    if (rank && !a.alpha && (a.kind.value === 'lora' || a.kind.value === 'dora'))
      warn(rank, { id: 'adapter.noAlpha', args: { r: rank.value, twice: 2 * rank.value } });
    const q = ctx.spec.training.quantization;
    if (q && !ctx.spec.training.precision) warn(q, { id: 'adapter.noComputeDtype', args: { quantization: q.value } });
    return out;
  },
};
