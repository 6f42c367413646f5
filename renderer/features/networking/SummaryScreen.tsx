import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ContactSummary, MethodInput } from '../../../shared/contract';
import { useApi } from '../../app/useApi';
import { useCoreQuery } from '../../app/useCore';
import { useSettings } from '../../app/useSettings';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { PageTitle } from '../../components/PageTitle';
import { SearchField } from '../../components/SearchField';
import { useToast } from '../../components/useToast';
import { saveExportedFile } from '../minutes/save-export';
import { networkingPath } from './links';
import { fold } from './participant-text';
import { useRefusalToast, useSession } from './useSession';
import './networking-run.css';

export const summaryPath = (meetingId: string) => `${networkingPath(meetingId)}/summary`;

type CsvFormat = Extract<MethodInput<'networking.export'>['format'], `${string}_csv`>;

/** Every word typed appears in the participant's name or agency (accents and case ignored). */
function matches(contact: ContactSummary, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const text = fold(`${contact.name} ${contact.agency}`);
  return words.every((word) => text.includes(word));
}

/**
 * `/networking/:meetingId/summary`, after the event: each participant's contacts (name and agency,
 * and the round they met) for follow-up, searchable, and the contacts and the plan as CSV.
 */
export function SummaryScreen() {
  const { meetingId = '' } = useParams();
  const { t } = useTranslation();
  const session = useSession(meetingId).data;
  const summary = useCoreQuery('networking.summary', { meetingId }).data;
  const [query, setQuery] = useState('');
  if (!session || !summary) return <p role="status">{t('common.loading')}</p>;
  const shown = summary.filter((contact) => matches(contact, query));

  return (
    <div className="networking-summary">
      <BackLink to={networkingPath(meetingId)}>{t('networking.summary.back')}</BackLink>
      <PageTitle>{t('networking.summary.title', { title: session.meetingTitle })}</PageTitle>
      <p className="lead">{t('networking.summary.intro')}</p>
      <SummaryExports meetingId={meetingId} />
      {/* Before any round is held (or with nobody there), nobody has met anyone yet. */}
      {summary.every((contact) => contact.met.length === 0) ? (
        <p className="empty">{t('networking.summary.empty')}</p>
      ) : (
        <>
          <SearchField label={t('networking.summary.search')} value={query} onChange={setQuery} />
          <p role="status" className="networking-summary__count">
            {query.trim()
              ? t('networking.summary.shown', { count: shown.length, total: summary.length })
              : t('networking.summary.total', { count: summary.length })}
          </p>
          {shown.length === 0 ? (
            <p className="empty">{t('networking.summary.noMatch', { query: query.trim() })}</p>
          ) : (
            <ul className="networking-summary__list">
              {shown.map((contact) => (
                <ParticipantContacts key={contact.participantId} contact={contact} />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

function ParticipantContacts({ contact }: { contact: ContactSummary }) {
  const { t } = useTranslation();
  const headingId = `networking-summary-${contact.participantId}`;
  return (
    <li>
      <article className="networking-summary__person" aria-labelledby={headingId}>
        <h2 id={headingId} className="networking-summary__name">
          {contact.name}
        </h2>
        <p className="networking-summary__agency">
          {contact.agency || t('networking.summary.noAgency')}
        </p>
        {contact.met.length === 0 ? (
          <p className="empty">{t('networking.summary.metNobody')}</p>
        ) : (
          <>
            <p className="networking-summary__met-count">
              {t('networking.summary.metCount', { count: contact.met.length })}
            </p>
            <ul className="networking-summary__met">
              {contact.met.map((met, index) => (
                <li key={`${met.round}:${index}`}>
                  <span className="networking-summary__met-name">{met.name}</span>
                  {met.agency && ` — ${met.agency}`}{' '}
                  <span className="muted networking-summary__round">
                    ({t('networking.summary.round', { round: met.round })})
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </article>
    </li>
  );
}

/** The contacts and the plan as CSV, in the app's language. */
function SummaryExports({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const toast = useToast();
  const refused = useRefusalToast();
  const { settings } = useSettings();
  const [pending, setPending] = useState<CsvFormat | null>(null);

  const save = async (format: CsvFormat) => {
    setPending(format);
    try {
      const file = await api.call('networking.export', {
        meetingId,
        format,
        language: settings.language,
      });
      saveExportedFile(file);
      toast.info(t('networking.summary.saved', { filename: file.filename }));
    } catch (error) {
      refused(error);
    } finally {
      setPending(null);
    }
  };

  return (
    <div className="toolbar">
      <Button
        variant="primary"
        onPress={() => void save('summary_csv')}
        isPending={pending === 'summary_csv'}
      >
        {t('networking.summary.exportContacts')}
      </Button>
      <Button onPress={() => void save('plan_csv')} isPending={pending === 'plan_csv'}>
        {t('networking.summary.exportPlan')}
      </Button>
    </div>
  );
}
