/**
 * What the Node adapters (the CLI and the language server) share: the file system as the engine reads
 * it, and where a named model's config.json is found beyond the workspace (the Hugging Face cache,
 * the Hub when asked).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EngineFs } from '../core';

/** Largest config we read; anything bigger is not a config. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

function describeIoError(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e) {
    const code = String((e as { code: unknown }).code);
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'EFBIG') return `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`;
    return code;
  }
  return e instanceof Error ? e.message : String(e);
}

/** Node's file system for the engine: errors become messages (no such file, larger than 5 MB). */
export const nodeFs: EngineFs = {
  readFile: async (path) => {
    try {
      if (statSync(path).size > MAX_FILE_BYTES) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
      return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    } catch (e) {
      throw new Error(describeIoError(e), { cause: e });
    }
  },
  kind: async (path) => {
    try {
      const s = statSync(path);
      return s.isDirectory() ? 'directory' : s.isFile() ? 'file' : undefined;
    } catch {
      return undefined;
    }
  },
  readDirectory: async (path) =>
    readdirSync(path, { withFileTypes: true })
      .filter((e) => e.isFile() || e.isDirectory())
      .map((e) => ({ name: e.name, kind: e.isDirectory() ? ('directory' as const) : ('file' as const) })),
};

/** How long one request to the Hub may take. */
export const HUB_TIMEOUT_MS = 10000;

/**
 * The Hub, only with --hub: GET {HF_ENDPOINT or https://huggingface.co}/{id}/resolve/main/config.json
 * with HF_TOKEN as a bearer token for gated models (sent to that endpoint only, never printed),
 * a timeout, and a cache of the answers under {XDG_CACHE_HOME or ~/.cache}/compute-budget/hub.
 */
export function hubFetcher(env: Readonly<Record<string, string | undefined>>): (id: string) => Promise<string | undefined> {
  const endpoint = (env.HF_ENDPOINT ?? 'https://huggingface.co').replace(/\/+$/, '');
  const token = env.HF_TOKEN ?? env.HUGGING_FACE_HUB_TOKEN;
  const home = env.HOME ?? env.USERPROFILE;
  const cacheDir = home || env.XDG_CACHE_HOME ? join(env.XDG_CACHE_HOME ?? join(home!, '.cache'), 'compute-budget', 'hub') : undefined;
  return async (id) => {
    const cached = cacheDir ? join(cacheDir, `${encodeURIComponent(endpoint)}--${id.replace('/', '--')}.json`) : undefined;
    if (cached && existsSync(cached)) return readFileSync(cached, 'utf8');
    const res = await fetch(`${endpoint}/${id}/resolve/main/config.json`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      signal: AbortSignal.timeout(HUB_TIMEOUT_MS),
    });
    if (!res.ok) return undefined;
    const text = await res.text();
    if (cached) {
      try {
        mkdirSync(dirname(cached), { recursive: true });
        writeFileSync(cached, text);
      } catch {
        // A cache that cannot be written only costs a request next time.
      }
    }
    return text;
  };
}

/** The Hugging Face hub cache folders, in the order huggingface_hub looks (HF_HUB_CACHE, HF_HOME/hub, ~/.cache/huggingface/hub). */
export function hfCaches(env: Readonly<Record<string, string | undefined>>): string[] {
  const out: string[] = [];
  if (env.HF_HUB_CACHE) out.push(env.HF_HUB_CACHE);
  if (env.HF_HOME) out.push(join(env.HF_HOME, 'hub'));
  const home = env.HOME ?? env.USERPROFILE;
  if (home) out.push(join(env.XDG_CACHE_HOME ?? join(home, '.cache'), 'huggingface', 'hub'));
  return out;
}
