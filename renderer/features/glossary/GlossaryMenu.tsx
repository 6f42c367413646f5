import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { useStarter } from './useStarter';

/** Less frequent glossary tasks: the starter glossary, added again or removed. */
export function GlossaryMenu({ starter }: { starter: ReturnType<typeof useStarter> }) {
  const { t } = useTranslation();
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const k = 'glossary.menu';
  const status = starter.status;
  const complete = status !== undefined && status.installed >= status.available;
  const installed = status?.installed ?? 0;

  return (
    <>
      <MenuTrigger>
        <Button>
          {t(`${k}.label`)} <span aria-hidden="true">▾</span>
        </Button>
        <Popover className="popover">
          <Menu
            className="menu"
            disabledKeys={[
              ...(complete || !status ? ['addStarter'] : []),
              ...(installed === 0 ? ['removeStarter'] : []),
            ]}
            onAction={(key) => {
              if (key === 'addStarter') void starter.add();
              if (key === 'removeStarter') setConfirmingRemove(true);
            }}
          >
            <MenuItem id="addStarter" className="menu__item">
              {t(`${k}.addStarter`)}
            </MenuItem>
            <MenuItem id="removeStarter" className="menu__item">
              {t(`${k}.removeStarter`)}
            </MenuItem>
          </Menu>
        </Popover>
      </MenuTrigger>
      <ConfirmDialog
        isOpen={confirmingRemove}
        onOpenChange={setConfirmingRemove}
        title={t(`${k}.removeTitle`)}
        body={t(`${k}.removeBody`, { count: installed })}
        confirmLabel={t(`${k}.removeConfirm`)}
        destructive
        onConfirm={() => void starter.remove()}
      />
    </>
  );
}
