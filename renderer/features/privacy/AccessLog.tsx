import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../app/useCore';
import { useSettings } from '../../app/useSettings';
import { DataTable } from '../../components/DataTable';
import { localeOf } from '../../i18n';
import { formatDateTime } from '../../i18n/format';

/** What left the app or was purged, newest first: when, what, how, and which computer account. */
export function AccessLog() {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const locale = localeOf(settings.language);
  const log = useCoreQuery('accessLog.list', {});
  const k = 'privacySettings.accessLog';
  return (
    <>
      <p>{t(`${k}.intro`)}</p>
      {!log.data ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <DataTable
          caption={t(`${k}.caption`)}
          className="access-log"
          columns={[
            t(`${k}.columns.when`),
            t(`${k}.columns.what`),
            t(`${k}.columns.action`),
            t(`${k}.columns.osUser`),
          ]}
          empty={t(`${k}.empty`)}
          rows={log.data.map((entry) => (
            <tr key={entry.id}>
              <td className="access-log__when">
                <time dateTime={new Date(entry.at).toISOString()}>
                  {formatDateTime(entry.at, locale)}
                </time>
              </td>
              <th scope="row">{entry.what}</th>
              <td>{t(`${k}.action.${entry.action}`)}</td>
              <td>{entry.osUser}</td>
            </tr>
          ))}
        />
      )}
    </>
  );
}
