/**
 * The extension's sources of a named model's config.json beyond the workspace: the local Hugging
 * Face cache (desktop only: it needs the environment and a file: workspace) and, only when
 * computeBudget.hub.enabled is on in a trusted workspace, the Hub through `fetch` (desktop and
 * web), with HF_TOKEN on the desktop sent to HF_ENDPOINT only, a timeout and an in-memory cache.
 */
import * as vscode from 'vscode';

/** The Node extension host has `process` without importing node:*; the web worker has none. */
function env(): Readonly<Record<string, string | undefined>> {
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
}

/** The Hugging Face hub cache folders, in the order huggingface_hub looks (none in the web extension). */
export function hfCaches(document: vscode.Uri): string[] {
  if (document.scheme !== 'file') return [];
  const e = env();
  const out: string[] = [];
  if (e.HF_HUB_CACHE) out.push(e.HF_HUB_CACHE);
  if (e.HF_HOME) out.push(`${e.HF_HOME.replace(/[\\/]+$/, '')}/hub`);
  const home = e.HOME ?? e.USERPROFILE;
  if (home) out.push(`${(e.XDG_CACHE_HOME ?? `${home.replace(/[\\/]+$/, '')}/.cache`).replace(/[\\/]+$/, '')}/huggingface/hub`);
  return out.map((p) => p.replace(/\\/g, '/'));
}

/** How long one request to the Hub may take. */
const HUB_TIMEOUT_MS = 10000;

const answers = new Map<string, Promise<string | undefined>>();

/** The Hub fetcher when the user allows it (application setting, trusted workspace); undefined otherwise. */
export function hubFetcher(enabled: boolean): ((id: string) => Promise<string | undefined>) | undefined {
  if (!enabled || !vscode.workspace.isTrusted) return undefined;
  const e = env();
  const endpoint = (e.HF_ENDPOINT ?? 'https://huggingface.co').replace(/\/+$/, '');
  const token = e.HF_TOKEN ?? e.HUGGING_FACE_HUB_TOKEN;
  return (id: string): Promise<string | undefined> => {
    const key = `${endpoint} ${id}`;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = fetch(`${endpoint}/${id}/resolve/main/config.json`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
        signal: AbortSignal.timeout(HUB_TIMEOUT_MS),
      })
        .then((r): Promise<string | undefined> | undefined => (r.ok ? r.text() : undefined))
        .catch(() => undefined);
      answers.set(key, answer);
    }
    return answer;
  };
}
