import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../shared/contract';
import { useApi } from '../../app/useApi';
import { useSettings } from '../../app/useSettings';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { download } from '../../components/download';
import { useErrorToast } from '../meetings/useErrorToast';
import { CSV_TYPE } from './links';

type Filter = Omit<MethodInput<'action.exportCsv'>, 'includeInternal' | 'language'>;

/** Saves the register as it is filtered as a CSV file; confidential items' actions never leave. */
export function ActionExport({ filter }: { filter: Filter }) {
  const { t } = useTranslation();
  const api = useApi();
  const failed = useErrorToast();
  const { settings } = useSettings();
  const [includeInternal, setIncludeInternal] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const k = 'actions.register.export';

  const save = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const { csv, filename, withheld } = await api.call('action.exportCsv', {
        ...filter,
        includeInternal,
        language: settings.language,
      });
      download(filename, csv, CSV_TYPE);
      const saved = t(`${k}.saved`, { filename });
      const message =
        withheld > 0
          ? `${saved} ${t(includeInternal ? `${k}.withheldConfidential` : `${k}.withheld`, { count: withheld })}`
          : saved;
      // Said beside the button, and kept: how many were left out matters when sending the file on.
      setOutcome(message);
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="action-export" aria-labelledby="action-export-heading">
      <h2 id="action-export-heading" className="visually-hidden">
        {t(`${k}.heading`)}
      </h2>
      <Checkbox
        isSelected={includeInternal}
        onChange={setIncludeInternal}
        description={t(`${k}.includeInternalHelp`)}
      >
        {t(`${k}.includeInternal`)}
      </Checkbox>
      <Button onPress={() => void save()} isPending={busy}>
        {t(`${k}.button`)}
      </Button>
      <p role="status" className="action-export__outcome">
        {outcome}
      </p>
    </section>
  );
}
