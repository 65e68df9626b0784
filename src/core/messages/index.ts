/**
 * Message lookup: id + parameters → text in a language. Unknown locales fall back to English.
 */
import { en, type MessageId } from './en';
import { zhCN } from './zh-cn';
import type { Message } from '../types';

export type { MessageId } from './en';
export type Locale = 'en' | 'zh-cn';

const bundles: Record<Locale, Record<MessageId, string>> = { en, 'zh-cn': zhCN };

export function localeOf(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

export function t(id: MessageId, args: Readonly<Record<string, string | number>> = {}, locale: Locale = 'en'): string {
  const template = bundles[locale][id] ?? en[id];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

export function render(message: Message, locale: Locale = 'en'): string {
  return t(message.id, message.args, locale);
}

/** Placeholder names of a template, for the translation test. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

export { en, zhCN };
