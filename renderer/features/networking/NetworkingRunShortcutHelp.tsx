import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { SHORTCUTS, type KeyLabel, type ShortcutAction } from '../run/shortcuts';

/** Run mode's shortcuts that mean something during a speed-networking event, in this order. */
export const NETWORKING_SHORTCUTS = [
  'next',
  'togglePause',
  'addMinute',
  'removeMinute',
  'end',
  'help',
] as const satisfies readonly ShortcutAction[];

/**
 * The help overlay of the facilitator's screen: the keys come from run mode's table (the same
 * keys are handled), the words from this screen's own meaning of them.
 */
export function NetworkingRunShortcutHelp({
  isOpen,
  onOpenChange,
}: {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
}) {
  const { t } = useTranslation();
  const label = (key: KeyLabel) => ('text' in key ? key.text : t(`run.keys.${key.name}`));
  const shortcuts = NETWORKING_SHORTCUTS.flatMap((action) =>
    SHORTCUTS.filter((s) => s.action === action),
  );
  return (
    <Dialog title={t('run.shortcuts.title')} isOpen={isOpen} onOpenChange={onOpenChange}>
      <p>{t('networking.run.shortcuts.intro')}</p>
      <dl className="shortcut-list">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.action} className="shortcut-list__row">
            <dt>
              {shortcut.keys.map((key, index) => (
                <Fragment key={label(key)}>
                  {index > 0 && <span className="shortcut-list__or"> {t('run.keys.or')} </span>}
                  <kbd>{label(key)}</kbd>
                </Fragment>
              ))}
            </dt>
            <dd>{t(`networking.run.shortcuts.${shortcut.action}`)}</dd>
          </div>
        ))}
      </dl>
      <div className="dialog__actions">
        <Button variant="primary" autoFocus onPress={() => onOpenChange(false)}>
          {t('common.close')}
        </Button>
      </div>
    </Dialog>
  );
}
