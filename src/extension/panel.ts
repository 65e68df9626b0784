/**
 * The cluster breakdown panel's host side: one webview that follows the active config, asks the
 * language server for its model on edits and what-if changes, and writes the chosen layout back as one
 * undoable edit (the server's WorkspaceEdit) when the user clicks "Apply to config". Strict CSP with a nonce, no remote resources,
 * localResourceRoots limited to the bundle, every message validated by zod; state restored after
 * a reload by a serializer.
 */
import * as vscode from 'vscode';
import { t, type PanelModel } from '../core';
import { panelToHostSchema, whatIfSchema, type HostToPanel, type PanelToHost, type WhatIfMessage } from '../webview/protocol';
import type { ServerLink } from './link';
import { locale, SELECTOR } from './providers';

export const VIEW_TYPE = 'computeBudget.breakdown';

declare const crypto: { getRandomValues(a: Uint8Array): Uint8Array };

function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function panelHtml(webview: Pick<vscode.Webview, 'cspSource' | 'asWebviewUri'>, extensionUri: vscode.Uri, n = nonce()): string {
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'panel.css'));
  const csp = [
    `default-src 'none'`,
    `img-src ${webview.cspSource} data:`,
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${n}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${locale() === 'zh-cn' ? 'zh-CN' : 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>${t('panel.title', {}, locale())}</title>
</head>
<body>
<main id="root" aria-live="polite"></main>
<script nonce="${n}" src="${script}"></script>
</body>
</html>`;
}

export class BreakdownPanel implements vscode.Disposable {
  private static current: BreakdownPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private whatIf: WhatIfMessage = {};
  private model: PanelModel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  static show(extensionUri: vscode.Uri, server: ServerLink): BreakdownPanel {
    if (BreakdownPanel.current) {
      BreakdownPanel.current.panel.reveal(vscode.ViewColumn.Beside, true);
      BreakdownPanel.current.follow(vscode.window.activeTextEditor?.document);
      return BreakdownPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      t('panel.title', {}, locale()),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      BreakdownPanel.options(extensionUri),
    );
    return new BreakdownPanel(panel, extensionUri, server, vscode.window.activeTextEditor?.document);
  }

  static options(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')] };
  }

  static get instance(): BreakdownPanel | undefined {
    return BreakdownPanel.current;
  }

  /** Restores a panel VS Code kept across a reload, with the file and what-if it showed. */
  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, server: ServerLink, state: unknown): BreakdownPanel {
    panel.webview.options = BreakdownPanel.options(extensionUri);
    const p = new BreakdownPanel(panel, extensionUri, server, vscode.window.activeTextEditor?.document);
    const w = whatIfSchema.safeParse((state as { whatIf?: unknown } | undefined)?.whatIf);
    if (w.success) p.whatIf = w.data;
    return p;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly server: ServerLink,
    document: vscode.TextDocument | undefined,
  ) {
    BreakdownPanel.current = this;
    panel.webview.html = panelHtml(panel.webview, extensionUri);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m)),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e && vscode.languages.match(SELECTOR, e.document)) this.follow(e.document);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.schedule();
      }),
      // The server's diagnostics come with each analysis of the document (an edit, a setting, a file it reads).
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.document && e.uris.some((u) => u.toString() === this.document!.uri.toString())) this.schedule();
      }),
    );
    this.follow(document);
  }

  follow(document: vscode.TextDocument | undefined): void {
    if (!document || !vscode.languages.match(SELECTOR, document)) return;
    if (document !== this.document) this.whatIf = {};
    this.document = document;
    this.schedule(0);
  }

  private schedule(ms = 200): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), ms);
  }

  /** The model the panel shows now (tests compare it with the CLI's JSON). */
  get current(): PanelModel | undefined {
    return this.model;
  }

  async update(): Promise<PanelModel | undefined> {
    const doc = this.document;
    let message: HostToPanel;
    // The headline in the title: the ratio as written and the size at which it falls below 1.
    let head: string | undefined;
    try {
      this.model = doc ? await this.server.panelModel(doc, this.whatIf) : undefined;
      head = doc && this.model ? ((await this.server.status(doc))?.headlineShort ?? undefined) : undefined;
      message = this.model ? { type: 'model', model: this.model, whatIf: this.whatIf } : { type: 'empty', message: t('panel.noConfig', {}, locale()) };
    } catch (e) {
      console.error('compute-budget panel:', e);
      this.model = undefined;
      message = { type: 'empty', message: t('panel.noConfig', {}, locale()) };
    }
    if (doc) this.panel.title = `${t('panel.title', {}, locale())}: ${doc.uri.path.split('/').pop()}${head ? ` — ${head}` : ''}`;
    await this.panel.webview.postMessage(message);
    return this.model;
  }

  /** A message from the webview: validated, or rejected without effect (returns false). */
  async receive(raw: unknown): Promise<boolean> {
    const parsed = panelToHostSchema.safeParse(raw);
    if (!parsed.success) return false;
    const m: PanelToHost = parsed.data;
    switch (m.type) {
      case 'ready':
        await this.update();
        return true;
      case 'whatIf':
        this.whatIf = m.whatIf;
        await this.update();
        return true;
      case 'openReport':
        await vscode.commands.executeCommand('computeBudget.showReport');
        return true;
      case 'apply':
        return this.apply(m.whatIf);
    }
  }

  /** Writes the what-if's degrees back to the config as one undoable edit. */
  private async apply(w: WhatIfMessage): Promise<boolean> {
    const doc = this.document;
    if (!doc) return false;
    if (w.lever) {
      // A lever is more than a layout (the panel disables the button while one is applied).
      void vscode.window.showWarningMessage(t('panel.applyLever', {}, locale()));
      return false;
    }
    const planned = await this.server.layoutEdits(doc, {
      tp: w.tp,
      pp: w.pp,
      vpp: w.vpp,
      dp: w.dp,
      cp: w.cp,
      ep: w.ep,
      microBatch: w.microBatch,
      recompute: w.recompute,
    });
    if (!planned) return false;
    const { edit, count, missing } = planned;
    if (missing.length) void vscode.window.showWarningMessage(t('panel.cannotApply', { what: missing.join(', ') }, locale()));
    if (!count) {
      if (!missing.length) void vscode.window.showInformationMessage(t('panel.nothingToApply', {}, locale()));
      return true;
    }
    const ok = await vscode.workspace.applyEdit(edit);
    if (ok) {
      // The file now says what the what-if said: show the file's own analysis again.
      this.whatIf = {};
      void vscode.window.showInformationMessage(t('panel.applied', { count }, locale()));
      this.schedule(0);
    }
    return ok;
  }

  dispose(): void {
    if (BreakdownPanel.current === this) BreakdownPanel.current = undefined;
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}
