/**
 * Hovers, inlay hints, diagnostics and quick fixes: each reads the shared analysis cache and renders
 * what the core computed (the views never compute).
 */
import * as vscode from 'vscode';
import { editorDiagnostics, hintsFor, hoverAt, localeOf, quickFixes, type Locale } from '../core';
import type { AnalysisCache, Entry } from './cache';
import type { Settings } from './settings';

export const SELECTOR: vscode.DocumentSelector = [
  { language: 'json' },
  { language: 'jsonc' },
  { language: 'yaml' },
  { language: 'python' },
  { language: 'shellscript' },
  { language: 'toml' },
  { pattern: '**/*.toml' },
];

export function locale(): Locale {
  return localeOf(vscode.env.language);
}

/** Review mode in diff editors; settings decide elsewhere. */
export function modeFor(settings: Settings): Settings['mode'] {
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
  if (settings.mode === 'full' && tab && tab.input instanceof vscode.TabInputTextDiff) return 'review';
  return settings.mode;
}

export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const entry = await this.cache.get(document);
    if (!entry.analysis) return undefined;
    const h = hoverAt(entry.analysis, entry.path, document.offsetAt(position), locale());
    if (!h) return undefined;
    const md = new vscode.MarkdownString(h.markdown);
    md.supportHtml = false;
    md.isTrusted = false;
    return new vscode.Hover(md, new vscode.Range(document.positionAt(h.range.start), document.positionAt(h.range.end)));
  }
}

export class InlayHintsProvider implements vscode.InlayHintsProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;

  constructor(private readonly cache: AnalysisCache) {
    cache.onDidChange(() => this.changed.fire());
  }

  refresh(): void {
    this.changed.fire();
  }

  async provideInlayHints(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.InlayHint[]> {
    const entry = await this.cache.get(document);
    if (!entry.analysis || !entry.settings['inlayHints.enabled'] || modeFor(entry.settings) !== 'full') return [];
    const out: vscode.InlayHint[] = [];
    for (const h of hintsFor(entry.analysis, entry.path, locale())) {
      const pos = document.positionAt(h.offset);
      if (!range.contains(pos)) continue;
      const hint = new vscode.InlayHint(pos, h.label, vscode.InlayHintKind.Type);
      hint.paddingLeft = true;
      hint.tooltip = h.field;
      out.push(hint);
    }
    return out;
  }
}

const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Diagnostics of one document from its setup's findings (severity overrides per rule from settings). */
export function diagnosticsFor(document: vscode.TextDocument, entry: Entry): vscode.Diagnostic[] {
  return editorDiagnostics(entry, modeFor(entry.settings) === 'quiet', locale()).map((x) => {
    const d = new vscode.Diagnostic(
      new vscode.Range(document.positionAt(x.range.start), document.positionAt(x.range.end)),
      x.message,
      SEVERITY[x.severity] ?? vscode.DiagnosticSeverity.Information,
    );
    d.source = 'Compute Budget';
    d.code = x.code;
    return d;
  });
}

export class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly cache: AnalysisCache) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
    const entry = await this.cache.get(document);
    return quickFixes(entry, document.offsetAt(range.start), document.offsetAt(range.end), locale()).map((fix) => {
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      if (fix.analyzeNow) {
        // Not analyzed inline because of its estimate: the user may ask for one analysis now.
        action.command = { command: 'computeBudget.analyzeNow', title: fix.title, arguments: [document.uri] };
        return action;
      }
      const edit = new vscode.WorkspaceEdit();
      for (const e of fix.edits) {
        const uri = e.file === entry.path ? document.uri : document.uri.with({ path: e.file });
        const target = e.file === entry.path ? document : vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (!target) continue;
        edit.replace(uri, new vscode.Range(target.positionAt(e.range.start), target.positionAt(e.range.end)), e.newText);
      }
      action.edit = edit;
      action.isPreferred = true;
      return action;
    });
  }
}
