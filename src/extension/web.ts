/**
 * The browser entry point (vscode.dev, github.dev): the same activate() as the desktop — the adapter
 * imports no node:* and reads files through vscode.workspace.fs — bundled for the web worker.
 */
export { activate, deactivate } from './extension';
