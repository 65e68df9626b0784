/**
 * The editor settings (computeBudget.*), validated by zod: a bad value falls back to its default,
 * never throws. The VS Code extension reads them from its configuration; the language server from
 * the client's workspace/configuration answer, nested (`{ limits: { maxAnalysisMs } }`) or dotted.
 */
import { z } from 'zod';
import { CONVENTIONS } from './analysis';

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

/** Settings from a configuration object as an LSP client sends it; anything not an object gives the defaults. */
export function settingsFrom(config: unknown): Settings {
  const flat: Record<string, unknown> = {};
  const record = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  const keys = Object.keys(settingsSchema.shape);
  const walk = (node: unknown, prefix: string): void => {
    if (!record(node)) return;
    for (const [k, v] of Object.entries(node)) {
      const key = prefix ? `${prefix}.${k}` : k;
      // `rules` is a record of its own; every other object is a group of dotted keys.
      if (record(v) && !keys.includes(key)) walk(v, key);
      else flat[key] = v;
    }
  };
  walk(config, '');
  return settingsSchema.parse(flat);
}
