import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { SearchDialog } from './SearchDialog';
import { searchShortcutLabel } from './shortcut';
import { useSearchShortcut } from './useSearchShortcut';

/** The header's Search button, showing its shortcut, and the search dialog it opens. */
export function SearchButton() {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const shortcut = searchShortcutLabel();
  useSearchShortcut(() => setOpen(true));
  return (
    <>
      <Button
        variant="quiet"
        onPress={() => setOpen(true)}
        aria-keyshortcuts={shortcut.aria}
        aria-haspopup="dialog"
      >
        <svg className="search-button__icon" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
          <path d="M12.6 12.6 17.5 17.5" stroke="currentColor" strokeWidth="2.4" />
        </svg>
        {t('search.button')}
        <kbd className="search-button__shortcut">{shortcut.shown}</kbd>
      </Button>
      <SearchDialog isOpen={isOpen} onOpenChange={setOpen} />
    </>
  );
}
