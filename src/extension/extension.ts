/**
 * The VS Code adapter: a client of the project's language server (src/server), which holds the engine
 * off the extension host's thread — a Node process on the desktop (desktop.ts), a web worker in
 * vscode.dev (web.ts). Hovers, inlay hints, diagnostics and quick fixes come over the protocol; the
 * status bar, the commands and the cluster breakdown panel stay here and ask the server
 * (computeBudget/* requests). The server starts with the first config that opens. It imports no
 * node:*, so the same code runs in the desktop and the web extension host.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { ACCELERATORS, format, t, type DocumentEntry } from '../core';
import { BreakdownPanel, VIEW_TYPE } from './panel';
import { locale, modeFor, SELECTOR } from './providers';
import { ServerLink } from './link';

export const COMMANDS = {
  openBreakdown: 'computeBudget.openBreakdown',
  showReport: 'computeBudget.showReport',
  copyReport: 'computeBudget.copyReport',
  selectCluster: 'computeBudget.selectCluster',
  toggleHints: 'computeBudget.toggleInlineHints',
  analyzeNow: 'computeBudget.analyzeNow',
} as const;

/** A document's analysis as the server decided it (what the tests read). */
export type Entry = DocumentEntry;

/** What tests (and other extensions) can ask the running extension. */
export interface Api {
  readonly cache: { get(document: vscode.TextDocument): Promise<Entry> };
  /** Analyze a document now and have its diagnostics in VS Code when this resolves (tests call this instead of waiting). */
  refresh(document: vscode.TextDocument): Promise<void>;
  /** The open cluster breakdown panel, if any. */
  panel(): BreakdownPanel | undefined;
  /** How long the last hover took from the extension's request to the language server's answer (ms). */
  lastHoverMs(): number;
  /** The longest synchronous slice the extension itself spent on the extension host's thread since the last call, on what, and the next longest (ms). */
  longestSlice(): { ms: number; what: string; next: number };
}

/** How the entry point (desktop or web) starts the language client. */
export type ClientFactory = (
  context: vscode.ExtensionContext,
  options: LanguageClientOptions,
  /** Times a synchronous piece of the extension's own work (the transport's sends, say) for Api.longestSlice. */
  measure: <T>(work: () => T) => T,
) => BaseLanguageClient;

export function activate(context: vscode.ExtensionContext, createClient: ClientFactory): Api {
  const link = new ServerLink(context, createClient);
  const status = vscode.window.createStatusBarItem('computeBudget.summary', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Compute Budget';
  status.command = COMMANDS.openBreakdown;

  let statusVersion = 0;
  const updateStatus = async () => {
    const editor = vscode.window.activeTextEditor;
    const mine = ++statusVersion;
    const s = editor && vscode.languages.match(SELECTOR, editor.document) && link.started ? await link.status(editor.document) : undefined;
    if (mine !== statusVersion) return;
    if (!editor || !s || modeFor(s.mode) !== 'full') {
      status.hide();
      return;
    }
    status.text = `$(pulse) ${t('status.summary', { params: format.paramCount(s.params).replace(' ', ''), flops: format.flops(s.flopsPerToken).replace(' ', ''), ratio: s.ratio === null ? '—' : format.sig(s.ratio, 2) }, locale())}`;
    // The headline (the ratio per dimension and the size at which it falls below 1) above the file's name.
    status.tooltip = [s.headline, t('status.tooltip', { file: editor.document.uri.path.split('/').pop() ?? '' }, locale())].filter(Boolean).join('\n');
    status.show();
  };

  const activeReport = async (): Promise<string | undefined> => {
    const editor = vscode.window.activeTextEditor;
    const md = editor && vscode.languages.match(SELECTOR, editor.document) ? await link.report(editor.document, 'markdown') : undefined;
    if (md === undefined) {
      void vscode.window.showInformationMessage(t('command.noAnalysis', {}, locale()));
      return undefined;
    }
    // Paths relative to the workspace read better in a pull request.
    const folder = vscode.workspace.getWorkspaceFolder(editor!.document.uri)?.uri.path;
    return folder ? md.split(`${folder}/`).join('') : md;
  };

  context.subscriptions.push(
    link,
    status,
    // The server's diagnostics arrive when an analysis is done: the status bar follows the active document's.
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) void updateStatus();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => void updateStatus()),
    vscode.workspace.onDidOpenTextDocument((d) => link.startFor(d)),
    vscode.commands.registerCommand(COMMANDS.openBreakdown, async () => {
      await link.startFor(vscode.window.activeTextEditor?.document);
      const p = BreakdownPanel.show(context.extensionUri, link);
      return p.update();
    }),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => {
        BreakdownPanel.revive(panel, context.extensionUri, link, state);
      },
    }),
    vscode.commands.registerCommand(COMMANDS.showReport, async () => {
      const md = await activeReport();
      if (md === undefined) return;
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: md });
      await vscode.commands.executeCommand('markdown.showPreview', doc.uri);
      return md;
    }),
    vscode.commands.registerCommand(COMMANDS.copyReport, async () => {
      const md = await activeReport();
      if (md === undefined) return;
      try {
        await vscode.env.clipboard.writeText(md);
        void vscode.window.showInformationMessage(t('command.copied', {}, locale()));
      } catch (e) {
        console.error('compute-budget: clipboard', e);
      }
      return md;
    }),
    vscode.commands.registerCommand(COMMANDS.selectCluster, async () => {
      const files = await vscode.workspace.findFiles('**/{.compute-budget/cluster,*cluster*}.{yaml,yml,json}', '**/node_modules/**', 50);
      const items: (vscode.QuickPickItem & { value: string })[] = [
        ...files.map((f) => ({ label: vscode.workspace.asRelativePath(f), description: 'file', value: vscode.workspace.asRelativePath(f) })),
        ...ACCELERATORS.map((a) => ({ label: a.id, description: a.name, value: a.id })),
      ];
      const pick = await vscode.window.showQuickPick(items, { placeHolder: t('command.pickCluster', {}, locale()) });
      if (!pick) return;
      await vscode.workspace.getConfiguration('computeBudget').update('cluster', pick.value, vscode.ConfigurationTarget.Workspace);
      return pick.value;
    }),
    vscode.commands.registerCommand(COMMANDS.analyzeNow, async (uri?: vscode.Uri) => {
      const document = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;
      if (!document || !vscode.languages.match(SELECTOR, document)) return undefined;
      const entry = await link.analyzeNow(document);
      void updateStatus();
      return entry?.ms;
    }),
    vscode.commands.registerCommand(COMMANDS.toggleHints, async () => {
      const c = vscode.workspace.getConfiguration('computeBudget');
      const next = !c.get<boolean>('inlayHints.enabled', true);
      // The server hears the change (workspace/didChangeConfiguration) and asks VS Code to refresh the hints.
      await c.update('inlayHints.enabled', next, vscode.ConfigurationTarget.Global);
      void vscode.window.showInformationMessage(t(next ? 'command.hintsOn' : 'command.hintsOff', {}, locale()));
      return next;
    }),
  );
  for (const d of vscode.workspace.textDocuments) void link.startFor(d);
  return {
    cache: { get: (d) => link.entry(d) },
    refresh: async (d) => {
      await link.refresh(d);
      await updateStatus();
    },
    panel: () => BreakdownPanel.instance,
    lastHoverMs: () => link.hoverMs,
    longestSlice: () => link.takeLongestSlice(),
  };
}

export function deactivate(): void {}
