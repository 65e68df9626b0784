/**
 * parallel-layout: valid but costly choices (formulas.md §4): KV heads replicated beyond TP, fewer
 * micro-batches than pipeline stages (the bubble dominates), context-parallel chunks too short to
 * hide the ring's K/V exchange.
 */
import type { Finding, Message } from '../types';
import { CP_MIN_CHUNK_TOKENS, microBatches } from '../analysis/parallel';
import type { Rule } from './rule';
import { at, layoutSource } from './where';

export const parallelLayout: Rule = {
  id: 'parallel-layout',
  defaultSeverity: 'warning',
  description: 'rules.parallelLayout',
  run(ctx) {
    if (!ctx.statesTraining) return [];
    const { layout: l, workload: w } = ctx.analysis.cluster.plan;
    const m = w.model;
    const out: Finding[] = [];
    const warn = (key: string, message: Message) =>
      out.push({ ruleId: 'parallel-layout', severity: 'warning', message, ranges: at(ctx, layoutSource(ctx, key)), fixes: [] });
    const g = m.kvHeads.value;
    if (!m.mla && l.tp > g && m.heads.value % l.tp === 0 && l.tp % g === 0) warn('tp', { id: 'rule.tpReplicatesKv', args: { t: l.tp, g, copies: l.tp / g } });
    const mb = microBatches(l, w);
    // The number of micro-batches depends on DP, which depends on the number of GPUs.
    if (ctx.knownSize && Number.isInteger(mb) && l.pp > 1 && mb < l.pp) warn('pp', { id: 'rule.ppMicroBatches', args: { m: mb, p: l.pp } });
    const chunk = w.seqLen / (2 * l.cp);
    if (l.cp > 1 && chunk < CP_MIN_CHUNK_TOKENS) warn('cp', { id: 'rule.cpChunks', args: { s: w.seqLen, c: l.cp, chunk } });
    return out;
  },
};
