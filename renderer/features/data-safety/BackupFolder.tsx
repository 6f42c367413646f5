import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupConfig } from '../../../shared/contract';
import { isAppError } from '../../../shared/errors';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { Button } from '../../components/Button';
import { issuesToFieldErrors } from '../../components/field-errors';
import { FormError } from '../../components/FormError';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';

/** Where backups go: the folder in use, a folder of the person's choosing, and back to the default. */
export function BackupFolder() {
  const config = useCoreQuery('backup.getConfig', {}, { handleErrors: true });
  if (!config.data) return null;
  // A new chosen folder starts the form afresh; a refresh that changes nothing keeps what is typed.
  return <FolderForm key={config.data.folder ?? ''} config={config.data} />;
}

function FolderForm({ config }: { config: BackupConfig }) {
  const { t } = useTranslation();
  const toast = useToast();
  const setFolder = useCoreMutation('backup.setFolder');
  const [value, setValue] = useState(config.folder ?? '');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const focusField = () => form.current?.querySelector<HTMLElement>('input')?.focus();
  const unreachable = config.folder !== null && config.folder !== config.activeFolder;

  const save = async (folder: string | null) => {
    setFieldError(undefined);
    setFormError(null);
    try {
      const saved = await setFolder.mutateAsync({ folder });
      toast.info(
        saved.folder === null
          ? t('dataSafety.folder.resetDone')
          : t('dataSafety.folder.saved', { folder: saved.folder }),
      );
    } catch (error) {
      if (isAppError(error) && error.issues?.length) {
        setFieldError(
          issuesToFieldErrors(error.issues, t, t('validation.invalid')).folder ??
            t('validation.invalid'),
        );
        focusField();
      } else {
        setFormError(t(`errors.${isAppError(error) ? error.code : 'internal'}`));
      }
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (setFolder.isPending) return;
    // The contract trims and refuses an empty path with `required`, shown on the field like any issue.
    void save(value);
  };

  return (
    <>
      <p className="backups__active">
        {t('dataSafety.folder.active')} <code className="path">{config.activeFolder}</code>
        {config.folder === null && <> {t('dataSafety.folder.isDefault')}</>}
      </p>
      {unreachable && (
        <p className="notice notice--error">
          <span aria-hidden="true">⚠ </span>
          {t('dataSafety.folder.unreachable', { folder: config.folder })}
        </p>
      )}
      <form ref={form} onSubmit={submit} noValidate className="form backups__folder-form">
        <FormError message={formError} />
        <TextField
          label={t('dataSafety.folder.label')}
          description={t('dataSafety.folder.description')}
          name="folder"
          value={value}
          onChange={(next) => {
            setValue(next);
            setFieldError(undefined);
          }}
          errorMessage={fieldError}
          spellCheck="false"
          autoComplete="off"
        />
        <div className="toolbar">
          <Button type="submit" isPending={setFolder.isPending}>
            {t('dataSafety.folder.save')}
          </Button>
          {config.folder !== null && (
            <Button
              variant="quiet"
              isDisabled={setFolder.isPending}
              onPress={() => void save(null)}
            >
              {t('dataSafety.folder.reset')}
            </Button>
          )}
        </div>
      </form>
    </>
  );
}
