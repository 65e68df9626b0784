/** The extension's settings, validated by zod (a bad value falls back to the default, never throws). */
import * as vscode from 'vscode';
import { z } from 'zod';
import { CONVENTIONS } from '../core';

const severity = z.enum(['error', 'warning', 'info', 'hint', 'off']);

export const settingsSchema = z.object({
  enable: z.boolean().catch(true),
  mode: z.enum(['full', 'review', 'quiet']).catch('full'),
  convention: z.enum(CONVENTIONS).catch('causal'),
  cluster: z.string().catch(''),
  rules: z.record(z.string(), severity).catch({}),
  'files.include': z.array(z.string()).catch([]),
  'files.exclude': z.array(z.string()).catch([]),
  'inlayHints.enabled': z.boolean().catch(true),
  'limits.maxFileSizeMB': z.number().positive().max(1024).catch(5),
  'limits.maxAnalysisMs': z.number().positive().max(60000).catch(50),
  'hub.enabled': z.boolean().catch(false),
});

export type Settings = z.infer<typeof settingsSchema>;

export function readSettings(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration('computeBudget', scope);
  return settingsSchema.parse({
    enable: c.get('enable'),
    mode: c.get('mode'),
    convention: c.get('convention'),
    cluster: c.get('cluster'),
    rules: c.get('rules'),
    'files.include': c.get('files.include'),
    'files.exclude': c.get('files.exclude'),
    'inlayHints.enabled': c.get('inlayHints.enabled'),
    'limits.maxFileSizeMB': c.get('limits.maxFileSizeMB'),
    'limits.maxAnalysisMs': c.get('limits.maxAnalysisMs'),
    'hub.enabled': c.get('hub.enabled'),
  });
}
