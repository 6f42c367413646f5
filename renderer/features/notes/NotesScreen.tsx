import {
  useEffect,
  useEffectEvent,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { MeetingDetail } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { PageTitle } from '../../components/PageTitle';
import { Switch } from '../../components/Switch';
import { PrivacyCurtain, PrivacyToggle } from '../cases/PrivacyScreen';
import { useItemTitle } from '../cases/useItemTitle';
import { meetingPath, runPath } from '../meetings/links';
import { todayIso } from '../meetings/schedule';
import { useMeetingFormat } from '../meetings/useMeetingFormat';
import { LogIssueButton } from '../system-issues/LogIssueButton';
import { ItemNotesPanel, PANEL_ID } from './ItemNotesPanel';
import { GENERAL_NOTES, ITEM_PARAM, minutesPath } from './links';
import { NoteItemList } from './NoteItemList';

/** `/meetings/:id/notes`: the note-taker's screen, one agenda item's notes at a time. */
export function NotesScreen() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useCoreQuery('meeting.get', { id });
  if (!query.data) return <p role="status">{t('common.loading')}</p>;
  return <Notes detail={query.data} />;
}

/** Previous (-1) or next (1) note for a key press, or 0 when the key is not one of ours. */
export function stepFor(event: KeyboardEvent): -1 | 0 | 1 {
  if (event.defaultPrevented || event.shiftKey) return 0;
  const ctrl = event.ctrlKey || event.metaKey;
  if (event.altKey && !ctrl) {
    if (event.key === 'ArrowUp') return -1;
    if (event.key === 'ArrowDown') return 1;
  }
  // Alt too would be AltGr, which types "[" on French keyboards: that is typing, not a shortcut.
  if (ctrl && !event.altKey) {
    if (event.key === '[') return -1;
    if (event.key === ']') return 1;
  }
  return 0;
}

/**
 * Where the agenda goes above the note rather than beside it (as in notes.css): a small window, or
 * a large zoom. There the list folds away so the note starts near the top of the screen.
 */
const NARROW = '(max-width: 60rem)';

function useNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(NARROW);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(NARROW).matches,
  );
}

/** Where Alt+arrows already mean something (a list of options, a calendar), or a dialog is open. */
const KEEPS_KEYS = '[role="listbox"], [role="combobox"], [role="grid"], [role="dialog"]';

function Notes({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const { meeting, items } = detail;
  const [params, setParams] = useSearchParams();
  const requested = params.get(ITEM_PARAM);
  const running = meeting.status === 'in_progress' && detail.run !== null;
  const currentItemId = running ? (detail.run?.currentItemId ?? null) : null;
  // A link from a search result names an item: that one is shown, not the meeting's current one.
  const [following, setFollowing] = useState(
    () => requested === null || requested === currentItemId,
  );
  const follows = running && following;

  const requestedItem = items.find((item) => item.id === requested) ?? null;
  const selected =
    requestedItem ??
    (requested === null && follows
      ? (items.find((item) => item.id === currentItemId) ?? null)
      : null);
  const selectedId = selected?.id ?? null;

  const select = (itemId: string | null) =>
    setParams({ [ITEM_PARAM]: itemId ?? GENERAL_NOTES }, { replace: true });

  // Following: when the chair moves on, the notes move with them. A note picked by hand (from the
  // list, a shortcut or a link) stops following, so the note-taker is never pulled away mid-thought.
  const lastCurrent = useRef(currentItemId);
  useEffect(() => {
    const moved = lastCurrent.current !== currentItemId;
    lastCurrent.current = currentItemId;
    if (!follows || currentItemId === null || selectedId === currentItemId) return;
    if (moved || requested === null) {
      setParams({ [ITEM_PARAM]: currentItemId }, { replace: true });
    } else {
      setFollowing(false);
    }
  }, [follows, currentItemId, selectedId, requested, setParams]);

  const order = [null, ...items.map((item) => item.id)];
  const focusAfter = useRef<'editor' | 'list' | null>(null);
  const [announced, setAnnounced] = useState('');
  const titleOf = useItemTitle();

  const step = useEffectEvent((delta: -1 | 1) => {
    const next = order[order.indexOf(selectedId) + delta];
    if (next === undefined) return;
    const active = document.activeElement;
    focusAfter.current = active?.closest(`#${PANEL_ID} [contenteditable]`)
      ? 'editor'
      : active?.closest('.note-list')
        ? 'list'
        : null;
    select(next);
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const delta = stepFor(event);
      if (delta === 0) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(KEEPS_KEYS) || document.querySelector('.modal-overlay')) return;
      event.preventDefault();
      step(delta);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  // After a move by shortcut, carry on where the person was: typing in the new item's notes, or
  // on its entry in the list. Screen readers hear which note is open either way.
  const shownId = useRef(selectedId);
  useEffect(() => {
    if (shownId.current === selectedId) return;
    shownId.current = selectedId;
    // A case review by its code (or kind), never its typed title: speech may be heard by the room.
    setAnnounced(t('notes.announce', { title: selected ? titleOf(selected) : t('notes.general') }));
    const target = focusAfter.current;
    focusAfter.current = null;
    if (target === 'editor') {
      document.querySelector<HTMLElement>(`#${PANEL_ID} [contenteditable="true"]`)?.focus();
    } else if (target === 'list') {
      document
        .querySelector<HTMLElement>(`.note-list [data-note-id="${selectedId ?? GENERAL_NOTES}"]`)
        ?.focus();
    }
  }, [selectedId, selected, t, titleOf]);

  const narrow = useNarrow();
  const [agendaOpen, setAgendaOpen] = useState(false);

  const decisions = useCoreQuery('decision.list', { meetingId: meeting.id });
  const today = todayIso();
  const actions = useCoreQuery('action.list', {
    meetingId: meeting.id,
    today,
    sort: 'created',
    limit: 1000,
  });

  return (
    <div className="notes">
      <BackLink to={meetingPath(meeting.id)}>{t('notes.back')}</BackLink>
      <PageTitle>
        {t('notes.title', { title: meeting.title })}
        <span className="notes__date"> {format.longDay(meeting.date)}</span>
      </PageTitle>
      <ul className="toolbar notes__links" aria-label={t('notes.links')}>
        {running && (
          <li>
            <Link to={runPath(meeting.id)}>{t('notes.toRun')}</Link>
          </li>
        )}
        <li>
          <Link to={minutesPath(meeting.id)}>{t('notes.toMinutes')}</Link>
        </li>
        <li>
          <LogIssueButton meeting={meeting} />
        </li>
        <li>
          <PrivacyToggle />
        </li>
      </ul>
      <PrivacyCurtain className="notes__layout">
        <AgendaFold
          narrow={narrow}
          isOpen={agendaOpen}
          onOpenChange={setAgendaOpen}
          shown={
            selected ? `${items.indexOf(selected) + 1}. ${selected.title}` : t('notes.general')
          }
        >
          {running && (
            <Switch
              isSelected={following}
              onChange={(on) => {
                setFollowing(on);
                if (on && currentItemId !== null) select(currentItemId);
              }}
            >
              {t('notes.list.follow')}
            </Switch>
          )}
          <NoteItemList
            items={items}
            selectedId={selectedId}
            currentItemId={currentItemId}
            onPick={() => {
              focusAfter.current = null;
              // Folded away again once a note is picked: the note is what comes next.
              setAgendaOpen(false);
            }}
          />
          <NoteShortcuts />
        </AgendaFold>
        <ItemNotesPanel
          key={selectedId ?? GENERAL_NOTES}
          detail={detail}
          item={selected}
          decisions={decisions.data ?? []}
          actions={actions.data?.items ?? []}
          today={today}
        />
      </PrivacyCurtain>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announced}
      </p>
    </div>
  );
}

interface AgendaFoldProps {
  narrow: boolean;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  /** The note open, as the folded list names it: "3. Changes needed in the system". */
  shown: string;
  children: ReactNode;
}

/**
 * The agenda to pick a note from. Beside the note it is always shown; above it (narrow windows,
 * large zoom) it folds into one button naming the open note, so the note is near the top.
 */
function AgendaFold({ narrow, isOpen, onOpenChange, shown, children }: AgendaFoldProps) {
  const { t } = useTranslation();
  return (
    <nav className="notes__agenda" aria-label={t('notes.list.title')}>
      {narrow ? (
        <Disclosure className="notes__fold" isExpanded={isOpen} onExpandedChange={onOpenChange}>
          <Heading level={2} className="disclosure__heading notes__fold-heading">
            <Button slot="trigger">{t('notes.list.folded', { shown })}</Button>
          </Heading>
          <DisclosurePanel className="notes__fold-panel">{children}</DisclosurePanel>
        </Disclosure>
      ) : (
        <>
          <h2>{t('notes.list.title')}</h2>
          {children}
        </>
      )}
    </nav>
  );
}

/** The two shortcuts, shown under the list; the arrows are also said in words. */
function NoteShortcuts() {
  const { t } = useTranslation();
  const key = (shown: string, said: string) => (
    <kbd>
      <span aria-hidden="true">{shown}</span>
      <span className="visually-hidden">{said}</span>
    </kbd>
  );
  return (
    <div className="notes__shortcuts">
      <h3>{t('notes.shortcuts.title')}</h3>
      <dl>
        <div>
          <dt>
            {key('Alt+↑', t('notes.shortcuts.altUp'))} {t('notes.shortcuts.or')}{' '}
            {key('Ctrl+[', 'Ctrl+[')}
          </dt>
          <dd>{t('notes.shortcuts.previous')}</dd>
        </div>
        <div>
          <dt>
            {key('Alt+↓', t('notes.shortcuts.altDown'))} {t('notes.shortcuts.or')}{' '}
            {key('Ctrl+]', 'Ctrl+]')}
          </dt>
          <dd>{t('notes.shortcuts.next')}</dd>
        </div>
      </dl>
    </div>
  );
}
