/**
 * The language server as the VS Code extension starts it (dist/server.js, over Node IPC): the same server as
 * `compute-budget lsp --stdio`, on the transport the client chose (vscode-languageserver reads it from the arguments),
 * with the long analyses on a worker thread of this bundle (background.ts).
 */
import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { analysisThread, backgroundRunner } from './background';
import { nodeHost } from './node';
import { serve } from './server';

declare const __filename: string;

if (isMainThread) serve(createConnection(ProposedFeatures.all), { ...nodeHost(process.env), background: backgroundRunner(__filename) });
else analysisThread();
