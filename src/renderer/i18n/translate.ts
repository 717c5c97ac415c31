import type { Settings } from '../../shared/ipc/settings';
import { en } from './en';
import { ko, type MessageKey } from './ko';

const catalogs: Record<Settings['language'], Record<MessageKey, string>> = { ko, en };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(language: Settings['language']): Translate {
  const catalog = catalogs[language];
  return (key, values) => catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values?.[name] ?? whole));
}

/** Codes from the core become keys at run time; one the catalogs lack is worded by its sender instead. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(ko, key);
}
