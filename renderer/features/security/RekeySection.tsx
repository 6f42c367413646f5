import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RekeyResult } from '../../../shared/contract';
import { isAppError } from '../../../shared/errors';
import { useCoreMutation } from '../../app/useCore';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/FormError';
import { useToast } from '../../components/useToast';

/**
 * A new data key, for when the key file or the passphrase may have been copied. It takes a while
 * (a backup, then the database and every backup re-encrypted): the button says it is working, and
 * backups that could not be re-encrypted are named, since they can no longer be restored.
 */
export function RekeySection() {
  const { t } = useTranslation();
  const toast = useToast();
  const rekey = useCoreMutation('vault.rekey');
  const [confirming, setConfirming] = useState(false);
  const [left, setLeft] = useState<RekeyResult['backupsLeft']>([]);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setError(null);
    setLeft([]);
    try {
      const result = await rekey.mutateAsync({});
      setLeft(result.backupsLeft);
      toast.info(t('security.rekey.done', { count: result.backupsReencrypted }));
    } catch (failure) {
      setError(t(`errors.${isAppError(failure) ? failure.code : 'internal'}`));
    }
  };

  return (
    <>
      <p>{t('security.rekey.intro')}</p>
      <FormError message={error} />
      <div className="toolbar">
        <Button
          isPending={rekey.isPending}
          onPress={() => setConfirming(true)}
          aria-haspopup="dialog"
        >
          {t('security.rekey.button')}
        </Button>
      </div>
      <p role="status">{rekey.isPending && t('security.rekey.busy')}</p>
      {left.length > 0 && (
        <div className="notice notice--error">
          <p className="notice__title">
            <span aria-hidden="true">⚠ </span>
            {t('security.rekey.left', { count: left.length })}
          </p>
          <ul>
            {left.map((file) => (
              <li key={file}>
                <code className="path">{file}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ConfirmDialog
        title={t('security.rekey.confirmTitle')}
        body={t('security.rekey.confirmBody')}
        confirmLabel={t('security.rekey.confirm')}
        isOpen={confirming}
        onOpenChange={setConfirming}
        onConfirm={() => void run()}
      />
    </>
  );
}
