import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';

/** Asks before ending: an ended meeting cannot be run again. */
export function EndMeetingDialog({
  isOpen,
  onOpenChange,
  onConfirm,
}: {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={t('run.end.title')}
      body={t('run.end.body')}
      confirmLabel={t('run.end.confirm')}
      cancelLabel={t('run.end.keepGoing')}
      onConfirm={onConfirm}
    />
  );
}
