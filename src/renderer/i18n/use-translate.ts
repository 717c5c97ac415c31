import { useMemo } from 'react';
import { appSelectors, useApp } from '../stores/app';
import { dateWords, type DateWords } from './dates';
import { translator, type Translate } from './translate';

export function useTranslate(): Translate {
  const language = useApp(appSelectors.language);
  return useMemo(() => translator(language), [language]);
}

export function useDates(): DateWords {
  const language = useApp(appSelectors.language);
  return useMemo(() => dateWords(language), [language]);
}
