/**
 * Communication per training step, per dimension (formulas.md §5): the collective, how many, the
 * bytes each GPU moves, the link tier it crosses, the link time (α + bytes × bus factor /
 * (bandwidth × efficiency), bus factors as in nccl-tests) and the part not hidden behind compute.
 */
import type { Cluster } from '../hardware/cluster';
import type { ModelSpec } from '../spec';
import { fp8ParamBytes, paramsPerGpu, trainedShare } from './memory';
import { analyzeParams, blocksPerLayer, moeLayersPerStage } from './params';
import { attentionLayers } from './flops';
import { matrixParams } from './optimizers';
import { busiestStageLayers } from './stages';
import { expertLoad, microBatches, placement, shardGroupOf, type Dimension, type Layout, type Tier, type Workload } from './parallel';

/** Megatron-Core's default gradient bucket: 40 M elements, at least 1 M per data-parallel rank. */
export const GRAD_BUCKET_ELEMENTS = 40_000_000;
export const GRAD_BUCKET_ELEMENTS_PER_RANK = 1_000_000;

/**
 * The share of the accelerator's SMs a per-node dispatcher's kernels hold while they run (Workload.epCommSms over
 * AcceleratorPreset.sms): while its all-to-all is hidden under another micro-batch's compute, the GEMMs run on the rest.
 * 0 where either is unknown (NCCL's all-to-all: its channels are not counted).
 */
export function dispatcherSmShare(w: Pick<Workload, 'epCommSms' | 'epNodeDispatch'>, c: Cluster): number {
  const sms = c.accelerator.sms;
  return w.epNodeDispatch && w.epCommSms && sms ? Math.min(1, w.epCommSms / sms) : 0;
}

/** Optimizers that update each weight matrix as a whole (orthogonalized or preconditioned), not elementwise. */
export const WHOLE_MATRIX_OPTIMIZERS: ReadonlySet<string> = new Set(['muon', 'shampoo', 'soap']);

/** The share of the model's parameters in the layers' weight matrices (what a whole-matrix optimizer updates). */
function matrixShare(m: ModelSpec): number {
  const total = analyzeParams(m).total.value;
  return total > 0 ? Math.min(1, matrixParams(m) / total) : 0;
}

/** Bytes per activation element on the wire (16-bit activations). */
export const ACTIVATION_BYTES = 2;

export type Collective = 'all-reduce' | 'all-gather + reduce-scatter' | 'all-to-all' | 'send/recv' | 'ring send/recv';

export interface CommEntry {
  readonly dimension: Dimension;
  readonly degree: number;
  readonly collective: Collective;
  /** Collectives per step on one GPU. */
  readonly count: number;
  /** Bytes one GPU sends per step (message sizes × count, before the bus factor). */
  readonly bytesPerGpu: number;
  readonly tier: Tier;
  readonly linkSeconds: number;
  readonly exposedSeconds: number;
}

/** nccl-tests bus-bandwidth factors (doc/PERFORMANCE.md). */
export function busFactor(c: Collective, n: number): number {
  if (n <= 1) return 0;
  switch (c) {
    case 'all-reduce':
      return (2 * (n - 1)) / n;
    case 'all-gather + reduce-scatter':
    case 'all-to-all':
      return (n - 1) / n;
    case 'send/recv':
    case 'ring send/recv':
      return 1;
  }
}

/** Bytes per second one GPU achieves on a tier. */
export function tierBandwidth(c: Cluster, tier: Tier): number {
  return tier === 'scale-up' ? c.scaleUpGBs * 1e9 * c.scaleUpEfficiency : (c.scaleOutGbps / 8) * 1e9 * c.scaleOutEfficiency;
}

export interface ComputeTimes {
  /** Forward + backward (+ recompute) of one step on one GPU, seconds. */
  readonly step: number;
  /** The linear layers' GEMMs per step (what overlapped TP communication hides behind). */
  readonly gemm?: number;
  /** Attention score/value compute per step (what CP's ring exchange can hide behind). */
  readonly attention: number;
  /** Backward of one micro-batch (the window DP's gradient reduction overlaps). */
  readonly backwardOfLastMicroBatch: number;
  /** Forward of one micro-batch (the window a sharded optimizer's parameter all-gather overlaps with --overlap-param-gather). */
  readonly forwardOfFirstMicroBatch?: number;
}

/**
 * A sharded optimizer (ZeRO-1/2, Megatron's distributed optimizer) all-gathers the updated parameters once a
 * step, which --overlap-param-gather can hide; ZeRO-3 / FSDP gathers per layer instead.
 */
export function gathersUpdatedParameters(l: Pick<Layout, 'zero' | 'distributedOptimizer'>): boolean {
  return (l.zero >= 1 || l.distributedOptimizer) && l.zero !== 3;
}

/**
 * The other nodes a token's top-k experts sit on, on average, with its EP group over `nodes` nodes of E/nodes experts each
 * and routing spread evenly (load-balanced): (nodes − 1) × (1 − P), P the chance that a given node holds none of the k,
 * C(E − E/nodes, k) / C(E, k). Under group-limited routing (DeepSeek-V3: 8 groups, the top 4) with whole groups on each node,
 * a node is reached when one of its groups is among the chosen: P = C(G − G/nodes, M) / C(G, M).
 */
export function remoteNodesPerToken(moe: NonNullable<ModelSpec['moe']>, nodes: number): number {
  if (nodes <= 1) return 0;
  const none = (all: number, off: number, picks: number) => {
    let p = 1;
    for (let i = 0; i < picks; i++) p *= Math.max(0, all - off - i) / (all - i);
    return p;
  };
  const g = moe.routerGroups;
  const grouped = g !== undefined && Number.isInteger(g.groups.value / nodes);
  const p = grouped
    ? none(g.groups.value, g.groups.value / nodes, g.topK.value)
    : none(moe.experts.value, moe.experts.value / nodes, Math.min(moe.topK.value, moe.experts.value));
  return (nodes - 1) * (1 - p);
}

/** Hybrid sharding's shard group, where the sharded state spans fewer data-parallel ranks than reduce gradients (undefined: all). */
export function hybridShardGroup(
  l: Pick<Layout, 'zero' | 'distributedOptimizer' | 'dp' | 'cp'>,
  w: Pick<Workload, 'shardGroup' | 'shardReplicas'>,
): number | undefined {
  const g = shardGroupOf(l, w);
  const over = l.dp * l.cp;
  return (l.zero >= 1 || l.distributedOptimizer) && g !== undefined && g > 1 && g < over && over % g === 0 ? g : undefined;
}

/** The scale-up domains (nodes) an EP group of etp·ep ranks spans. */
export function epNodes(l: Pick<Layout, 'ep' | 'etp'>, c: Cluster): number {
  return (l.etp * l.ep) / c.accelerator.scaleUpDomain;
}

export function communication(l: Layout, w: Workload, c: Cluster, compute: ComputeTimes): CommEntry[] {
  const m = w.model;
  const tiers = placement(l, c.accelerator.scaleUpDomain);
  const mb = Math.max(1, microBatches(l, w));
  const L = m.layers.value;
  const perStage = busiestStageLayers(L, l.pp, l.vpp, l.stages);
  const tokens = (l.microBatch * w.seqLen) / l.cp;
  const h = m.hidden.value;
  const act = ACTIVATION_BYTES;
  const full = l.recompute === 'full';
  const alpha = c.latencyUs * 1e-6;
  const out: CommEntry[] = [];
  const entry = (
    dimension: Dimension,
    degree: number,
    collective: Collective,
    count: number,
    bytesEach: number,
    exposed: (link: number) => number,
    tier = tiers[dimension],
    nicsPerGroup = 1,
  ) => {
    const bytes = count * bytesEach;
    // A group with k members in each node runs k rings at once, each over its own NIC (NCCL's channels): k × one NIC, up to
    // what the scale-up link carries meanwhile.
    const bandwidth = tier === 'scale-out' ? Math.min(nicsPerGroup * tierBandwidth(c, tier), tierBandwidth(c, 'scale-up')) : tierBandwidth(c, tier);
    const link = count * alpha + (bytes * busFactor(collective, degree)) / bandwidth;
    out.push({ dimension, degree, collective, count, bytesPerGpu: bytes, tier, linkSeconds: link, exposedSeconds: Math.max(0, exposed(link)) });
  };

  if (l.tp > 1) {
    // 2 all-reduces forward and 2 backward per layer per micro-batch (+2 when the forward is recomputed).
    // With sequence parallelism each all-reduce becomes an all-gather and a reduce-scatter (same bytes on the wire).
    // (A hybrid stack's layers hold one block or two: an all-reduce each way per block.)
    const blocks = blocksPerLayer(m);
    const count = Math.round(perStage * mb * (2 * blocks + (full ? blocks : 0)) * (l.sp ? 2 : 1));
    // Overlapped (tpCommOverlap): the GEMM is split in TP chunks, one chunk's transfer under another's compute; the first is exposed.
    entry('tp', l.tp, l.sp ? 'all-gather + reduce-scatter' : 'all-reduce', count, tokens * h * act, (link) =>
      w.tpCommOverlap ? Math.max(link / l.tp, link - (compute.gemm ?? 0)) : link,
    );
  }
  if (l.cp > 1) {
    // Each TP rank exchanges the K and V of its own heads (at least one head: beyond g they are replicated).
    const kvHeadsPerRank = Math.max(1, m.kvHeads.value / l.tp);
    const kv = 2 * tokens * kvHeadsPerRank * m.headDim.value * act;
    // Only attention layers exchange keys and values (a hybrid stack's Mamba layers pass their state instead, not modelled).
    const count = Math.round(((perStage * attentionLayers(m)) / L) * mb * (l.cp - 1) * (3 + (full ? 1 : 0)));
    entry('cp', l.cp, 'ring send/recv', count, kv, (link) => link - compute.attention);
  }
  if (m.moe && l.ep > 1) {
    const moeStage = moeLayersPerStage(m, perStage);
    const count = moeStage * mb * (4 + (full ? 2 : 0));
    // Each rank dispatches its own tokens (a TP rank's share under sequence parallelism), k copies of each.
    // (Padded to the experts' capacity, the buffers carry the padding; dropped tokens are not sent.)
    const each = (m.moe.topK.value * tokens * h * act * expertLoad(w)) / (l.sp ? l.tp : 1);
    // Overlapped (epCommOverlap): hidden under the paired micro-batch's compute; one micro-batch's share (the unpaired first
    // forward and last backward) and what the compute cannot cover are exposed.
    // The hidden part still costs the GEMMs the SMs the dispatcher's kernels hold meanwhile (DeepEP's, HybridEP's: epCommSms of
    // the accelerator's SMs), charged as exposed time.
    const epExposed = (link: number) => {
      if (!w.epCommOverlap) return link;
      const exposed = Math.max(link / mb, link - compute.step);
      return exposed + (link - exposed) * dispatcherSmShare(w, c);
    };
    entry('ep', l.ep, 'all-to-all', count, each, epExposed);
    // An EP group wider than the scale-up domain sends only the share bound for other nodes over scale-out; the rest
    // crosses NVLink meanwhile: the slower of the two parts. Dispatched per node (DeepEP, HybridEP: epNodeDispatch), a token
    // crosses the network once for each other node it is routed to, and its copies for that node's GPUs fan out over the
    // receiving node's NVLink: the network carries remoteNodesPerToken of the k copies, NVLink the local ones and the
    // forwarded ones (all but those the receiving GPU keeps).
    const domain = c.accelerator.scaleUpDomain;
    const group = l.etp * l.ep;
    if (group > domain) {
      const e = out[out.length - 1]!;
      const local = domain / group;
      const bytes = e.bytesPerGpu;
      const k = m.moe.topK.value;
      const network = w.epNodeDispatch ? remoteNodesPerToken(m.moe, epNodes(l, c)) / k : 1 - local;
      const nvlink = local - 1 / group + (w.epNodeDispatch ? (1 - local) * (1 - 1 / domain) : 0);
      const link = count * alpha + Math.max((bytes * network) / tierBandwidth(c, 'scale-out'), (bytes * nvlink) / tierBandwidth(c, 'scale-up'));
      out[out.length - 1] = { ...e, linkSeconds: link, exposedSeconds: epExposed(link) };
    }
  }
  if (l.pp > 1) {
    const count = 2 * mb * l.vpp;
    const each = (tokens * h * act) / (l.sp ? l.tp : 1);
    // Overlapped with compute in steady state; the warm-up and cool-down messages are not.
    entry('pp', l.pp, 'send/recv', count, each, (link) => (link / count) * 2 * (l.pp - 1));
  }
  const reduceOver = l.dp * l.cp;
  if (reduceOver > 1) {
    const { dense, experts } = paramsPerGpu(m, l);
    const grad = w.precision === 'fp32' || w.precision === 'tf32' || w.fp32GradReduce ? 4 : 2;
    // Plain DDP all-reduces the gradients; sharded optimizers reduce-scatter them and all-gather the
    // updated 16-bit parameters (the same bytes on the wire); ZeRO-3 / FSDP gathers every parameter,
    // frozen or not, twice (forward and backward). Only trainable parameters have gradients.
    const sharded = l.zero >= 1 || l.distributedOptimizer;
    const collective: Collective = sharded ? 'all-gather + reduce-scatter' : 'all-reduce';
    const trained = dense * trainedShare(w);
    // FP8 parameters (--fp8-param-gather) are gathered in FP8.
    const weight = w.fp8Params ? fp8ParamBytes(w) : 2;
    const gathered = l.zero === 3 ? 2 * weight * dense : sharded ? weight * trained : 0;
    // Whole-matrix optimizers (Muon, Shampoo, SOAP) update each weight matrix from its full gradient: with the state
    // sharded over DP, each rank first gathers the reduce-scattered gradients of the matrices it updates (Liu et al.
    // 2025, "Muon is Scalable for LLM Training", Distributed Muon), after the backward and before the update: not hidden.
    const matrixGather = sharded && WHOLE_MATRIX_OPTIMIZERS.has(w.optimizer) ? trained * matrixShare(m) * grad : 0;
    const bytes = trained * grad + gathered + matrixGather;
    // Megatron's DDP reduces in buckets of max(40 M, 1 M × DP) elements (distributed/distributed_data_parallel_config.py).
    const count = Math.max(1, Math.ceil(trained / Math.max(GRAD_BUCKET_ELEMENTS, GRAD_BUCKET_ELEMENTS_PER_RANK * reduceOver)));
    // A MoE layer's experts are reduced over the expert-data-parallel group instead: the tp·cp·dp ranks that hold the same
    // experts, etp·ep apart (Megatron-Core's expert_data_parallel group), in buckets of their own.
    const expertDp = Math.floor((l.tp * l.cp * l.dp) / (l.ep * l.etp));
    const trainedExperts = expertDp > 1 ? experts * trainedShare(w) : 0;
    const expertBytes = trainedExperts * grad + (l.zero === 3 ? 2 * weight * experts : sharded ? weight * trainedExperts : 0);
    const expertCount = Math.ceil(trainedExperts / Math.max(GRAD_BUCKET_ELEMENTS, GRAD_BUCKET_ELEMENTS_PER_RANK * expertDp));
    const expertNics = Math.max(1, Math.min(expertDp, Math.floor(c.accelerator.scaleUpDomain / (l.etp * l.ep))));
    const expertTier: Tier = l.tp * l.cp * l.dp <= c.accelerator.scaleUpDomain ? 'scale-up' : 'scale-out';
    const expertBandwidth =
      expertTier === 'scale-out' ? Math.min(expertNics * tierBandwidth(c, expertTier), tierBandwidth(c, 'scale-up')) : tierBandwidth(c, expertTier);
    const expertLink = expertBytes > 0 ? expertCount * alpha + (expertBytes * busFactor(collective, expertDp)) / expertBandwidth : 0;
    // Hybrid sharding (HSDP, FSDP's HYBRID_SHARD, torchtitan's replicate × shard, OLMo-core's hsdp): the gathers and the
    // reduce-scatter run within a shard group of g ranks (NVLink where it fits a node), and each rank's reduced shard of the
    // gradients is then all-reduced over the D/g replicas holding the same shard (over the network once the replicas span nodes).
    const g = hybridShardGroup(l, w);
    const shardOver = g ?? reduceOver;
    const replicas = reduceOver / shardOver;
    const replicaBytes = g ? (trained * grad) / g : 0;
    // The reduction's parts over the whole link time (the experts' after the dense parameters', in the same windows).
    const allBytes = bytes + expertBytes + replicaBytes;
    const reduceBytes = (trained + trainedExperts) * grad + replicaBytes;
    const buckets = count + expertCount;
    const dpExposed = (link: number) => {
      // Bucketed and overlapped: each bucket's reduction starts as its gradients are ready in the last micro-batch's
      // backward, so what does not fit that window is exposed, and the last bucket always is. A sharded optimizer's
      // all-gather of the updated parameters (not ZeRO-3's per-layer gathers) hides behind the next step's first
      // forward with --overlap-param-gather, else it is exposed; its buckets are the same.
      const hidden = (part: number, window: number, overlapped: boolean) => (overlapped ? Math.max(part / buckets, part - window) : part);
      const optimizerGather = allBytes > 0 ? (link * matrixGather) / allBytes : 0;
      const rest = link - optimizerGather;
      if (!gathersUpdatedParameters(l)) return optimizerGather + hidden(rest, compute.backwardOfLastMicroBatch, w.overlapGradReduce);
      const reduce = allBytes > 0 ? (link * reduceBytes) / allBytes : rest;
      return (
        optimizerGather +
        hidden(reduce, compute.backwardOfLastMicroBatch, w.overlapGradReduce) +
        hidden(rest - reduce, compute.forwardOfFirstMicroBatch ?? 0, w.overlapParamGather ?? false)
      );
    };
    const domain = c.accelerator.scaleUpDomain;
    entry(
      'dp',
      shardOver,
      collective,
      count,
      bytes / count,
      dpExposed,
      g ? (l.tp * l.cp * g <= domain ? 'scale-up' : 'scale-out') : tiers.dp,
      // Megatron-Core's rank order tp-cp-ep-dp-pp: a data-parallel group's members sit tp × cp apart.
      Math.max(1, Math.min(shardOver, Math.floor(domain / (l.tp * l.cp)))),
    );
    if (g) {
      // The replicas' all-reduce: its own entry; the two share the backward's window, so each is exposed by its share of both.
      const shard = out[out.length - 1]!;
      entry('dp', replicas, 'all-reduce', count, replicaBytes / count, () => 0, tiers.dp, Math.max(1, Math.floor(domain / (l.tp * l.cp * g))));
      const replica = out[out.length - 1]!;
      const link = shard.linkSeconds + replica.linkSeconds + expertLink;
      const share = (part: number) => (link > 0 ? (Math.max(0, dpExposed(link)) * part) / link : 0);
      out[out.length - 2] = {
        ...shard,
        count: buckets,
        bytesPerGpu: bytes + expertBytes,
        linkSeconds: shard.linkSeconds + expertLink,
        exposedSeconds: share(shard.linkSeconds + expertLink),
      };
      out[out.length - 1] = { ...replica, exposedSeconds: share(replica.linkSeconds) };
    } else if (expertLink > 0) {
      // One data-parallel entry for both: its bytes, buckets and link time the sum, its exposure over the sum.
      const e = out[out.length - 1]!;
      const link = e.linkSeconds + expertLink;
      out[out.length - 1] = { ...e, count: buckets, bytesPerGpu: allBytes, linkSeconds: link, exposedSeconds: Math.max(0, dpExposed(link)) };
    }
  }
  return out;
}
