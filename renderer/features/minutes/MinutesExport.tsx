import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, MinutesFormat } from '../../../shared/contract';
import { useApi } from '../../app/useApi';
import { Button } from '../../components/Button';
import { useToast } from '../../components/useToast';
import { useErrorToast } from '../meetings/useErrorToast';
import { saveExportedFile } from './save-export';

export interface MinutesRequest {
  meetingId: string;
  includeInternal: boolean;
  language: Language;
  /** Append "Terms used in this meeting" from the glossary. */
  includeTerms: boolean;
}

const FORMATS = ['markdown', 'html', 'docx'] as const satisfies readonly MinutesFormat[];

/**
 * The export buttons. PDF comes from the desktop app's own printer; in a browser the print dialog
 * does it (its "Save as PDF"), printing the preview alone through the print stylesheet.
 */
export function MinutesExport({
  request,
  pdfExport,
}: {
  request: MinutesRequest;
  pdfExport: boolean;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const toast = useToast();
  const failed = useErrorToast();
  const [pending, setPending] = useState<MinutesFormat | null>(null);

  const save = async (format: MinutesFormat) => {
    setPending(format);
    try {
      const file = await api.call('minutes.export', { ...request, format });
      saveExportedFile(file);
      toast.info(t('minutes.export.saved', { filename: file.filename }));
    } catch (error) {
      failed(error);
    } finally {
      setPending(null);
    }
  };

  return (
    <section className="minutes-export" aria-labelledby="minutes-export-heading">
      <h2 id="minutes-export-heading">{t('minutes.export.heading')}</h2>
      <div className="toolbar">
        {FORMATS.map((format) => (
          <Button key={format} onPress={() => void save(format)} isPending={pending === format}>
            {t(`minutes.export.${format}`)}
          </Button>
        ))}
        {pdfExport ? (
          <Button onPress={() => void save('pdf')} isPending={pending === 'pdf'}>
            {t('minutes.export.pdf')}
          </Button>
        ) : (
          <Button onPress={() => window.print()} aria-describedby="minutes-print-help">
            {t('minutes.export.print')}
          </Button>
        )}
      </div>
      {!pdfExport && (
        <p id="minutes-print-help" className="field__description">
          {t('minutes.export.printHelp')}
        </p>
      )}
    </section>
  );
}
