/**
 * The desktop's language client (dist/client.js): loaded by desktop.ts when the first config opens, not at activation
 * (the client library is most of the extension's load time). The server is a Node process over IPC with V8's serializer:
 * a 3 MB document crosses as a copy, not a JSON.stringify on the extension host's thread; what the extension hands it is
 * timed with the rest of its synchronous work (Api.longestSlice).
 */
import { LanguageClient, TransportKind, type ForkOptions, type LanguageClientOptions } from 'vscode-languageclient/node';

export function createNodeClient(options: LanguageClientOptions, measure: <T>(work: () => T) => T, module: string): LanguageClient {
  // (The client spreads these options into child_process.fork.)
  const server = { module, transport: TransportKind.ipc, options: { serialization: 'advanced' } as ForkOptions };
  const client = new LanguageClient('computeBudget', 'Compute Budget', { run: server, debug: server }, options);
  client.onDidChangeState(() => {
    const proc = client.serverProcess as { send?: (...args: unknown[]) => boolean; timed?: boolean } | undefined;
    if (!proc?.send || proc.timed) return;
    const send = proc.send.bind(proc);
    proc.send = (...args: unknown[]) => measure(() => send(...args));
    proc.timed = true;
  });
  return client;
}
