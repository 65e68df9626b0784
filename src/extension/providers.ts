/**
 * Hovers, inlay hints, diagnostics and quick fixes: each reads the shared analysis cache and renders
 * what the core computed (the views never compute).
 */
import * as vscode from 'vscode';
import { hintsFor, hoverAt, render, localeOf, t, type Finding, type Locale } from '../core';
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
  const a = entry.analysis;
  const out: vscode.Diagnostic[] = [];
  if (entry.notice) {
    const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), render(entry.notice, locale()), vscode.DiagnosticSeverity.Information);
    d.source = 'Compute Budget';
    d.code = 'too-large';
    out.push(d);
  }
  if (!a || modeFor(entry.settings) === 'quiet') return out;
  for (const f of a.findings) {
    const override = entry.settings.rules[f.ruleId];
    if (override === 'off') continue;
    for (const r of f.ranges) {
      if (r.file !== entry.path) continue;
      const range = new vscode.Range(document.positionAt(r.range.start), document.positionAt(Math.max(r.range.end, r.range.start)));
      const d = new vscode.Diagnostic(range, render(f.message, locale()), SEVERITY[override ?? f.severity] ?? vscode.DiagnosticSeverity.Information);
      d.source = 'Compute Budget';
      d.code = f.ruleId;
      out.push(d);
    }
  }
  return out;
}

export class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly cache: AnalysisCache) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
    const entry = await this.cache.get(document);
    const a = entry.analysis;
    if (entry.notice?.id === 'notice.tooSlow') {
      // Not analyzed inline because of its estimate: the user may ask for one analysis now.
      const action = new vscode.CodeAction(t('command.analyzeNow', { ms: entry.notice.args?.['ms'] ?? '' }, locale()), vscode.CodeActionKind.QuickFix);
      action.command = { command: 'computeBudget.analyzeNow', title: action.title, arguments: [document.uri] };
      return [action];
    }
    if (!a) return [];
    const out: vscode.CodeAction[] = [];
    const seen = new Set<string>();
    const offset = document.offsetAt(range.start);
    for (const f of a.findings) {
      if (!f.fixes.length || !touches(f, entry.path, offset, document.offsetAt(range.end))) continue;
      for (const fix of f.fixes) {
        // Several rules may propose the same edit (TP 3 breaks heads, hidden and FFN alike).
        const key = JSON.stringify(fix.edits);
        if (seen.has(key)) continue;
        seen.add(key);
        const action = new vscode.CodeAction(render(fix.title, locale()), vscode.CodeActionKind.QuickFix);
        const edit = new vscode.WorkspaceEdit();
        for (const e of fix.edits) {
          const uri = e.file === entry.path ? document.uri : document.uri.with({ path: e.file });
          const target = e.file === entry.path ? document : vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          if (!target) continue;
          edit.replace(uri, new vscode.Range(target.positionAt(e.range.start), target.positionAt(e.range.end)), e.newText);
        }
        action.edit = edit;
        action.isPreferred = true;
        out.push(action);
      }
    }
    return out;
  }
}

function touches(f: Finding, file: string, start: number, end: number): boolean {
  return f.ranges.some((r) => r.file === file && r.range.start <= end && r.range.end >= start);
}
