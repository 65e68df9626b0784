/**
 * Messages between the cluster breakdown panel (webview) and the extension host, validated by zod
 * on both sides: a malformed message is rejected without effect.
 */
import * as z from 'zod/mini';
import type { PanelModel } from '../core';

// zod/mini (the same validation, functional): the panel and the extension's bundles stay small and load fast.
const int = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
const degree = int(1, 1_000_000);

export const whatIfSchema = z.strictObject({
  accelerator: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  gpusPerNode: z.optional(int(1, 1024)),
  nodes: z.optional(int(1, 1_000_000)),
  scaleUpGBs: z.optional(z.number().check(z.positive(), z.maximum(100_000))),
  scaleOutGbps: z.optional(z.number().check(z.positive(), z.maximum(100_000))),
  tp: z.optional(degree),
  pp: z.optional(degree),
  vpp: z.optional(degree),
  dp: z.optional(degree),
  cp: z.optional(degree),
  ep: z.optional(degree),
  microBatch: z.optional(int(1, 65536)),
  recompute: z.optional(z.enum(['none', 'selective', 'full'])),
  precision: z.optional(z.enum(['bf16', 'fp16', 'fp8', 'fp4', 'fp32'])),
  /** A row of the levers table, applied first (its id). */
  lever: z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/))),
});

export type WhatIfMessage = z.infer<typeof whatIfSchema>;

export const panelToHostSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('whatIf'), whatIf: whatIfSchema }),
  z.strictObject({ type: z.literal('apply'), whatIf: whatIfSchema }),
  z.strictObject({ type: z.literal('openReport') }),
]);

export type PanelToHost = z.infer<typeof panelToHostSchema>;

const finite = z.number().check(z.refine(Number.isFinite, 'finite'));
const nonNegative = z.number().check(z.refine(Number.isFinite, 'finite'), z.minimum(0));
const segment = z.object({ key: z.string(), label: z.string(), seconds: nonNegative, hidden: z.boolean(), text: z.string() });
const point = z.object({ gpus: finite, globalBatch: finite, ratio: z.nullable(finite), mfu: finite, stepSeconds: finite });

/** The fields the panel draws, checked before drawing (numbers finite and non-negative). */
export const panelModelSchema = z.looseObject({
  file: z.string(),
  convention: z.string(),
  cluster: z.looseObject({
    accelerator: z.string(),
    name: z.string(),
    gpus: finite,
    gpusPerNode: finite,
    nodes: finite,
    scaleUpGBs: finite,
    scaleOutGbps: finite,
    assumed: z.boolean(),
  }),
  layout: z.looseObject({
    tp: finite,
    pp: finite,
    vpp: finite,
    dp: finite,
    cp: finite,
    ep: finite,
    microBatch: finite,
    recompute: z.string(),
    precision: z.string(),
    label: z.string(),
  }),
  runnable: z.boolean(),
  show: z.looseObject({ ratio: z.boolean(), step: z.boolean(), dimensions: z.boolean(), scaling: z.boolean() }),
  ratio: z.nullable(finite),
  mfu: z.nullable(nonNegative),
  stepSeconds: z.nullable(nonNegative),
  text: z.looseObject({ ratio: z.string(), mfu: z.string(), step: z.string(), memory: z.string() }),
  step: z.array(segment),
  dimensions: z.array(z.looseObject({ dimension: z.string(), degree: finite, linkSeconds: nonNegative, exposedSeconds: nonNegative })),
  scaling: z.nullable(z.looseObject({ weak: z.array(point), strong: z.array(point), commDominatesAt: z.nullable(finite), runsOutAt: finite })),
  absorption: z.nullable(z.looseObject({ weak: finite, strong: finite, weakLimit: z.string(), strongLimit: z.string() })),
  levers: z.array(z.object({ id: z.string(), label: z.string(), cells: z.array(z.string()) })),
  headline: z.nullable(z.string()),
  memory: z.looseObject({
    segments: z.array(z.object({ key: z.string(), label: z.string(), bytes: nonNegative, text: z.string() })),
    capacity: finite,
    total: finite,
    fits: z.boolean(),
  }),
  layouts: z.array(z.looseObject({ stepSeconds: finite, mfu: finite, label: z.string() })),
  presets: z.array(z.object({ id: z.string(), name: z.string() })),
  labels: z.record(z.string(), z.string()),
});

export const hostToPanelSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('model'), model: panelModelSchema, whatIf: whatIfSchema }),
  z.strictObject({ type: z.literal('empty'), message: z.string() }),
]);

export type HostToPanel = { type: 'model'; model: PanelModel; whatIf: WhatIfMessage } | { type: 'empty'; message: string };
