/**
 * The language server as the VS Code extension starts it (dist/server.js, over Node IPC): the same server as
 * `compute-budget lsp --stdio`, on the transport the client chose (vscode-languageserver reads it from the arguments).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeHost } from './node';
import { serve } from './server';

serve(createConnection(ProposedFeatures.all), nodeHost(process.env));
