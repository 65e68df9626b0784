/**
 * The desktop entry point: the language server as a Node process (dist/server.js). The client library is loaded
 * with the first config (dist/client.js, nodeClient.ts), so activation loads only the extension's own code.
 */
import * as vscode from 'vscode';
import { activate as activateWith, type Api } from './extension';
import type { createNodeClient } from './nodeClient';

/** Node's require, for the client's bundle next to this one (a desktop-only entry: the web one bundles its client). */
declare const require: (id: string) => unknown;

export function activate(context: vscode.ExtensionContext): Api {
  return activateWith(context, (ctx, options, measure) => {
    const dist = vscode.Uri.joinPath(ctx.extensionUri, 'dist');
    const { createNodeClient: create } = require(vscode.Uri.joinPath(dist, 'client.js').fsPath) as { createNodeClient: typeof createNodeClient };
    return create(options, measure, vscode.Uri.joinPath(dist, 'server.js').fsPath);
  });
}

export { deactivate } from './extension';
