import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../app/useApi';
import { useCoreQuery } from '../../app/useCore';
import { useSettings } from '../../app/useSettings';
import { Button } from '../../components/Button';
import { useToast } from '../../components/useToast';
import { saveExportedFile } from '../minutes/save-export';
import { networkingCardsPath } from './links';
import { useRefusalToast } from './useSession';

/** Saves the personal cards as a PDF from the host's own printer (the desktop app). */
export function useSaveCardsPdf(meetingId: string) {
  const { t } = useTranslation();
  const api = useApi();
  const toast = useToast();
  const refused = useRefusalToast();
  const { settings } = useSettings();
  const [pending, setPending] = useState(false);
  const save = async () => {
    setPending(true);
    try {
      const file = await api.call('networking.export', {
        meetingId,
        format: 'cards_pdf',
        language: settings.language,
      });
      saveExportedFile(file);
      toast.info(t('networking.cards.saved', { filename: file.filename }));
    } catch (error) {
      refused(error);
    } finally {
      setPending(false);
    }
  };
  return { save, pending };
}

/**
 * "Print cards": where the host prints PDF itself, the PDF is saved at once; in a browser, the
 * cards' own page opens, which brings up the print dialog.
 */
export function CardsButton({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const info = useCoreQuery('app.info', {});
  const pdf = useSaveCardsPdf(meetingId);
  if (!info.data) return null;
  return info.data.pdfExport ? (
    <Button onPress={() => void pdf.save()} isPending={pdf.pending}>
      {t('networking.cards.savePdf')}
    </Button>
  ) : (
    <Link className="button button--secondary" to={networkingCardsPath(meetingId)}>
      {t('networking.cards.print')}
    </Link>
  );
}
