/**
 * The language server over stdio (`compute-budget lsp --stdio`): file: URIs read through Node's file
 * system, named models from the local Hugging Face cache, and the Hub only when the client's settings
 * turn computeBudget.hub.enabled on (the user's own editor configuration).
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { hfCaches, hubFetcher, nodeFs } from '../cli/node';
import { backgroundRunner } from './background';
import { serve, type ServerHost } from './server';

export function nodeHost(env: Readonly<Record<string, string | undefined>>): ServerHost {
  const caches = hfCaches(env).map((p) => p.split('\\').join('/'));
  const hub = hubFetcher(env);
  return {
    pathOf: (uri) => {
      // A document that is no file (VS Code's untitled:) is analyzed alone: a path no disk read can reach.
      if (!uri.startsWith('file:')) return /^untitled:/.test(uri) ? `/.untitled/${encodeURIComponent(uri.slice(9))}` : undefined;
      try {
        return fileURLToPath(uri).split('\\').join('/');
      } catch {
        return undefined;
      }
    },
    uriOf: (path) => pathToFileURL(path).toString(),
    fs: nodeFs,
    sources: (settings) => ({ hfCaches: caches, hub: settings['hub.enabled'] ? hub : undefined }),
  };
}

/** Serves on stdin/stdout until the client exits; resolves with the exit code. */
export function serveStdio(script?: string): Promise<number> {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  // The long analyses on a worker thread of the running bundle (the CLI's entry runs the analysis thread when loaded as one).
  serve(connection, { ...nodeHost(process.env), ...(script ? { background: backgroundRunner(script) } : {}) });
  return new Promise((resolve) => connection.onExit(() => resolve(0)));
}
