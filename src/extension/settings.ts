/** The extension's settings, read from VS Code's configuration and validated by the core's schema. */
import * as vscode from 'vscode';
import { settingsSchema, type Settings } from '../core';

export type { Settings };

export function readSettings(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration('computeBudget', scope);
  return settingsSchema.parse({
    enable: c.get('enable'),
    mode: c.get('mode'),
    convention: c.get('convention'),
    cluster: c.get('cluster'),
    rules: c.get('rules'),
    'files.include': c.get('files.include'),
    'files.exclude': c.get('files.exclude'),
    'inlayHints.enabled': c.get('inlayHints.enabled'),
    'limits.maxFileSizeMB': c.get('limits.maxFileSizeMB'),
    'limits.maxAnalysisMs': c.get('limits.maxAnalysisMs'),
    'hub.enabled': c.get('hub.enabled'),
  });
}
