/**
 * The language server in a web worker (dist/web/server.js, for vscode.dev and github.dev), on the browser host
 * (browserHost.ts: files through the client, models from the catalogue or the Hub). Its long analyses run in a web worker
 * of its own, started from this same script under the name ANALYSIS_THREAD; that thread reads files through this one.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { browserHost, browserSources } from './browserHost';
import { serve } from './server';
import { threadRunner, threadWorker, type ThreadPort } from './thread';

/** The analysis thread's worker name (its own script is this one). */
const ANALYSIS_THREAD = 'compute-budget-analysis';

interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message' | 'error', listener: (e: { data?: unknown; preventDefault?: () => void }) => void): void;
}

declare const self: ConstructorParameters<typeof BrowserMessageReader>[0] &
  WorkerLike & { readonly name?: string; readonly location: { readonly href: string } };
declare const Worker: new (url: string, options: { name: string }) => WorkerLike;

const portOf = (w: WorkerLike, parent: boolean): ThreadPort => ({
  post: (m) => w.postMessage(m),
  onMessage: (listener) => w.addEventListener('message', (e) => listener(e.data)),
  // A thread that fails is handled here (its jobs run on this thread instead), not reported further up as uncaught.
  ...(parent
    ? {
        onFail: (listener: (e: unknown) => void) =>
          w.addEventListener('error', (e) => {
            e.preventDefault?.();
            listener(e);
          }),
      }
    : {}),
});

if (self.name === ANALYSIS_THREAD) threadWorker(portOf(self, false), browserSources());
else {
  const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
  const host = browserHost(connection);
  serve(connection, { ...host, background: threadRunner(() => portOf(new Worker(self.location.href, { name: ANALYSIS_THREAD }), true), host.fs) });
}
