import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../shared/contract';
import { useApi } from '../../app/useApi';
import { useSettings } from '../../app/useSettings';
import { Button } from '../../components/Button';
import { useErrorToast } from '../meetings/useErrorToast';
import { saveExportedFile } from '../minutes/save-export';

type Format = MethodInput<'systemIssue.export'>['format'];
type Filter = NonNullable<MethodInput<'systemIssue.export'>['filter']>;

const FORMATS: readonly Format[] = ['csv', 'markdown', 'html'];

/**
 * The log as it is filtered and sorted, as CSV (for a spreadsheet) or a short report for funders
 * (Markdown or HTML), in the app's language. The core writes each export to the access log.
 */
export function IssueExport({ filter }: { filter: Filter }) {
  const { t } = useTranslation();
  const api = useApi();
  const failed = useErrorToast();
  const { settings } = useSettings();
  const [busy, setBusy] = useState<Format | null>(null);
  const [outcome, setOutcome] = useState('');
  const k = 'systemIssues.export';

  const save = async (format: Format) => {
    // One export at a time; no pending spinner: its announcement outlives a quick export.
    if (busy !== null) return;
    setBusy(format);
    setOutcome('');
    try {
      const file = await api.call('systemIssue.export', {
        format,
        language: settings.language,
        filter,
      });
      saveExportedFile(file);
      setOutcome(t(`${k}.saved`, { filename: file.filename }));
    } catch (error) {
      failed(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="issue-export" aria-labelledby="issue-export-title">
      <h2 id="issue-export-title" className="issue-export__title">
        {t(`${k}.title`)}
      </h2>
      <div className="issue-export__buttons">
        {FORMATS.map((format) => (
          <Button key={format} onPress={() => void save(format)}>
            {t(`${k}.${format}`)}
          </Button>
        ))}
      </div>
      <p role="status" className="issue-export__outcome">
        {busy === null ? outcome : t(`${k}.busy`)}
      </p>
    </section>
  );
}
