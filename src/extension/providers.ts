/**
 * What the extension decides itself around the server's answers: which documents it serves, the
 * language of its messages, and review mode in diff editors (which only VS Code knows).
 */
import * as vscode from 'vscode';
import { localeOf, type Locale, type Settings } from '../core';

export const SELECTOR: vscode.DocumentSelector = [
  { language: 'json' },
  { language: 'jsonc' },
  { language: 'yaml' },
  { language: 'python' },
  { language: 'shellscript' },
  // (Windows batch files: VS Code's built-in bat language, .bat and .cmd.)
  { language: 'bat' },
  { language: 'toml' },
  { pattern: '**/*.toml' },
  { pattern: '**/*.gin' },
];

export function locale(): Locale {
  return localeOf(vscode.env.language);
}

/** Review mode in diff editors; settings decide elsewhere. */
export function modeFor(mode: Settings['mode']): Settings['mode'] {
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
  if (mode === 'full' && tab && tab.input instanceof vscode.TabInputTextDiff) return 'review';
  return mode;
}
