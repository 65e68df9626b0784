/**
 * The VS Code adapter: one analysis cache per (document, version) feeds hovers, inlay hints,
 * diagnostics, quick fixes, the status bar and the commands. It imports no node:*, so the same code
 * runs in the desktop and the web extension host; files are read through vscode.workspace.fs.
 */
import * as vscode from 'vscode';
import { ACCELERATORS, buildReport, format, headline, renderMarkdown, t } from '../core';
import { AnalysisCache } from './cache';
import { BreakdownPanel, VIEW_TYPE } from './panel';
import { diagnosticsFor, HoverProvider, InlayHintsProvider, locale, modeFor, QuickFixProvider, SELECTOR } from './providers';

export const COMMANDS = {
  openBreakdown: 'computeBudget.openBreakdown',
  showReport: 'computeBudget.showReport',
  copyReport: 'computeBudget.copyReport',
  selectCluster: 'computeBudget.selectCluster',
  toggleHints: 'computeBudget.toggleInlineHints',
  analyzeNow: 'computeBudget.analyzeNow',
} as const;

/** What tests (and other extensions) can ask the running extension. */
export interface Api {
  readonly cache: AnalysisCache;
  /** Re-analyze a document now and publish its diagnostics (tests call this instead of waiting). */
  refresh(document: vscode.TextDocument): Promise<void>;
  /** The open cluster breakdown panel, if any. */
  panel(): BreakdownPanel | undefined;
}

export function activate(context: vscode.ExtensionContext): Api {
  const cache = new AnalysisCache();
  const diagnostics = vscode.languages.createDiagnosticCollection('compute-budget');
  const hints = new InlayHintsProvider(cache);
  const status = vscode.window.createStatusBarItem('computeBudget.summary', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Compute Budget';
  status.command = COMMANDS.openBreakdown;

  const refresh = async (document: vscode.TextDocument): Promise<void> => {
    if (!vscode.languages.match(SELECTOR, document)) return;
    try {
      const entry = await cache.get(document);
      diagnostics.set(document.uri, diagnosticsFor(document, entry));
      updateStatus();
    } catch (e) {
      // Never an exception in the extension host: log and show nothing for this document.
      console.error('compute-budget:', e);
    }
  };

  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const schedule = (document: vscode.TextDocument, ms = 150) => {
    const key = document.uri.toString();
    const old = timers.get(key);
    if (old !== undefined) clearTimeout(old);
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        void refresh(document);
      }, ms),
    );
  };

  const updateStatus = () => {
    const editor = vscode.window.activeTextEditor;
    const entry = editor ? cache.peek(editor.document) : undefined;
    const a = entry?.analysis?.analysis;
    if (!editor || !entry || !a || modeFor(entry.settings) !== 'full') {
      status.hide();
      return;
    }
    const ratio = a.cluster.step?.ratio ?? null;
    status.text = `$(pulse) ${t('status.summary', { params: format.paramCount(a.params.total.value).replace(' ', ''), flops: format.flops(a.flops.perToken.training.value).replace(' ', ''), ratio: ratio === null ? '—' : format.sig(ratio, 2) }, locale())}`;
    // The headline (the ratio per dimension and the size at which it falls below 1) above the file's name.
    const head = headline(buildReport([entry.analysis!], entry.settings.convention, locale()).files[0]!, locale());
    status.tooltip = [head, t('status.tooltip', { file: entry.path.split('/').pop() ?? '' }, locale())].filter(Boolean).join('\n');
    status.show();
  };

  const activeReport = async (): Promise<string | undefined> => {
    const editor = vscode.window.activeTextEditor;
    const entry = editor ? await cache.get(editor.document) : undefined;
    if (!entry?.analysis?.spec) {
      void vscode.window.showInformationMessage(t('command.noAnalysis', {}, locale()));
      return undefined;
    }
    const md = renderMarkdown(buildReport([entry.analysis], entry.settings.convention, locale()), locale());
    // Paths relative to the workspace read better in a pull request.
    const folder = vscode.workspace.getWorkspaceFolder(editor!.document.uri)?.uri.path;
    return folder ? md.split(`${folder}/`).join('') : md;
  };

  context.subscriptions.push(
    cache,
    diagnostics,
    status,
    vscode.languages.registerHoverProvider(SELECTOR, new HoverProvider(cache)),
    vscode.languages.registerInlayHintsProvider(SELECTOR, hints),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new QuickFixProvider(cache), { providedCodeActionKinds: QuickFixProvider.kinds }),
    vscode.workspace.onDidOpenTextDocument((d) => schedule(d, 0)),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((d) => diagnostics.delete(d.uri)),
    vscode.window.onDidChangeActiveTextEditor((e) => (e ? schedule(e.document, 0) : updateStatus())),
    cache.onDidChange(() => {
      for (const d of vscode.workspace.textDocuments) schedule(d);
    }),
    vscode.commands.registerCommand(COMMANDS.openBreakdown, async () => {
      const p = BreakdownPanel.show(context.extensionUri, cache);
      return p.update();
    }),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => {
        BreakdownPanel.revive(panel, context.extensionUri, cache, state);
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
      // analyzeNow fires the cache's change event (inlay hints follow it); refresh publishes the
      // diagnostics and the status bar now rather than after the debounce.
      const entry = await cache.analyzeNow(document);
      await refresh(document);
      return entry.ms;
    }),
    vscode.commands.registerCommand(COMMANDS.toggleHints, async () => {
      const c = vscode.workspace.getConfiguration('computeBudget');
      const next = !c.get<boolean>('inlayHints.enabled', true);
      await c.update('inlayHints.enabled', next, vscode.ConfigurationTarget.Global);
      hints.refresh();
      void vscode.window.showInformationMessage(t(next ? 'command.hintsOn' : 'command.hintsOff', {}, locale()));
      return next;
    }),
  );
  for (const d of vscode.workspace.textDocuments) schedule(d, 0);
  return { cache, refresh, panel: () => BreakdownPanel.instance };
}

export function deactivate(): void {}
