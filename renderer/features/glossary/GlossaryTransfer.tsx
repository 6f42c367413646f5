import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileTrigger } from 'react-aria-components';
import type {
  DuplicateChoice,
  GlossaryFormat,
  GlossaryImportResult,
} from '../../../shared/contract';
import { isAppError, type ErrorIssue } from '../../../shared/errors';
import { useApi } from '../../app/useApi';
import { useCoreMutation } from '../../app/useCore';
import { Button } from '../../components/Button';
import { useToast } from '../../components/useToast';
import { readCsvFile } from '../directory/CsvTransfer';
import { saveExportedFile } from '../minutes/save-export';
import { ImportReview } from './ImportReview';

/** A file read and checked by a dry run, waiting for the person to say how to import it. */
export interface PendingImport {
  filename: string;
  format: GlossaryFormat;
  content: string;
  windows1252: boolean;
  preview: GlossaryImportResult;
}

type Outcome =
  | { kind: 'imported'; result: GlossaryImportResult }
  | { kind: 'refused'; filename: string; issues: ErrorIssue[]; windows1252: boolean }
  | { kind: 'failed'; message: string };

/** CSV by its name; TBX (XML) by its name or by its first character. */
export function formatOf(filename: string, text: string): GlossaryFormat {
  if (/\.csv$/i.test(filename)) return 'csv';
  if (/\.(tbx|xml)$/i.test(filename)) return 'tbx';
  return text
    .trimStart()
    .replace(/^\uFEFF/, '')
    .startsWith('<')
    ? 'tbx'
    : 'csv';
}

/** Export as CSV or TBX, and import either with a dry run first. */
export function GlossaryTransfer() {
  const { t } = useTranslation();
  const api = useApi();
  const toast = useToast();
  const importFile = useCoreMutation('glossary.import');
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [checking, setChecking] = useState(false);
  const k = 'glossary.transfer';

  const exportAs = async (format: GlossaryFormat) => {
    try {
      const file = await api.call('glossary.export', { format });
      saveExportedFile(file);
      toast.info(t(`${k}.exported`, { filename: file.filename }));
    } catch (error) {
      toast.error(t(`errors.${isAppError(error) ? error.code : 'internal'}`));
    }
  };

  const refusedOrFailed = (error: unknown, filename: string, windows1252: boolean): Outcome =>
    isAppError(error) && error.code === 'invalid_input' && error.issues?.length
      ? { kind: 'refused', filename, issues: error.issues, windows1252 }
      : { kind: 'failed', message: t(`errors.${isAppError(error) ? error.code : 'internal'}`) };

  const check = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file || checking) return;
    setOutcome(null);
    setPending(null);
    let text: string;
    let windows1252: boolean;
    try {
      ({ text, windows1252 } = await readCsvFile(file));
    } catch {
      setOutcome({ kind: 'failed', message: t(`${k}.readFailed`) });
      return;
    }
    const format = formatOf(file.name, text);
    setChecking(true);
    try {
      // The dry run writes nothing: the person sees what will happen, then decides.
      const preview = await api.call('glossary.import', { format, content: text, dryRun: true });
      setPending({ filename: file.name, format, content: text, windows1252, preview });
    } catch (error) {
      setOutcome(refusedOrFailed(error, file.name, windows1252));
    } finally {
      setChecking(false);
    }
  };

  const confirm = async (
    file: PendingImport,
    choices: { line: number; choice: DuplicateChoice }[],
  ) => {
    try {
      const result = await importFile.mutateAsync({
        format: file.format,
        content: file.content,
        duplicates: 'skip',
        choices,
      });
      setPending(null);
      setOutcome({ kind: 'imported', result });
    } catch (error) {
      setPending(null);
      setOutcome(refusedOrFailed(error, file.filename, file.windows1252));
    }
  };

  return (
    <div className="csv glossary-transfer">
      <div className="csv__buttons">
        <FileTrigger
          acceptedFileTypes={['.csv', 'text/csv', '.tbx', '.xml', 'application/xml', 'text/xml']}
          onSelect={(files) => void check(files)}
        >
          {/* No `isPending` on these buttons: its announcement points at the button, hidden
              behind the review dialog or gone with it. The status below says what happens. */}
          <Button>{t(`${k}.import`)}</Button>
        </FileTrigger>
        <Button onPress={() => void exportAs('csv')}>{t(`${k}.exportCsv`)}</Button>
        <Button onPress={() => void exportAs('tbx')}>{t(`${k}.exportTbx`)}</Button>
      </div>
      <div role="status" className="csv__outcome">
        {checking && <p>{t(`${k}.checking`)}</p>}
        {importFile.isPending && <p>{t(`${k}.importing`)}</p>}
        {outcome && <ImportOutcome outcome={outcome} />}
      </div>
      {pending && (
        <ImportReview
          file={pending}
          isImporting={importFile.isPending}
          onImport={(choices) => void confirm(pending, choices)}
          onCancel={() => setPending(null)}
        />
      )}
    </div>
  );
}

function ImportOutcome({ outcome }: { outcome: Outcome }) {
  const { t, i18n } = useTranslation();
  const k = 'glossary.transfer';
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
          {t(`${k}.refusedTitle`, { filename: outcome.filename })}
        </p>
        {outcome.windows1252 && <p>{t(`${k}.readAsWindows1252`)}</p>}
        <p>{t(`${k}.refusedBody`)}</p>
        <ul>
          {outcome.issues.map((issue, i) => (
            <li key={i}>{describeIssue(issue, t, (key) => i18n.exists(key))}</li>
          ))}
        </ul>
      </div>
    );
  }
  const { created, merged, skipped, ignoredColumns } = outcome.result;
  return (
    <div className="notice">
      <p className="notice__title">
        <span aria-hidden="true">✓ </span>
        {t(`${k}.doneTitle`)}
      </p>
      <p>{t(`${k}.done`, { created, merged, skipped })}</p>
      {ignoredColumns.length > 0 && (
        <p>{t(`${k}.ignoredColumns`, { columns: ignoredColumns.join(', ') })}</p>
      )}
    </div>
  );
}

/**
 * "Line 4, column en_term: This is too long." The reason is translated when it is one of the
 * contract's validation keys; a parser's own words (an XML error) are shown as they are.
 */
export function describeIssue(
  issue: ErrorIssue,
  t: TFunction,
  exists: (key: string) => boolean,
): string {
  const [first, line, column] = issue.path;
  const key = `validation.${issue.message}`;
  const reason = /^[A-Za-z]+$/.test(issue.message) && exists(key) ? t(key) : issue.message;
  if (first !== 'line' || line === undefined) return reason;
  return column === undefined
    ? t('glossary.transfer.issueLine', { line, reason })
    : t('glossary.transfer.issueColumn', { line, column, reason });
}
