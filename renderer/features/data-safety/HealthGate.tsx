import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { DamagedNotice } from './DamagedNotice';
import { DataSafetyScreen } from './DataSafetyScreen';
import { BACKUPS_PATH } from './links';
import { useHealth } from './useHealth';

/**
 * Lets the app through while the database is sound, including while the start-up check is still
 * running (it never holds up the first screen). Once the file is known to be damaged, the app
 * never carries on as if nothing happened: the notice replaces every screen but the backups list.
 */
export function HealthGate() {
  const { health } = useHealth();
  const { pathname } = useLocation();
  if (health?.status !== 'damaged') return <Outlet />;
  if (pathname === BACKUPS_PATH) return <RecoveryBackups />;
  return <DamagedNotice health={health} />;
}

/** The backups list on its own, without the app's navigation, while the file is damaged. */
function RecoveryBackups() {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  useEffect(() => main.current?.querySelector<HTMLElement>('h1')?.focus(), []);
  return (
    <main className="damaged damaged--backups" id="main" ref={main}>
      <p className="notice notice--error">
        <span aria-hidden="true">⚠ </span>
        {t('dataSafety.damaged.banner')} <Link to="/">{t('dataSafety.damaged.backToNotice')}</Link>
      </p>
      <DataSafetyScreen />
    </main>
  );
}
