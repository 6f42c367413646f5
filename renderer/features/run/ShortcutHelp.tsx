import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { PRIVACY_SHORTCUT } from '../cases/privacy-context';
import { SHORTCUTS, type KeyLabel } from './shortcuts';

/** The help overlay: every run-mode shortcut, from the same table the keys are handled with. */
export function ShortcutHelp({
  isOpen,
  onOpenChange,
}: {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
}) {
  const { t } = useTranslation();
  const label = (key: KeyLabel) => ('text' in key ? key.text : t(`run.keys.${key.name}`));
  return (
    <Dialog title={t('run.shortcuts.title')} isOpen={isOpen} onOpenChange={onOpenChange}>
      <p>{t('run.shortcuts.intro')}</p>
      <dl className="shortcut-list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.action} className="shortcut-list__row">
            <dt>
              {shortcut.keys.map((key, index) => (
                <Fragment key={label(key)}>
                  {index > 0 && <span className="shortcut-list__or"> {t('run.keys.or')} </span>}
                  <kbd>{label(key)}</kbd>
                </Fragment>
              ))}
            </dt>
            <dd>{t(`run.shortcuts.${shortcut.action}`)}</dd>
          </div>
        ))}
        {/* Not in the table: it takes a modifier, and works while typing too. */}
        <div className="shortcut-list__row">
          <dt>
            <kbd>{PRIVACY_SHORTCUT.shown}</kbd>
          </dt>
          <dd>{t('privacy.shortcutHelp')}</dd>
        </div>
      </dl>
      <div className="dialog__actions">
        <Button variant="primary" autoFocus onPress={() => onOpenChange(false)}>
          {t('common.close')}
        </Button>
      </div>
    </Dialog>
  );
}
