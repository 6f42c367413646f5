import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkingSession } from '../../../shared/contract';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Select } from '../../components/Select';
import { byName, nameWithAgency, presentOnes } from './participant-text';
import type { NetworkingRunCommands } from './useNetworkingRun';

/** The picker's "choose someone" value. */
const NOBODY = '';

/** Someone left: they are taken out of the rounds to come, which are re-planned without them. */
export function NetworkingRunDeparture({
  session,
  isOpen,
  onOpenChange,
  commands,
  onDeparted,
}: {
  session: NetworkingSession;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  commands: NetworkingRunCommands;
  onDeparted: (name: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('networking.run.departure.title')} isOpen={isOpen} onOpenChange={onOpenChange}>
      <DepartureForm
        session={session}
        commands={commands}
        onCancel={() => onOpenChange(false)}
        onDeparted={(name) => {
          onOpenChange(false);
          onDeparted(name);
        }}
      />
    </Dialog>
  );
}

function DepartureForm({
  session,
  commands,
  onCancel,
  onDeparted,
}: {
  session: NetworkingSession;
  commands: NetworkingRunCommands;
  onCancel: () => void;
  onDeparted: (name: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState(NOBODY);
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const staying = [...presentOnes(session.participants)].sort(byName(i18n.language));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const person = staying.find((p) => p.id === chosen);
    if (!person) {
      setError(t('networking.run.departure.choose'));
      return;
    }
    setSaving(true);
    const session = await commands.depart(person.id);
    setSaving(false);
    if (session) onDeparted(nameWithAgency(person));
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      <p>{t('networking.run.departure.intro')}</p>
      <Select
        label={t('networking.run.departure.person')}
        value={chosen}
        onChange={(id) => {
          setChosen(id);
          setError(undefined);
        }}
        errorMessage={error}
        options={[
          { id: NOBODY, label: t('networking.run.departure.nobody') },
          ...staying.map((p) => ({ id: p.id, label: nameWithAgency(p) })),
        ]}
        autoFocus
      />
      <div className="dialog__actions">
        <Button onPress={onCancel}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" isPending={saving}>
          {t('networking.run.departure.submit')}
        </Button>
      </div>
    </form>
  );
}
