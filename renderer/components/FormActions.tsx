import { useTranslation } from 'react-i18next';
import { Button } from './Button';

/** The foot of every form dialog: Cancel, then the submit button that saves. */
export function FormActions({
  onCancel,
  submitLabel,
}: {
  onCancel: () => void;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="dialog__actions">
      <Button onPress={onCancel}>{t('common.cancel')}</Button>
      <Button type="submit" variant="primary">
        {submitLabel}
      </Button>
    </div>
  );
}
