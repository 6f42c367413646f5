import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox as AriaCheckbox } from 'react-aria-components';
import type { NetworkingSession, Participant } from '../../../shared/contract';
import { useCoreMutation } from '../../app/useCore';
import { useSettings } from '../../app/useSettings';
import { Button } from '../../components/Button';
import { SearchField } from '../../components/SearchField';
import { useToast } from '../../components/useToast';
import { localeOf } from '../../i18n';
import { byName, fold, nameWithAgency } from './participant-text';
import { inSetup, useRefusalToast } from './useSession';

type Flag = 'present' | 'host';

/**
 * The list at the door: a large "Present" box per person (ticked, not coloured), who hosts a
 * table, and removing someone before the event starts. The filter finds a name as it is typed.
 */
export function CheckInList({ session }: { session: NetworkingSession }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const locale = localeOf(settings.language);
  const toast = useToast();
  const refused = useRefusalToast();
  const update = useCoreMutation('networking.updateParticipant');
  const remove = useCoreMutation('networking.removeParticipant');
  const add = useCoreMutation('networking.addParticipant');
  const setKeepApart = useCoreMutation('networking.setKeepApart');
  const [filter, setFilter] = useState('');
  // What was just ticked shows at once, before the core's answer comes back.
  const [pending, setPending] = useState<Record<string, Partial<Record<Flag, boolean>>>>({});
  const editable = inSetup(session);

  const all = [...session.participants].sort(byName(locale));
  const shown = all.filter((p) => fold(p.name).includes(fold(filter)));
  const present = session.participants.filter((p) => p.present).length;
  const flag = (p: Participant, name: Flag) => pending[p.id]?.[name] ?? p[name];

  const toggle = async (p: Participant, name: Flag, value: boolean) => {
    setPending((current) => ({ ...current, [p.id]: { ...current[p.id], [name]: value } }));
    try {
      await update.mutateAsync({ id: p.id, changes: { [name]: value } });
    } catch (error) {
      refused(error);
    } finally {
      setPending(({ [p.id]: _done, ...rest }) => rest);
    }
  };

  /** Undoing a removal adds them back as they were, with the pairs they were kept apart from. */
  const restore = async (p: Participant, pairs: [string, string][]) => {
    try {
      const before = new Set(session.participants.map((x) => x.id));
      const after = await add.mutateAsync({
        meetingId: session.meetingId,
        participant: {
          personId: p.personId,
          name: p.name,
          organizationId: p.organizationId,
          agency: p.agency,
          host: p.host,
          present: p.present,
        },
      });
      const back = after.participants.find((x) => x.personId === p.personId && !before.has(x.id));
      if (back && pairs.length) {
        const renamed = pairs.map(([a, b]): [string, string] => [
          a === p.id ? back.id : a,
          b === p.id ? back.id : b,
        ]);
        await setKeepApart.mutateAsync({
          meetingId: session.meetingId,
          pairs: [...after.keepApart, ...renamed],
        });
      }
    } catch (error) {
      refused(error);
    }
  };

  const removeOne = async (p: Participant) => {
    const pairs = session.keepApart.filter(([a, b]) => a === p.id || b === p.id);
    try {
      await remove.mutateAsync({ id: p.id });
      toast.info(t('networking.participants.removed', { name: nameWithAgency(p) }), {
        label: t('common.undo'),
        onAction: () => void restore(p, pairs),
      });
    } catch (error) {
      refused(error);
    }
  };

  if (all.length === 0) return <p className="empty">{t('networking.participants.empty')}</p>;

  return (
    <div className="networking-checkin">
      <div className="networking-checkin__bar">
        <p className="networking-checkin__count" aria-live="polite">
          {t('networking.participants.presentCount', { count: all.length, present })}
        </p>
        <SearchField
          label={t('networking.participants.filter')}
          value={filter}
          onChange={setFilter}
        />
      </div>
      {shown.length === 0 ? (
        <p className="empty">{t('networking.participants.noneMatch', { filter })}</p>
      ) : (
        <table className="table networking-checkin__table">
          <caption className="visually-hidden">{t('networking.participants.checkIn')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('networking.participants.present')}</th>
              <th scope="col">{t('networking.participants.name')}</th>
              <th scope="col">{t('networking.participants.agency')}</th>
              <th scope="col">{t('networking.participants.host')}</th>
              {editable && (
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={p.id}>
                <td>
                  <FlagBox
                    label={t('networking.participants.present')}
                    name={p.name}
                    isSelected={flag(p, 'present')}
                    onChange={(value) => void toggle(p, 'present', value)}
                    isDisabled={!editable}
                    large
                  />
                </td>
                <th scope="row">
                  {p.name}
                  {p.fromRound > 1 && (
                    <span className="muted table__sub">
                      {' '}
                      · {t('networking.participants.fromRound', { round: p.fromRound })}
                    </span>
                  )}
                </th>
                <td>{p.agency || <span className="muted">{t('networking.noAgency')}</span>}</td>
                <td>
                  <FlagBox
                    label={t('networking.participants.host')}
                    name={p.name}
                    isSelected={flag(p, 'host')}
                    onChange={(value) => void toggle(p, 'host', value)}
                    isDisabled={!editable}
                  />
                </td>
                {editable && (
                  <td>
                    <Button
                      variant="quiet"
                      aria-label={t('networking.participants.removeOne', { name: p.name })}
                      onPress={() => void removeOne(p)}
                    >
                      {t('networking.participants.remove')}
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** A tick box whose visible word ("Present") is read with the person it is about. */
function FlagBox({
  label,
  name,
  isSelected,
  onChange,
  isDisabled,
  large = false,
}: {
  label: string;
  name: string;
  isSelected: boolean;
  onChange: (value: boolean) => void;
  isDisabled?: boolean;
  large?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <AriaCheckbox
      className={
        large ? 'checkbox networking-flag networking-flag--large' : 'checkbox networking-flag'
      }
      isSelected={isSelected}
      onChange={onChange}
      isDisabled={isDisabled}
      aria-label={t('networking.participants.flagOf', { flag: label, name })}
    >
      <span className="checkbox__box" aria-hidden="true">
        {isSelected ? '✓' : ''}
      </span>
      <span aria-hidden="true">{label}</span>
    </AriaCheckbox>
  );
}
