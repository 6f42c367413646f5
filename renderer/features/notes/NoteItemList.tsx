import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgendaItem } from '../../../shared/contract';
import { useMeetingFormat } from '../meetings/useMeetingFormat';
import { Separator } from '../run/ItemSummary';
import { ConfidentialityLabel } from './ConfidentialityField';
import { GENERAL_NOTES, ITEM_PARAM } from './links';

export interface NoteItemListProps {
  items: readonly AgendaItem[];
  /** The item whose notes are open; null for the general notes. */
  selectedId: string | null;
  /** The item the chair is on in run mode, if the meeting is in progress. */
  currentItemId: string | null;
  /** A pick from the list, before the link changes the address. */
  onPick: (itemId: string | null) => void;
}

/** The notes to choose from: the general notes, then each agenda item in order. */
export function NoteItemList({ items, selectedId, currentItemId, onPick }: NoteItemListProps) {
  const { t } = useTranslation();
  const { minutes } = useMeetingFormat();
  const link = (itemId: string | null) => ({
    to: { search: `?${ITEM_PARAM}=${encodeURIComponent(itemId ?? GENERAL_NOTES)}` },
    // Moving between notes is not a page to come back to: Back still leads out of the notes.
    replace: true,
    'aria-current': itemId === selectedId ? ('page' as const) : undefined,
    'data-note-id': itemId ?? GENERAL_NOTES,
    className: `note-list__link${itemId === selectedId ? ' note-list__link--selected' : ''}`,
    onClick: () => onPick(itemId),
  });

  return (
    <ol className="note-list">
      <li className="note-list__entry">
        <Link {...link(null)}>
          <span className="note-list__title">{t('notes.general')}</span>
          <span className="note-list__meta">{t('notes.generalDescription')}</span>
        </Link>
      </li>
      {items.map((item, index) => (
        <li key={item.id} className="note-list__entry">
          <Link {...link(item.id)}>
            <span className="note-list__title">
              <span className="note-list__number">{index + 1}.</span> {item.title}
            </span>
            <span className="note-list__meta">
              {item.id === currentItemId && (
                <>
                  <span className="note-list__now">
                    <span aria-hidden="true">▶ </span>
                    {t('notes.list.now')}
                  </span>
                  <Separator />
                </>
              )}
              {minutes(item.plannedMinutes)}
              <Separator />
              {t(`agenda.status.${item.status}`)}
              {item.confidentiality !== 'shareable' && (
                <>
                  <Separator />
                  <ConfidentialityLabel level={item.confidentiality} />
                </>
              )}
            </span>
          </Link>
        </li>
      ))}
    </ol>
  );
}
