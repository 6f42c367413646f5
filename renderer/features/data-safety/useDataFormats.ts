import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupKind, BackupSummary } from '../../../shared/contract';
import { useSettings } from '../../app/useSettings';
import { localeOf } from '../../i18n';
import { formatDateTime, formatSize } from '../../i18n/format';

const ALWAYS_COUNTED = new Set<string>(['organizations', 'people']);
const COUNTED = ['organizations', 'people', 'meetings', 'actions', 'terms'] as const;

/** How backups read on screen, in the person's language and locale. */
export function useDataFormats() {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const locale = localeOf(settings.language);
  return useMemo(
    () => ({
      dateTime: (ms: number) => formatDateTime(ms, locale),
      size: (bytes: number) => formatSize(bytes, locale),
      kind: (kind: BackupKind) => t(`dataSafety.kind.${kind}`),
      /**
       * "12 organizations, 40 people, 3 meetings": only what that backup's version records, and
       * beyond the directory only what it has, so an empty part does not read as something lost.
       */
      summary: (summary: BackupSummary | null) => {
        if (!summary) return t('dataSafety.unreadable');
        return COUNTED.flatMap((name) => {
          const count = summary[name];
          if (count === undefined || (count === 0 && !ALWAYS_COUNTED.has(name))) return [];
          return [t(`dataSafety.count.${name}`, { count })];
        }).join(', ');
      },
    }),
    [t, locale],
  );
}
