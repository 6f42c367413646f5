import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Language, Minutes } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { useSettings } from '../../app/useSettings';
import { BackLink } from '../../components/BackLink';
import { Checkbox } from '../../components/Checkbox';
import { PageTitle } from '../../components/PageTitle';
import { RadioGroup } from '../../components/RadioGroup';
import { notesPath } from '../notes/links';
import { MinutesExport } from './MinutesExport';
import { MinutesPreview } from './MinutesPreview';

/** The minutes of a meeting: what goes in, in which language, a preview, and the exports. */
export function MinutesScreen() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { settings } = useSettings();
  const [includeInternal, setIncludeInternal] = useState(false);
  const [includeTerms, setIncludeTerms] = useState(false);
  // Minutes go to partners who may read the other language: the app's language is only a start.
  const [language, setLanguage] = useState<Language>(settings.language);
  const request = { meetingId: id, includeInternal, language, includeTerms };
  const minutes = useCoreQuery('minutes.get', request, { keepPrevious: true });
  const info = useCoreQuery('app.info', {});
  if (!minutes.data || !info.data) return <p role="status">{t('common.loading')}</p>;
  const { meeting } = minutes.data;

  return (
    <div className="minutes-screen">
      {/* Everything but the preview stays off paper (see minutes.css). */}
      <div className="minutes-screen__controls">
        <BackLink to={notesPath(id)}>{t('minutes.back')}</BackLink>
        <PageTitle>{t('minutes.title', { title: meeting.title })}</PageTitle>
        <section className="minutes-options" aria-labelledby="minutes-options-heading">
          <h2 id="minutes-options-heading">{t('minutes.options.heading')}</h2>
          <Checkbox
            isSelected={includeInternal}
            onChange={setIncludeInternal}
            description={t('minutes.options.includeInternalHelp')}
          >
            {t('minutes.options.includeInternal')}
          </Checkbox>
          <Checkbox
            isSelected={includeTerms}
            onChange={setIncludeTerms}
            description={t('minutes.options.includeTermsHelp')}
          >
            {t('minutes.options.includeTerms')}
          </Checkbox>
          <RadioGroup<Language>
            label={t('minutes.options.language')}
            description={t('minutes.options.languageHelp')}
            value={language}
            onChange={setLanguage}
            options={[
              { value: 'en', label: 'English', lang: 'en' },
              { value: 'fr', label: 'Français', lang: 'fr' },
            ]}
          />
        </section>
        <Withheld minutes={minutes.data} includeInternal={includeInternal} />
        <MinutesExport request={request} pdfExport={info.data.pdfExport} />
      </div>
      <MinutesPreview minutes={minutes.data} />
    </div>
  );
}

/**
 * Says which items (and reviewed actions decided under such items) the minutes leave out, and
 * why; announced as the options change.
 */
function Withheld({ minutes, includeInternal }: { minutes: Minutes; includeInternal: boolean }) {
  const { t } = useTranslation();
  const { internal, confidential, reviewedActions: reviewed } = minutes.withheld;
  const any = internal + confidential + reviewed.internal + reviewed.confidential > 0;
  return (
    <div role="status" className="minutes-withheld-status">
      {any && (
        <div className="notice minutes-notice">
          <p className="notice__title">
            <span aria-hidden="true">ℹ </span>
            {t('minutes.withheld.title')}
          </p>
          <ul>
            {internal > 0 && (
              <li>
                {t(
                  includeInternal ? 'minutes.withheld.internal' : 'minutes.withheld.internalHint',
                  {
                    count: internal,
                  },
                )}
              </li>
            )}
            {confidential > 0 && (
              <li>{t('minutes.withheld.confidential', { count: confidential })}</li>
            )}
            {/* Only ever while internal items are left out: ticking the box brings them in. */}
            {reviewed.internal > 0 && (
              <li>{t('minutes.withheld.reviewedInternalHint', { count: reviewed.internal })}</li>
            )}
            {reviewed.confidential > 0 && (
              <li>
                {t('minutes.withheld.reviewedConfidential', { count: reviewed.confidential })}
              </li>
            )}
          </ul>
        </div>
      )}
    </div>
  );
}
