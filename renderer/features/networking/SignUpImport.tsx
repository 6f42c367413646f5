import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure, DisclosurePanel, FileTrigger, Heading } from 'react-aria-components';
import type { NetworkingSession } from '../../../shared/contract';
import { isAppError, type ErrorIssue } from '../../../shared/errors';
import { useCoreMutation } from '../../app/useCore';
import { Button } from '../../components/Button';
import { readCsvFile } from '../directory/CsvTransfer';

type Outcome =
  | {
      kind: 'imported';
      added: number;
      skipped: { line: number; name: string }[];
      windows1252: boolean;
    }
  | { kind: 'refused'; issues: ErrorIssue[]; windows1252: boolean }
  | { kind: 'failed'; message: string };

/** A sign-up list exported from a form or a spreadsheet: name and agency columns. */
export function SignUpImport({ session }: { session: NetworkingSession }) {
  const { t } = useTranslation();
  const importCsv = useCoreMutation('networking.importCsv');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const importFile = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    setOutcome(null);
    let read: { text: string; windows1252: boolean };
    try {
      read = await readCsvFile(file);
    } catch {
      setOutcome({ kind: 'failed', message: t('networking.csv.readFailed') });
      return;
    }
    try {
      const result = await importCsv.mutateAsync({
        meetingId: session.meetingId,
        csv: read.text,
      });
      setOutcome({
        kind: 'imported',
        added: result.added,
        skipped: result.skipped,
        windows1252: read.windows1252,
      });
    } catch (error) {
      if (isAppError(error) && error.issues?.length) {
        setOutcome({ kind: 'refused', issues: error.issues, windows1252: read.windows1252 });
      } else {
        const code = isAppError(error) ? error.code : 'internal';
        setOutcome({
          kind: 'failed',
          message: t(`errors.${code}`, { defaultValue: t('errors.internal') }),
        });
      }
    }
  };

  return (
    <div className="networking-csv" role="group" aria-labelledby="networking-csv-title">
      <h4 id="networking-csv-title" className="networking-spot__title">
        {t('networking.csv.title')}
      </h4>
      <div className="toolbar">
        <FileTrigger acceptedFileTypes={['.csv', 'text/csv']} onSelect={(f) => void importFile(f)}>
          <Button>{t('networking.csv.import')}</Button>
        </FileTrigger>
      </div>
      <Disclosure className="disclosure">
        <Heading level={5} className="disclosure__heading">
          <Button slot="trigger" variant="quiet">
            {t('networking.csv.help')}
          </Button>
        </Heading>
        <DisclosurePanel className="disclosure__panel">
          <p>{t('networking.csv.helpBody')}</p>
        </DisclosurePanel>
      </Disclosure>
      <div role="status" className="csv__outcome">
        {importCsv.isPending && <p>{t('networking.csv.importing')}</p>}
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
          {t('networking.csv.refusedTitle')}
        </p>
        {outcome.windows1252 && <p>{t('directory.csv.readAsWindows1252')}</p>}
        <p>{t('networking.csv.refusedBody')}</p>
        <ul>
          {outcome.issues.map((issue, i) => (
            <li key={i}>
              <IssueText issue={issue} />
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="notice">
      <p className="notice__title">
        <span aria-hidden="true">✓ </span>
        {t('networking.csv.doneTitle')}
      </p>
      {outcome.windows1252 && <p>{t('directory.csv.readAsWindows1252')}</p>}
      <p>{t('networking.csv.added', { count: outcome.added })}</p>
      {outcome.skipped.length > 0 && (
        <>
          <p>{t('networking.csv.skipped', { count: outcome.skipped.length })}</p>
          <ul>
            {outcome.skipped.map((row) => (
              <li key={row.line}>{t('networking.csv.skippedRow', row)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** An issue's path is `['line', n, column]`, `['line', n]` for a whole row, or empty for the file. */
function IssueText({ issue }: { issue: ErrorIssue }) {
  const { t } = useTranslation();
  const at = issue.path.indexOf('line');
  const line = at >= 0 ? issue.path[at + 1] : undefined;
  const column = at >= 0 ? issue.path[at + 2] : undefined;
  const reason = t(`validation.${issue.message}`, { defaultValue: t('validation.invalid') });
  if (line === undefined) return <>{reason}</>;
  return (
    <>
      {column === undefined
        ? t('networking.csv.issueLine', { line, reason })
        : t('networking.csv.issueColumn', { line, column, reason })}
    </>
  );
}
