/**
 * The VS Code adapter. For now it only proves that the bundle loads in the extension host; the
 * providers (hints, hovers, diagnostics) arrive with the extension issue. It imports no node:*
 * so the same code can run as a web extension.
 */
import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Providers are registered here once they exist.
}

export function deactivate(): void {}
