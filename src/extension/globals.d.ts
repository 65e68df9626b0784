/**
 * The few host globals the adapter uses. They exist in Node's extension host and in the browser's
 * web-worker extension host alike; declaring them here keeps Node's and the DOM's typings out of
 * the adapter (types: ["vscode"] only), so nothing Node-only can slip in.
 */
declare function setTimeout(handler: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare class TextDecoder {
  constructor(label?: string);
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare const console: { log(...args: unknown[]): void; error(...args: unknown[]): void };
/** fetch, in Node 18+ and in web workers alike (only the parts hub.ts uses). */
declare function fetch(
  url: string,
  init?: { headers?: Record<string, string>; signal?: AbortSignal },
): Promise<{ readonly ok: boolean; text(): Promise<string> }>;
declare class AbortSignal {
  static timeout(ms: number): AbortSignal;
}
