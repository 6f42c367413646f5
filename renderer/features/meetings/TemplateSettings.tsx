import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TEMPLATES_PATH } from './links';

/** The Settings section that leads to the agenda templates. */
export function TemplateSettings() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="settings-templates-title" className="settings__templates">
      <h2 id="settings-templates-title">{t('templates.title')}</h2>
      <p>{t('templates.settingsIntro')}</p>
      <p>
        <Link to={TEMPLATES_PATH}>{t('templates.manage')}</Link>
      </p>
    </section>
  );
}
