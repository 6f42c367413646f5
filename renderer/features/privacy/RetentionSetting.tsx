import { useTranslation } from 'react-i18next';
import { useSettings } from '../../app/useSettings';
import { Select } from '../../components/Select';
import { useToast } from '../../components/useToast';

/** The periods offered; 0 keeps closed cases' notes for ever. */
const PERIODS = [0, 12, 24, 36, 60, 84] as const;

/**
 * How long after a case closes its notes and initials are purged. What goes and what stays is
 * said beside the choice, so nobody sets it without knowing.
 */
export function RetentionSetting() {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const toast = useToast();
  const months = settings.retentionMonths;
  // A period set some other way (an older version, an import) is shown as it is.
  const periods = PERIODS.some((p) => p === months) ? [...PERIODS] : [...PERIODS, months];
  const k = 'privacySettings.retention';
  return (
    <div className="stack retention-setting">
      <Select<number>
        label={t(`${k}.label`)}
        description={t(`${k}.description`)}
        value={months}
        onChange={(retentionMonths) =>
          void update({ retentionMonths }).catch(() => toast.error(t('settings.saveFailed')))
        }
        options={periods
          .sort((a, b) => a - b)
          .map((p) => ({
            id: p,
            label: p === 0 ? t(`${k}.never`) : t(`${k}.months`, { count: p }),
          }))}
      />
      <div className="retention-explained">
        <div>
          <h3>{t(`${k}.purgedTitle`)}</h3>
          <ul>
            <li>{t(`${k}.purgedInitials`)}</li>
            <li>{t(`${k}.purgedReviews`)}</li>
            <li>{t(`${k}.purgedNotes`)}</li>
          </ul>
        </div>
        <div>
          <h3>{t(`${k}.keptTitle`)}</h3>
          <ul>
            <li>{t(`${k}.keptCode`)}</li>
            <li>{t(`${k}.keptDecisions`)}</li>
            <li>{t(`${k}.keptActions`)}</li>
          </ul>
        </div>
      </div>
    </div>
  );
}
