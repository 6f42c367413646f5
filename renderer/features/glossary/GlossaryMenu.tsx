import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { IgnoredAcronyms } from './IgnoredAcronyms';
import type { useStarter } from './useStarter';

/**
 * Less frequent glossary tasks: the starter glossary, added again or removed, and the acronyms
 * marked "Not a term" in the notes.
 */
export function GlossaryMenu({ starter }: { starter: ReturnType<typeof useStarter> }) {
  const { t } = useTranslation();
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const [showingIgnored, setShowingIgnored] = useState(false);
  const k = 'glossary.menu';
  const installed = starter.status?.installed ?? 0;

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
              ...(starter.canAdd ? [] : ['addStarter']),
              ...(installed === 0 ? ['removeStarter'] : []),
            ]}
            onAction={(key) => {
              if (key === 'addStarter') void starter.add();
              if (key === 'removeStarter') setConfirmingRemove(true);
              if (key === 'ignoredAcronyms') setShowingIgnored(true);
            }}
          >
            <MenuItem id="addStarter" className="menu__item">
              {t(`${k}.addStarter`)}
            </MenuItem>
            <MenuItem id="removeStarter" className="menu__item">
              {t(`${k}.removeStarter`)}
            </MenuItem>
            <MenuItem id="ignoredAcronyms" className="menu__item">
              {t(`${k}.ignoredAcronyms`)}
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
      <IgnoredAcronyms isOpen={showingIgnored} onOpenChange={setShowingIgnored} />
    </>
  );
}
