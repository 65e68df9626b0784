/**
 * Messages between the cluster breakdown panel (webview) and the extension host, validated by zod
 * on both sides: a malformed message is rejected without effect.
 */
import { z } from 'zod';
import type { PanelModel } from '../core';

const degree = z.number().int().min(1).max(1_000_000);

export const whatIfSchema = z
  .object({
    accelerator: z.string().min(1).max(40).optional(),
    gpusPerNode: z.number().int().min(1).max(1024).optional(),
    nodes: z.number().int().min(1).max(1_000_000).optional(),
    scaleUpGBs: z.number().positive().max(100_000).optional(),
    scaleOutGbps: z.number().positive().max(100_000).optional(),
    tp: degree.optional(),
    pp: degree.optional(),
    vpp: degree.optional(),
    dp: degree.optional(),
    cp: degree.optional(),
    ep: degree.optional(),
    microBatch: z.number().int().min(1).max(65536).optional(),
    recompute: z.enum(['none', 'selective', 'full']).optional(),
    precision: z.enum(['bf16', 'fp16', 'fp8', 'fp4', 'fp32']).optional(),
    /** A row of the levers table, applied first (its id). */
    lever: z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/)
      .optional(),
  })
  .strict();

export type WhatIfMessage = z.infer<typeof whatIfSchema>;

export const panelToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }).strict(),
  z.object({ type: z.literal('whatIf'), whatIf: whatIfSchema }).strict(),
  z.object({ type: z.literal('apply'), whatIf: whatIfSchema }).strict(),
  z.object({ type: z.literal('openReport') }).strict(),
]);

export type PanelToHost = z.infer<typeof panelToHostSchema>;

const finite = z.number().refine(Number.isFinite, 'finite');
const segment = z.object({ key: z.string(), label: z.string(), seconds: finite.min(0), hidden: z.boolean(), text: z.string() });
const point = z.object({ gpus: finite, globalBatch: finite, ratio: finite.nullable(), mfu: finite, stepSeconds: finite });

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
  ratio: finite.nullable(),
  mfu: finite.min(0).nullable(),
  stepSeconds: finite.min(0).nullable(),
  text: z.looseObject({ ratio: z.string(), mfu: z.string(), step: z.string(), memory: z.string() }),
  step: z.array(segment),
  dimensions: z.array(z.looseObject({ dimension: z.string(), degree: finite, linkSeconds: finite.min(0), exposedSeconds: finite.min(0) })),
  scaling: z.looseObject({ weak: z.array(point), strong: z.array(point), commDominatesAt: finite.nullable(), runsOutAt: finite }).nullable(),
  absorption: z.looseObject({ weak: finite, strong: finite, weakLimit: z.string(), strongLimit: z.string() }).nullable(),
  levers: z.array(z.object({ id: z.string(), label: z.string(), cells: z.array(z.string()) })),
  headline: z.string().nullable(),
  memory: z.looseObject({
    segments: z.array(z.object({ key: z.string(), label: z.string(), bytes: finite.min(0), text: z.string() })),
    capacity: finite,
    total: finite,
    fits: z.boolean(),
  }),
  layouts: z.array(z.looseObject({ stepSeconds: finite, mfu: finite, label: z.string() })),
  presets: z.array(z.object({ id: z.string(), name: z.string() })),
  labels: z.record(z.string(), z.string()),
});

export const hostToPanelSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('model'), model: panelModelSchema, whatIf: whatIfSchema }).strict(),
  z.object({ type: z.literal('empty'), message: z.string() }).strict(),
]);

export type HostToPanel = { type: 'model'; model: PanelModel; whatIf: WhatIfMessage } | { type: 'empty'; message: string };
