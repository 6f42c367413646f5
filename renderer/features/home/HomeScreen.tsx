import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../app/useCore';
import { PageTitle } from '../../components/PageTitle';
import { useMeetingFormat } from '../meetings/useMeetingFormat';
import { ActionsDue, CasesDue, ChangesPending, NextMeetings, PartnersDue } from './HomeSections';
import './home.css';

/**
 * What a chair sees on opening the app: what is coming and what is waiting on them, each entry a
 * link to where it is done.
 */
export function HomeScreen() {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const dashboard = useCoreQuery('home.dashboard', {});
  const data = dashboard.data;

  return (
    <>
      <PageTitle>{t('home.title')}</PageTitle>
      {data === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <>
          <p className="lead">{t('home.lead', { date: format.longDay(data.today) })}</p>
          <div className="home-grid">
            <NextMeetings meetings={data.nextMeetings} />
            <ActionsDue groups={data.actionsDue} />
            <PartnersDue partners={data.partnersDue} total={data.partnersDueTotal} />
            <CasesDue cases={data.casesDue} />
            <ChangesPending changes={data.changesPending} />
          </div>
        </>
      )}
    </>
  );
}
