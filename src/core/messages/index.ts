/**
 * Message lookup: id + parameters → text in a language. Unknown locales fall back to English.
 */
import { en, type MessageId } from './en';
import { zhCN } from './zh-cn';
import type { Message, MessageArg } from '../types';
import { duration, si, sig } from '../format';

export type { MessageId } from './en';
export type Locale = 'en' | 'zh-cn';

const bundles: Record<Locale, Record<MessageId, string>> = { en, 'zh-cn': zhCN };

export function localeOf(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

/** A message argument as text: numbers that carry a unit are formatted here, for every view alike. */
export function argText(arg: MessageArg): string {
  if (typeof arg !== 'object') return String(arg);
  switch (arg.unit) {
    case 'bytes':
      return `${si(arg.value)}B`;
    case 'seconds':
      return duration(arg.value);
    case 'ratio':
      return sig(arg.value);
  }
}

export function t(id: MessageId, args: Readonly<Record<string, MessageArg>> = {}, locale: Locale = 'en'): string {
  const template = bundles[locale][id] ?? en[id];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const arg = args[name];
    return arg === undefined ? whole : argText(arg);
  });
}

export function render(message: Message, locale: Locale = 'en'): string {
  return t(message.id, message.args, locale);
}

/** Placeholder names of a template, for the translation test. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

export { en, zhCN };
