import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkingSession } from '../../../shared/contract';
import { useCoreMutation } from '../../app/useCore';
import { useSettings } from '../../app/useSettings';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';
import { useToast } from '../../components/useToast';
import { localeOf } from '../../i18n';
import { byName, nameWithAgency } from './participant-text';
import { useRefusalToast } from './useSession';

const NOBODY = '';

const samePair = (a: readonly [string, string], b: readonly [string, string]) =>
  (a[0] === b[0] && a[1] === b[1]) || (a[0] === b[1] && a[1] === b[0]);

/** Pairs never to seat at one table (a conflict, a supervisor and their staff…). */
export function KeepApartSection({ session }: { session: NetworkingSession }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const toast = useToast();
  const refused = useRefusalToast();
  const setPairs = useCoreMutation('networking.setKeepApart');
  const [first, setFirst] = useState(NOBODY);
  const [second, setSecond] = useState(NOBODY);
  const [error, setError] = useState<string | null>(null);
  // During the event a new pair re-plans the rounds still to come; after it, nothing changes.
  const editable = session.run.phase !== 'done';
  const people = [...session.participants].sort(byName(localeOf(settings.language)));
  const nameOf = (id: string) => {
    const p = session.participants.find((x) => x.id === id);
    return p ? nameWithAgency(p) : t('networking.rules.gone');
  };
  const options = (other: string) => [
    { id: NOBODY, label: t('networking.rules.choose') },
    ...people.filter((p) => p.id !== other).map((p) => ({ id: p.id, label: nameWithAgency(p) })),
  ];

  const save = (pairs: [string, string][]) =>
    setPairs.mutateAsync({ meetingId: session.meetingId, pairs });

  const addPair = async () => {
    if (!first || !second) {
      setError(t('networking.rules.chooseTwo'));
      return;
    }
    const pair: [string, string] = [first, second];
    if (session.keepApart.some((p) => samePair(p, pair))) {
      setError(t('networking.rules.already'));
      return;
    }
    setError(null);
    try {
      await save([...session.keepApart, pair]);
      setFirst(NOBODY);
      setSecond(NOBODY);
    } catch (e) {
      refused(e);
    }
  };

  const removePair = async (pair: [string, string]) => {
    const before = session.keepApart;
    try {
      await save(before.filter((p) => !samePair(p, pair)));
      toast.info(
        t('networking.rules.removed', { first: nameOf(pair[0]), second: nameOf(pair[1]) }),
        { label: t('common.undo'), onAction: () => void save(before).catch(refused) },
      );
    } catch (e) {
      refused(e);
    }
  };

  return (
    <section className="networking-section" aria-labelledby="networking-rules">
      <h2 id="networking-rules">{t('networking.rules.title')}</h2>
      <p>{t('networking.rules.intro')}</p>
      {editable && (
        <div className="networking-pair" role="group" aria-labelledby="networking-pair-title">
          <h3 id="networking-pair-title" className="networking-pair__title">
            {t('networking.rules.addTitle')}
          </h3>
          <Select
            label={t('networking.rules.first')}
            value={first}
            onChange={(id) => {
              setFirst(id);
              setError(null);
            }}
            options={options(second)}
            errorMessage={error && !first ? error : undefined}
          />
          <Select
            label={t('networking.rules.second')}
            value={second}
            onChange={(id) => {
              setSecond(id);
              setError(null);
            }}
            options={options(first)}
            errorMessage={error && first && !second ? error : undefined}
          />
          <div className="networking-pair__submit">
            <Button onPress={() => void addPair()}>{t('networking.rules.add')}</Button>
          </div>
          {error && first && second && (
            <p className="field__error networking-pair__error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
      {session.keepApart.length === 0 ? (
        <p className="empty">{t('networking.rules.none')}</p>
      ) : (
        <ul className="plain-list networking-pairs" aria-label={t('networking.rules.listLabel')}>
          {session.keepApart.map((pair) => {
            const text = t('networking.rules.pair', {
              first: nameOf(pair[0]),
              second: nameOf(pair[1]),
            });
            return (
              <li key={pair.join('|')} className="networking-pairs__item">
                <span>{text}</span>
                {editable && (
                  <Button
                    variant="quiet"
                    aria-label={t('networking.rules.removeOne', { pair: text })}
                    onPress={() => void removePair(pair)}
                  >
                    {t('networking.rules.remove')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
