/**
 * Hybrid state-space stacks: each layer's mixer (attention, Mamba, both, none) and FFN, from the forms the families write
 * them in — Megatron-Core's layer pattern (`M*-E`, or the ratios it allocates from) and the Hugging Face families' keys.
 * One module for the pattern logic; the families own their keys.
 */
import type { HybridSpec, SsmSpec } from '../spec';
import type { Message, Sourced } from '../types';
import { derived } from '../types';

export type Mixer = HybridSpec['mixers']['value'][number];

/** One layer of Megatron-Core's pattern (mamba_hybrid_layer_allocation.py Symbols): M Mamba, * attention, - MLP, E MoE. */
export const PATTERN_SYMBOLS: Readonly<Record<string, { mixer: Mixer; ffn: boolean; moe?: true }>> = {
  M: { mixer: 'ssm', ffn: false },
  '*': { mixer: 'attention', ffn: false },
  '-': { mixer: 'none', ffn: true },
  E: { mixer: 'none', ffn: true, moe: true },
};

/**
 * A pattern's layers: its symbols, without the pipeline-stage separators (`|`); the multi-token-prediction part after a `/`
 * is not part of the main stack. Undefined when a character is none of the symbols.
 */
export function parsePattern(text: string): string[] | undefined {
  const main = text.split('/')[0]!.replace(/[|\s"']/g, '');
  const out = [...main];
  return out.length > 0 && out.every((c) => PATTERN_SYMBOLS[c] !== undefined) ? out : undefined;
}

/**
 * Megatron-Core's allocation from ratios (mamba_hybrid_layer_allocation.py allocate_layers without an override pattern):
 * round(L·attention ratio) attention layers spread evenly among the Mamba layers, then round(L·MLP ratio) of the Mamba
 * layers turned into MLP layers, spread evenly as well.
 */
export function allocateLayers(total: number, attentionRatio: number, mlpRatio: number): string[] {
  const layers: string[] = Array.from({ length: total }, () => 'M');
  const attention = Math.round(total * attentionRatio);
  let mamba = total - attention;
  const section = mamba / (attention + 1);
  let x = section;
  for (let l = 0; l < total; l++) {
    if (x < 0.5) {
      layers[l] = '*';
      x += section;
    } else x -= 1;
  }
  const mlp = Math.round(total * mlpRatio);
  if (mlp > 0) {
    mamba -= mlp;
    const ratio = mamba / mlp;
    x = ratio;
    for (let l = 0; l < total; l++) {
      if (layers[l] !== 'M') continue;
      if (x < 0.5) {
        layers[l] = '-';
        x += ratio;
      } else x -= 1;
    }
  }
  return layers;
}

/** The hybrid part of a spec from a pattern's symbols, each traced to where the pattern came from. */
export function hybridFromPattern(symbols: readonly string[], from: Sourced<unknown>, ssm: SsmSpec): { hybrid: HybridSpec; moeLayers: number[] } {
  const mixers = symbols.map((c) => PATTERN_SYMBOLS[c]!.mixer);
  const ffn = symbols.map((c) => PATTERN_SYMBOLS[c]!.ffn);
  const moeLayers = symbols.flatMap((c, i) => (PATTERN_SYMBOLS[c]!.moe ? [i] : []));
  const reason = { id: 'prov.hybridPattern' as const, args: { pattern: symbols.join('') } };
  return { hybrid: { mixers: derived(mixers, reason, from), ffn: derived(ffn, reason, from), ssm }, moeLayers };
}

/**
 * A hybrid stack from a written pattern (Megatron's --hybrid-override-pattern, Nemotron-H's hybrid_override_pattern): its
 * layers, and the layer count the pattern gives where the file states none; an error where a character is none of the
 * symbols or the pattern's length is not the stated count.
 */
export function hybridFromText(
  pattern: Sourced<string>,
  layers: Sourced<number> | undefined,
  ssm: SsmSpec,
): { hybrid: HybridSpec; moeLayers: number[]; layers: Sourced<number> } | { error: Message } {
  const symbols = parsePattern(pattern.value);
  if (!symbols) return { error: { id: 'megatron.hybridPattern', args: { value: pattern.value } } };
  if (layers && layers.value !== symbols.length) return { error: { id: 'megatron.hybridPatternLength', args: { n: symbols.length, layers: layers.value } } };
  return {
    ...hybridFromPattern(symbols, pattern, ssm),
    layers: layers ?? derived(symbols.length, { id: 'prov.hybridPattern', args: { pattern: symbols.join('') } }, pattern),
  };
}
