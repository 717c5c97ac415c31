import type { Settings } from '../../shared/ipc/settings';
import { en } from './en';
import { ko, type MessageKey } from './ko';

const catalogs: Record<Settings['language'], Record<MessageKey, string>> = { ko, en };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(language: Settings['language']): Translate {
  const catalog = catalogs[language];
  return (key, values) => catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values?.[name] ?? whole));
}
