import { useTranslation } from 'react-i18next';
import type { NetworkingSession } from '../../../shared/contract';
import { AgencyCounts } from './AgencyCounts';
import { CheckInList } from './CheckInList';
import { DirectoryPicker } from './DirectoryPicker';
import { OnTheSpotForm } from './OnTheSpotForm';
import { SignUpImport } from './SignUpImport';
import { inSetup } from './useSession';

/** Who comes: added from the directory, on the spot or from a sign-up list, then checked in. */
export function ParticipantsSection({ session }: { session: NetworkingSession }) {
  const { t } = useTranslation();
  return (
    <section className="networking-section" aria-labelledby="networking-participants">
      <h2 id="networking-participants">{t('networking.participants.title')}</h2>
      {inSetup(session) ? (
        <div className="networking-add" role="group" aria-labelledby="networking-add-title">
          <h3 id="networking-add-title">{t('networking.participants.addTitle')}</h3>
          <DirectoryPicker session={session} />
          <OnTheSpotForm session={session} />
          <SignUpImport session={session} />
        </div>
      ) : (
        <p className="notice">{t('networking.participants.started')}</p>
      )}
      <div className="networking-participants">
        <div>
          <h3>{t('networking.participants.checkIn')}</h3>
          <CheckInList session={session} />
        </div>
        <div>
          <h3>{t('networking.agencies.title')}</h3>
          <AgencyCounts session={session} />
        </div>
      </div>
    </section>
  );
}
