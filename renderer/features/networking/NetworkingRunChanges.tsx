import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkingSession } from '../../../shared/contract';
import { Button } from '../../components/Button';
import { useToast } from '../../components/useToast';
import { NetworkingRunArrival } from './NetworkingRunArrival';
import { NetworkingRunDeparture } from './NetworkingRunDeparture';
import type { NetworkingRunCommands } from './useNetworkingRun';

/**
 * Late arrivals and departures. They apply from the next round: the core plans the rounds to come
 * again and keeps those held. The last one can be undone, from its toast or from here for as long
 * as it is the last and its rounds have not started.
 */
export function NetworkingRunChanges({
  session,
  commands,
}: {
  session: NetworkingSession;
  commands: NetworkingRunCommands;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [dialog, setDialog] = useState<'arrival' | 'departure' | null>(null);
  const { phase } = session.run;
  // The core takes an arrival until the last round is over (from the next round on), and a
  // departure once the event is on: before it, someone absent is unchecked at check-in.
  const canArrive = phase !== 'done';
  const canDepart = phase === 'round' || phase === 'switch';

  const undo = async () => {
    const undone = session.undo;
    if (!undone) return;
    if (await commands.undoChange()) {
      toast.info(t(`networking.run.changes.undone.${undone.kind}`, { name: undone.name }));
    }
  };

  /** After a change: what happened, with Undo. */
  const changed = (message: string) =>
    toast.info(message, { label: t('common.undo'), onAction: () => void undoLatest() });
  // The toast's Undo acts on the session as it is then, not as it was when the toast opened.
  const undoLatest = async () => {
    const done = await commands.undoChange();
    if (done) toast.info(t('networking.run.changes.undoneLast'));
  };

  return (
    <section className="networking-changes" aria-labelledby="networking-changes-title">
      <h2 id="networking-changes-title">{t('networking.run.changes.title')}</h2>
      <p className="field__description" id="networking-changes-when">
        {t(`networking.run.changes.when.${phase}`)}
      </p>
      <div className="toolbar">
        <Button
          isDisabled={!canArrive}
          aria-describedby="networking-changes-when"
          onPress={() => setDialog('arrival')}
        >
          {t('networking.run.changes.arrival')}
        </Button>
        <Button
          isDisabled={!canDepart}
          aria-describedby="networking-changes-when"
          onPress={() => setDialog('departure')}
        >
          {t('networking.run.changes.departure')}
        </Button>
        {session.undo && (
          <Button variant="quiet" onPress={() => void undo()}>
            {t(`networking.run.changes.undo.${session.undo.kind}`, { name: session.undo.name })}
          </Button>
        )}
      </div>
      <NetworkingRunArrival
        isOpen={dialog === 'arrival'}
        onOpenChange={(open) => setDialog(open ? 'arrival' : null)}
        commands={commands}
        onArrived={(name) => changed(t('networking.run.changes.arrived', { name }))}
      />
      <NetworkingRunDeparture
        session={session}
        isOpen={dialog === 'departure'}
        onOpenChange={(open) => setDialog(open ? 'departure' : null)}
        commands={commands}
        onDeparted={(name) => changed(t('networking.run.changes.departed', { name }))}
      />
    </section>
  );
}
