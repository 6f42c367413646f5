import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCoreQuery } from '../../app/useCore';
import { Select } from '../../components/Select';
import { ParticipationTable } from './ParticipationTable';
import { useConnectionWords } from './network-words';
import './network.css';

/** The query parameter naming the series shown, so the choice survives a reload and can be linked. */
const SERIES_PARAM = 'series';

/**
 * How each agency has taken part in a series: meetings attended of those held, its rate, when it
 * last came and how many it has missed in a row. Those that missed three or more are named first,
 * so the chair keeps inviting them.
 */
export function ParticipationScreen() {
  const { t } = useTranslation();
  const words = useConnectionWords();
  const [params, setParams] = useSearchParams();
  const series = useCoreQuery('series.list', {});

  if (series.data === undefined) return <p role="status">{t('common.loading')}</p>;
  const choices = [...series.data].sort((a, b) => words.collator.compare(a.title, b.title));
  const asked = params.get(SERIES_PARAM);
  const seriesId = choices.find((s) => s.id === asked)?.id ?? choices[0]?.id ?? null;

  return (
    <div className="participation">
      <h2 className="network__title">{t('participation.title')}</h2>
      <p className="lead">{t('participation.lead')}</p>
      {seriesId === null ? (
        <p className="empty">
          {t('participation.noSeries')} <Link to="/meetings">{t('participation.toMeetings')}</Link>
        </p>
      ) : (
        <>
          <div className="filters participation__filters">
            <Select
              label={t('participation.series')}
              value={seriesId}
              onChange={(id) => setParams({ [SERIES_PARAM]: id }, { replace: true })}
              options={choices.map((s) => ({ id: s.id, label: s.title }))}
            />
          </div>
          <ParticipationTable seriesId={seriesId} />
        </>
      )}
    </div>
  );
}
