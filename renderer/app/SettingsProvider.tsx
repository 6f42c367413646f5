import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { I18nProvider } from 'react-aria-components';
import type { Language, Settings } from '../../shared/contract';
import { isNotConnected } from '../api/http-transport';
import { Button } from '../components/Button';
import { createI18n, localeOf } from '../i18n';
import { useApi } from './useApi';
import { queryKey, useCoreQuery } from './useCore';
import { SettingsContext } from './settings-context';

const SETTINGS_KEY = queryKey('settings.get', {});

/** Until the saved language is known, speak the system's language. */
function systemLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/**
 * Reads the saved settings before the app's first real paint, then applies the language, theme and
 * contrast everywhere (i18next, react-aria's locale, and the document's attributes for CSS).
 */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [i18n] = useState(() => createI18n(systemLanguage()));
  const query = useCoreQuery('settings.get', {}, { handleErrors: true });
  const settings = query.data;
  const language = settings?.language ?? systemLanguage();

  useLayoutEffect(() => {
    if (!settings) return;
    void i18n.changeLanguage(settings.language);
    const root = document.documentElement;
    root.lang = localeOf(settings.language);
    root.dataset.theme = settings.theme;
    root.dataset.contrast = settings.highContrast ? 'high' : 'normal';
  }, [i18n, settings]);

  const update = useCallback(
    async (changes: Partial<Settings>) => {
      const previous = queryClient.getQueryData<Settings>(SETTINGS_KEY);
      if (previous) queryClient.setQueryData(SETTINGS_KEY, { ...previous, ...changes });
      try {
        queryClient.setQueryData(SETTINGS_KEY, await api.call('settings.update', changes));
      } catch (error) {
        if (previous) queryClient.setQueryData(SETTINGS_KEY, previous);
        throw error;
      }
    },
    [api, queryClient],
  );
  const value = useMemo(() => settings && { settings, update }, [settings, update]);

  return (
    <I18nextProvider i18n={i18n}>
      <I18nProvider locale={localeOf(language)}>
        {value ? (
          <SettingsContext value={value}>{children}</SettingsContext>
        ) : (
          <Startup
            failed={query.isError}
            notConnected={isNotConnected(query.error)}
            retry={() => void query.refetch()}
          />
        )}
      </I18nProvider>
    </I18nextProvider>
  );
}

interface StartupProps {
  failed: boolean;
  /** The page lacks the launch key: only opening the printed link helps, not trying again. */
  notConnected: boolean;
  retry: () => void;
}

/** Until the settings are read, this speaks the browser's language (navigator.language). */
function Startup({ failed, notConnected, retry }: StartupProps) {
  const { t } = useTranslation();
  return (
    <main className="startup">
      {notConnected ? (
        <div role="alert">
          <h1>{t('errors.notConnectedTitle')}</h1>
          <p>{t('errors.notConnected')}</p>
        </div>
      ) : failed ? (
        <div role="alert">
          <h1>{t('errors.title')}</h1>
          <p>{t('errors.unavailable')}</p>
          <Button variant="primary" onPress={retry}>
            {t('errors.tryAgain')}
          </Button>
        </div>
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}
    </main>
  );
}
