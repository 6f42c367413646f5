import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/contract';
import { useSettings } from '../../app/useSettings';
import { PageTitle } from '../../components/PageTitle';
import { RadioGroup } from '../../components/RadioGroup';
import { Switch } from '../../components/Switch';
import { useToast } from '../../components/useToast';
import { DataSafetySettings } from '../data-safety/DataSafetySettings';
import { TemplateSettings } from '../meetings/TemplateSettings';
import { PrivacySettingsLink } from '../privacy/PrivacySettingsLink';
import { SecuritySettings } from '../security/SecuritySettings';
import { TimerSettings } from '../run/TimerSettings';

export function SettingsScreen() {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const toast = useToast();

  const save = (changes: Partial<Settings>) =>
    void update(changes).catch(() => toast.error(t('settings.saveFailed')));

  return (
    <>
      <PageTitle>{t('settings.title')}</PageTitle>
      <div className="stack settings">
        <RadioGroup
          label={t('settings.language')}
          description={t('settings.languageDescription')}
          value={settings.language}
          onChange={(language) => save({ language })}
          options={[
            { value: 'en', label: 'English', lang: 'en' },
            { value: 'fr', label: 'Français', lang: 'fr' },
          ]}
        />
        <RadioGroup
          label={t('settings.theme')}
          description={t('settings.themeDescription')}
          value={settings.theme}
          onChange={(theme) => save({ theme })}
          options={[
            { value: 'system', label: t('settings.themeSystem') },
            { value: 'light', label: t('settings.themeLight') },
            { value: 'dark', label: t('settings.themeDark') },
          ]}
        />
        <div className="field">
          <Switch
            isSelected={settings.highContrast}
            onChange={(highContrast) => save({ highContrast })}
            aria-describedby="high-contrast-description"
          >
            {t('settings.highContrast')}
          </Switch>
          <p id="high-contrast-description" className="field__description">
            {t('settings.highContrastDescription')}
          </p>
        </div>
        <TimerSettings />
        <TemplateSettings />
        <DataSafetySettings />
        <PrivacySettingsLink />
        <SecuritySettings />
      </div>
    </>
  );
}
