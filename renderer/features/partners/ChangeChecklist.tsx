import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignificantChange } from '../../../shared/contract';
import { isAppError } from '../../../shared/errors';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { DateField } from '../../components/DateField';
import { Select } from '../../components/Select';
import { useToast } from '../../components/useToast';
import { todayIso } from '../meetings/schedule';
import { usePartnerFormat } from './usePartnerFormat';

type Notice = SignificantChange['notices'][number];

/** Reports a refused change in words; the checklist shows what was saved. */
function useFailed() {
  const { t } = useTranslation();
  const toast = useToast();
  return (error: unknown) =>
    toast.error(t(`errors.${isAppError(error) ? error.code : 'internal'}`));
}

/** Who has been told about a change and when: tick a partner, correct the day, add or remove. */
export function ChangeChecklist({ change }: { change: SignificantChange }) {
  const { t } = useTranslation();
  const k = 'partners.changes';
  return (
    <div className="change-checklist">
      {change.notices.length === 0 ? (
        <p className="empty">{t(`${k}.noPartners`)}</p>
      ) : (
        <table className="table checklist-table">
          <caption className="visually-hidden">
            {t(`${k}.checklistCaption`, { title: change.title })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t(`${k}.columns.partner`)}</th>
              <th scope="col">{t(`${k}.columns.toldOn`)}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {change.notices.map((notice) => (
              <NoticeRow key={notice.organizationId} change={change} notice={notice} />
            ))}
          </tbody>
        </table>
      )}
      <AddPartner change={change} />
    </div>
  );
}

function NoticeRow({ change, notice }: { change: SignificantChange; notice: Notice }) {
  const { t } = useTranslation();
  const toast = useToast();
  const failed = useFailed();
  const setNotified = useCoreMutation('change.setNotified');
  const removePartner = useCoreMutation('change.removePartner');
  // Shown at once while the core saves, so a tick never seems to bounce back.
  const [ticking, setTicking] = useState<boolean | null>(null);
  const [day, setDay] = useState<string | null>(notice.notifiedOn);
  const [shownDay, setShownDay] = useState(notice.notifiedOn);
  const told = ticking ?? notice.notifiedOn !== null;
  const k = 'partners.changes';

  // A new day from the core (ticked, or changed elsewhere) replaces what the field shows.
  if (shownDay !== notice.notifiedOn) {
    setShownDay(notice.notifiedOn);
    setDay(notice.notifiedOn);
  }

  const save = (notifiedOn: string | null) =>
    setNotified.mutateAsync({ id: change.id, organizationId: notice.organizationId, notifiedOn });

  const tick = (isSelected: boolean) => {
    setTicking(isSelected);
    save(isSelected ? todayIso() : null)
      .catch(failed)
      .finally(() => setTicking(null));
  };

  // Saved when the field is left, not at each keystroke of a half-typed year.
  const commitDay = () => {
    if (day === null || day === notice.notifiedOn || notice.notifiedOn === null) return;
    save(day).catch((error: unknown) => {
      setDay(notice.notifiedOn);
      failed(error);
    });
  };

  const remove = () =>
    removePartner.mutateAsync({ id: change.id, organizationId: notice.organizationId }).then(
      () =>
        toast.info(t(`${k}.removed`, { name: notice.name }), {
          label: t('common.undo'),
          onAction: () => void save(notice.notifiedOn).catch(failed),
        }),
      failed,
    );

  return (
    <tr className={told ? 'notice-row notice-row--told' : 'notice-row'}>
      <th scope="row">
        <Checkbox isSelected={told} onChange={tick}>
          {notice.name}
        </Checkbox>
      </th>
      <td className="notice-row__day">
        {told && notice.notifiedOn !== null ? (
          <DateField
            label={t(`${k}.toldOnFor`, { name: notice.name })}
            value={day}
            onChange={setDay}
            onBlur={commitDay}
          />
        ) : told ? (
          t(`${k}.saving`)
        ) : (
          <span className="muted">{t(`${k}.notYet`)}</span>
        )}
      </td>
      <td>
        <Button
          variant="quiet"
          aria-label={t(`${k}.removeFrom`, { name: notice.name })}
          onPress={() => void remove()}
        >
          {t(`${k}.remove`)}
        </Button>
      </td>
    </tr>
  );
}

/** Adds a partner the change was not yet listed for, not yet told. */
function AddPartner({ change }: { change: SignificantChange }) {
  const { t } = useTranslation();
  const format = usePartnerFormat();
  const failed = useFailed();
  const partners = useCoreQuery('partner.cadence', {});
  const setNotified = useCoreMutation('change.setNotified');
  const [chosen, setChosen] = useState('');
  const k = 'partners.changes';
  const listed = new Set(change.notices.map((n) => n.organizationId));
  const choices = (partners.data ?? [])
    .filter((p) => !listed.has(p.organizationId) && p.organizationId !== change.organizationId)
    .sort((a, b) => format.collator.compare(a.name, b.name));
  if (choices.length === 0) return null;
  const value = choices.some((p) => p.organizationId === chosen) ? chosen : '';

  return (
    <div className="add-partner">
      <Select<string>
        label={t(`${k}.addPartner`)}
        value={value}
        onChange={setChosen}
        options={[
          { id: '', label: t(`${k}.choosePartner`) },
          ...choices.map((p) => ({ id: p.organizationId, label: p.name })),
        ]}
      />
      <Button
        isDisabled={value === ''}
        onPress={() =>
          void setNotified
            .mutateAsync({ id: change.id, organizationId: value, notifiedOn: null })
            .then(() => setChosen(''), failed)
        }
      >
        {t(`${k}.add`)}
      </Button>
    </div>
  );
}
