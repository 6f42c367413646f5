import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/contract';
import en from './en.json';
import fr from './fr.json';

export const catalogues = { en, fr } satisfies Record<Language, unknown>;

/** Canadian locales: dates, numbers and sorting follow the Canadian conventions of each language. */
export const localeOf = (language: Language) => (language === 'fr' ? 'fr-CA' : 'en-CA');

/** A fresh i18next instance per app (and per test), so renders never share a language. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'fr'],
    resources: { en: { translation: en }, fr: { translation: fr } },
    // Resources are bundled, so initialising synchronously lets the first paint be translated.
    initAsync: false,
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  });
  return instance;
}
