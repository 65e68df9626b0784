/**
 * The web worker's server host: files that are not open are read through the client (custom requests the extension
 * answers with vscode.workspace.fs), and named models come from the catalogue or, when the settings allow it, the Hub
 * through `fetch`. No Node here.
 */
import type { Connection } from 'vscode-languageserver';
import { z } from 'zod';
import type { EngineFs } from '../core';
import type { ServerHost } from './server';

/** How long one request to the Hub may take. */
const HUB_TIMEOUT_MS = 10000;

const kindAnswer = z.enum(['file', 'directory']).nullable().catch(null);
const textAnswer = z.string().nullable().catch(null);
const entriesAnswer = z
  .array(z.object({ name: z.string(), kind: z.enum(['file', 'directory']) }))
  .nullable()
  .catch(null);

/** Named models beyond the catalogue: the Hub through `fetch`, when the settings allow it (answers kept). */
export function browserSources(): ServerHost['sources'] {
  const answers = new Map<string, Promise<string | undefined>>();
  const hub = (id: string): Promise<string | undefined> => {
    let answer = answers.get(id);
    if (answer === undefined) {
      answer = fetch(`https://huggingface.co/${id}/resolve/main/config.json`, { signal: AbortSignal.timeout(HUB_TIMEOUT_MS) })
        .then((r): Promise<string | undefined> | undefined => (r.ok ? r.text() : undefined))
        .catch(() => undefined);
      answers.set(id, answer);
    }
    return answer;
  };
  return (settings) => ({ hfCaches: [], hub: settings['hub.enabled'] ? hub : undefined });
}

/** Files through the client (computeBudget/fs/*); URIs keep the scheme and authority of the documents the client opened. */
export function browserHost(connection: Pick<Connection, 'sendRequest'>): ServerHost {
  let root = 'file://';
  const uriOf = (path: string) => `${root}${path.split('/').map(encodeURIComponent).join('/')}`;
  const fs: EngineFs = {
    readFile: async (path) => {
      const text = textAnswer.parse(await connection.sendRequest('computeBudget/fs/readFile', { uri: uriOf(path) }));
      if (text === null) throw new Error('cannot read');
      return text;
    },
    kind: async (path) => kindAnswer.parse(await connection.sendRequest('computeBudget/fs/kind', { uri: uriOf(path) })) ?? undefined,
    readDirectory: async (path) => {
      const entries = entriesAnswer.parse(await connection.sendRequest('computeBudget/fs/readDirectory', { uri: uriOf(path) }));
      if (entries === null) throw new Error('cannot read');
      return entries;
    },
  };
  return {
    pathOf: (uri) => {
      // (A notebook's cell is a document of its own, under the notebook's path: not the notebook's file, which is read whole.)
      if (/^vscode-notebook-cell/i.test(uri)) return undefined;
      const m = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(\/[^?#]*)?/i.exec(uri);
      if (!m) return undefined;
      root = m[1]!;
      try {
        return decodeURIComponent(m[2] ?? '/');
      } catch {
        return undefined;
      }
    },
    uriOf,
    fs,
    sources: browserSources(),
  };
}
