import { useTranslation } from 'react-i18next';
import type { CadenceStatus } from '../../../shared/contract';
// Home shows statuses too, without the partners section's layout having loaded.
import './partners.css';

/** Each status has its own shape, so it reads without colour (and in high contrast). */
const ICONS: Record<CadenceStatus, string> = {
  on_track: '✓',
  due_soon: '◔',
  overdue: '!',
  never: '○',
  untracked: '—',
};

/** Where a partner stands against its cadence: an icon and words, never colour alone. */
export function CadenceStatusText({ status }: { status: CadenceStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`cadence-status cadence-status--${status}`}>
      <span aria-hidden="true" className="cadence-status__icon">
        {ICONS[status]}
      </span>{' '}
      {t(`partners.status.${status}`)}
    </span>
  );
}
