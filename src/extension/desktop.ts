/**
 * The desktop entry point: the language server as a Node process (dist/server.js over IPC). What the
 * extension hands the process (each message's serialization on this thread) is timed with the rest of
 * its synchronous work (Api.longestSlice).
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ForkOptions } from 'vscode-languageclient/node';
import { activate as activateWith, type Api } from './extension';

type NodeModuleOptions = ForkOptions;

export function activate(context: vscode.ExtensionContext): Api {
  return activateWith(context, (ctx, options, measure) => {
    const module = vscode.Uri.joinPath(ctx.extensionUri, 'dist', 'server.js').fsPath;
    // Node IPC with V8's serializer rather than JSON: a 3 MB document crosses as a copy, not a 26 ms JSON.stringify on this
    // thread (the client spreads these options into child_process.fork).
    const server = { module, transport: TransportKind.ipc, options: { serialization: 'advanced' } as NodeModuleOptions };
    const client = new LanguageClient('computeBudget', 'Compute Budget', { run: server, debug: server }, options);
    client.onDidChangeState(() => {
      const proc = client.serverProcess as { send?: (...args: unknown[]) => boolean; timed?: boolean } | undefined;
      if (!proc?.send || proc.timed) return;
      const send = proc.send.bind(proc);
      proc.send = (...args: unknown[]) => measure(() => send(...args));
      proc.timed = true;
    });
    return client;
  });
}

export { deactivate } from './extension';
