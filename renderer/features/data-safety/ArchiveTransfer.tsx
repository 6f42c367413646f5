import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileTrigger } from 'react-aria-components';
import { MAX_ARCHIVE_CHARS } from '../../../shared/contract';
import { isAppError } from '../../../shared/errors';
import { useApi } from '../../app/useApi';
import { useCoreMutation } from '../../app/useCore';
import { Button } from '../../components/Button';
import { download } from '../../components/download';
import { useToast } from '../../components/useToast';
import { useDataFormats } from './useDataFormats';

/** The schema version an archive says it has, or null if the file does not say. */
function archiveSchemaVersion(json: string): number | null {
  try {
    const version: unknown = (JSON.parse(json) as { manifest?: { schemaVersion?: unknown } })
      .manifest?.schemaVersion;
    return typeof version === 'number' ? version : null;
  } catch {
    return null;
  }
}

/** Everything as one file, to keep or to move to another computer, and back in. */
export function ArchiveTransfer() {
  const { t } = useTranslation();
  const api = useApi();
  const toast = useToast();
  const { dateTime } = useDataFormats();
  const importArchive = useCoreMutation('data.importArchive');
  const [exporting, setExporting] = useState(false);
  // Only failures are shown here: a successful import replaces all data, and this screen with it.
  const [failure, setFailure] = useState<string | null>(null);

  const exportAll = async () => {
    setExporting(true);
    try {
      const { filename, json } = await api.call('data.exportArchive', {});
      download(filename, json, 'application/json');
      toast.info(t('dataSafety.archive.exported', { filename }));
    } catch (error) {
      toast.error(t(`errors.${isAppError(error) ? error.code : 'internal'}`));
    } finally {
      setExporting(false);
    }
  };

  /** The core's conflict is one of two: records already here, or an archive from a newer version. */
  const conflictMessage = async (json: string) => {
    const version = archiveSchemaVersion(json);
    const known = await api.call('app.info', {}).then(
      (info) => info.schemaVersion,
      () => null,
    );
    return version !== null && known !== null && version > known
      ? t('dataSafety.archive.tooNew')
      : t('dataSafety.archive.notEmpty');
  };

  const importFile = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    setFailure(null);
    let json: string;
    try {
      json = await file.text();
    } catch {
      setFailure(t('dataSafety.archive.readFailed'));
      return;
    }
    if (json.length > MAX_ARCHIVE_CHARS) {
      setFailure(t('dataSafety.archive.tooLarge'));
      return;
    }
    if (json.trim() === '') {
      setFailure(t('dataSafety.archive.invalid'));
      return;
    }
    try {
      const { manifest } = await importArchive.mutateAsync({ json });
      toast.info(
        t('dataSafety.archive.imported', { date: dateTime(manifest.exportedAt) }),
        undefined,
        {
          aboutReplacedData: true,
        },
      );
    } catch (error) {
      const code = isAppError(error) ? error.code : 'internal';
      const message =
        code === 'conflict'
          ? await conflictMessage(json)
          : code === 'invalid_input'
            ? t('dataSafety.archive.invalid')
            : t(`errors.${code}`);
      setFailure(message);
    }
  };

  return (
    <>
      <p>{t('dataSafety.archive.intro')}</p>
      <div className="toolbar">
        <Button isPending={exporting} onPress={() => void exportAll()}>
          {t('dataSafety.archive.export')}
        </Button>
      </div>
      <p id="archive-import-note">{t('dataSafety.archive.importIntro')}</p>
      <div className="toolbar">
        <FileTrigger
          acceptedFileTypes={['.json', 'application/json']}
          onSelect={(files) => void importFile(files)}
        >
          <Button aria-describedby="archive-import-note" isPending={importArchive.isPending}>
            {t('dataSafety.archive.import')}
          </Button>
        </FileTrigger>
      </div>
      <div role="status" className="data-safety__status">
        {importArchive.isPending && <p>{t('dataSafety.archive.importing')}</p>}
        {failure && (
          <p className="notice notice--error">
            <span aria-hidden="true">⚠ </span>
            {failure}
          </p>
        )}
      </div>
    </>
  );
}
