import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle';

export type UpcomingSection = 'meetings' | 'actions' | 'networking' | 'glossary';

/** An honest placeholder: what this part will do, and that it is not built yet. */
export function ComingSoon({ section }: { section: UpcomingSection }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t(`nav.${section}`)}</PageTitle>
      <p className="badge badge--info">{t('comingSoon.notice')}</p>
      <p className="lead">{t(`comingSoon.${section}`)}</p>
      <p>{t('comingSoon.body')}</p>
    </>
  );
}
