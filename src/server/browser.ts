/**
 * The language server in a web worker (dist/web/server.js, for vscode.dev and github.dev), on the browser host
 * (browserHost.ts: files through the client, models from the catalogue or the Hub).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { browserHost } from './browserHost';
import { serve } from './server';

declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
serve(connection, browserHost(connection));
