/**
 * The browser entry point (vscode.dev, github.dev): the language server in a web worker
 * (dist/web/server.js); files it needs that are not open come from vscode.workspace.fs through the
 * extension (link.ts). The worker starts from the bundle's bytes as a blob: URL, which the web
 * extension host accepts wherever the extension is served from (it refuses vscode-remote: script URLs).
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { activate as activateWith, type Api } from './extension';

type WorkerLike = ConstructorParameters<typeof BrowserMessageReader>[0];
declare const Worker: new (url: string) => WorkerLike;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => object;
declare const URL: { createObjectURL(blob: object): string };

export function activate(context: vscode.ExtensionContext): Api {
  return activateWith(context, (ctx, options) => {
    const main = vscode.Uri.joinPath(ctx.extensionUri, 'dist', 'web', 'server.js');
    // The transports are built here: the web extension host's Worker is a wrapper, so the client's `instanceof Worker` fails on it.
    const start = async (): Promise<MessageTransports> => {
      const bytes = await vscode.workspace.fs.readFile(main);
      const worker = new Worker(URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })));
      return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
    };
    return new LanguageClient('computeBudget', 'Compute Budget', start, options);
  });
}

export { deactivate } from './extension';
