import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure, DisclosurePanel, FileTrigger, Heading } from 'react-aria-components';
import type { CsvEntity, ImportResult } from '../../../shared/contract';
import { isAppError, type ErrorIssue } from '../../../shared/errors';
import { useApi } from '../../app/useApi';
import { useCoreMutation } from '../../app/useCore';
import { Button } from '../../components/Button';
import { download } from '../../components/download';
import { useToast } from '../../components/useToast';

type Outcome =
  | { kind: 'imported'; result: ImportResult; windows1252: boolean }
  | { kind: 'refused'; issues: ErrorIssue[]; windows1252: boolean }
  | { kind: 'failed'; message: string };

/**
 * A CSV file's text. UTF-8 when the bytes are valid UTF-8; otherwise Windows-1252, which is what
 * Excel writes by default on Western European systems ("Centre de dépannage", not "Centre d�pannage").
 */
export async function readCsvFile(file: Blob): Promise<{ text: string; windows1252: boolean }> {
  const bytes = await file.arrayBuffer();
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), windows1252: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), windows1252: true };
  }
}

/** Import and export of one part of the directory as CSV, with the result of the last import. */
export function CsvTransfer({ entity }: { entity: CsvEntity }) {
  const { t } = useTranslation();
  const api = useApi();
  const toast = useToast();
  const importCsv = useCoreMutation('directory.importCsv');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const exportCsv = async () => {
    try {
      const { csv, filename } = await api.call('directory.exportCsv', { entity });
      download(filename, csv, 'text/csv;charset=utf-8');
      toast.info(t('directory.csv.exported', { filename }));
    } catch (error) {
      toast.error(t(`errors.${isAppError(error) ? error.code : 'internal'}`));
    }
  };

  const importFile = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    setOutcome(null);
    let csv: string;
    let windows1252: boolean;
    try {
      ({ text: csv, windows1252 } = await readCsvFile(file));
    } catch {
      setOutcome({ kind: 'failed', message: t('directory.csv.readFailed') });
      return;
    }
    try {
      const result = await importCsv.mutateAsync({ entity, csv });
      setOutcome({ kind: 'imported', result, windows1252 });
    } catch (error) {
      if (isAppError(error) && error.code === 'invalid_input' && error.issues?.length) {
        setOutcome({ kind: 'refused', issues: error.issues, windows1252 });
      } else {
        const code = isAppError(error) ? error.code : 'internal';
        setOutcome({ kind: 'failed', message: t(`errors.${code}`) });
      }
    }
  };

  return (
    <div className="csv">
      <div className="csv__buttons">
        <FileTrigger acceptedFileTypes={['.csv', 'text/csv']} onSelect={(f) => void importFile(f)}>
          <Button>{t('directory.csv.import')}</Button>
        </FileTrigger>
        <Button onPress={() => void exportCsv()}>{t('directory.csv.export')}</Button>
      </div>
      <Disclosure className="disclosure">
        <Heading className="disclosure__heading">
          <Button slot="trigger" variant="quiet">
            {t('directory.csv.help')}
          </Button>
        </Heading>
        <DisclosurePanel className="disclosure__panel">
          <p>
            {t(entity === 'organizations' ? 'directory.csv.orgHelp' : 'directory.csv.peopleHelp')}
          </p>
        </DisclosurePanel>
      </Disclosure>
      <div role="status" className="csv__outcome">
        {importCsv.isPending && <p>{t('directory.csv.importing')}</p>}
        {outcome && <ImportOutcome outcome={outcome} />}
      </div>
    </div>
  );
}

function ImportOutcome({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  if (outcome.kind === 'failed') {
    return (
      <div className="notice notice--error">
        <span aria-hidden="true">⚠ </span>
        {outcome.message}
      </div>
    );
  }
  if (outcome.kind === 'refused') {
    return (
      <div className="notice notice--error">
        <p className="notice__title">
          <span aria-hidden="true">⚠ </span>
          {t('directory.csv.failedTitle')}
        </p>
        {outcome.windows1252 && <p>{t('directory.csv.readAsWindows1252')}</p>}
        <p>{t('directory.csv.failedBody')}</p>
        <ul>
          {outcome.issues.map((issue, i) => (
            <li key={i}>{describeIssue(issue, t)}</li>
          ))}
        </ul>
      </div>
    );
  }
  const { created, skipped, ignoredColumns } = outcome.result;
  return (
    <div className="notice">
      <p className="notice__title">
        <span aria-hidden="true">✓ </span>
        {t('directory.csv.resultTitle')}
      </p>
      {outcome.windows1252 && <p>{t('directory.csv.readAsWindows1252')}</p>}
      <p>{t('directory.csv.created', { number: created })}</p>
      {skipped.length > 0 && (
        <>
          <p>{t('directory.csv.skipped')}</p>
          <ul>
            {skipped.map((row) => (
              <li key={row.line}>{t('directory.csv.skippedRow', row)}</li>
            ))}
          </ul>
        </>
      )}
      {ignoredColumns.length > 0 && (
        <p>{t('directory.csv.ignoredColumns', { columns: ignoredColumns.join(', ') })}</p>
      )}
    </div>
  );
}

/** An issue's path is `['line', n, column]` (or `['line', n]` for the whole row). */
function describeIssue(issue: ErrorIssue, t: TFunction): string {
  const [, line, column] = issue.path;
  const reason = t(`validation.${issue.message}`, { defaultValue: t('validation.invalid') });
  return column === undefined
    ? t('directory.csv.issueLine', { line, reason })
    : t('directory.csv.issueColumn', { line, column, reason });
}
