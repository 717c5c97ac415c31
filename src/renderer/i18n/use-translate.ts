import { useMemo } from 'react';
import { appSelectors, useApp } from '../stores/app';
import { translator, type Translate } from './translate';

export function useTranslate(): Translate {
  const language = useApp(appSelectors.language);
  return useMemo(() => translator(language), [language]);
}
