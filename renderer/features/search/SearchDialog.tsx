import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Autocomplete,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Text,
  TextField,
} from 'react-aria-components';
import { useNavigate } from 'react-router';
import type { SearchHit, SearchKind } from '../../../shared/contract';
import { useApi } from '../../app/useApi';
import { queryKey } from '../../app/useCore';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { PrivacyCurtain } from '../cases/PrivacyScreen';
import { notesPath } from '../notes/links';
import { useMeetingFormat } from '../meetings/useMeetingFormat';
import { Snippet } from './Snippet';

/** Typing pauses this long before a search: quick enough to feel live, without a call per key. */
const DEBOUNCE_MS = 150;

/** A shape beside each kind's name, so kinds tell apart at a glance (the name is what is read). */
const KIND_ICON: Record<SearchKind, string> = {
  meeting: '▦',
  item: '☰',
  decision: '✔',
  action: '➜',
};

const hitKey = (hit: SearchHit) => `${hit.kind}:${hit.id}`;

export interface SearchDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
}

/** Search across notes, agenda items, decisions and actions, and jump to what was found. */
export function SearchDialog({ isOpen, onOpenChange }: SearchDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('search.title')} isOpen={isOpen} onOpenChange={onOpenChange}>
      {/* Results quote the notes: with the privacy screen on, the room sees the cover instead. */}
      <PrivacyCurtain>
        <SearchBody onClose={() => onOpenChange(false)} />
      </PrivacyCurtain>
    </Dialog>
  );
}

function SearchBody({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const format = useMeetingFormat();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const input = { query };
  const results = useQuery({
    queryKey: queryKey('search.query', input),
    queryFn: () => api.call('search.query', input),
    enabled: query !== '',
    // The previous results stay while the next ones load, so the list does not flicker.
    placeholderData: (previous) => (query === '' ? undefined : previous),
    // A failed search says so in the dialog; it never replaces the screen behind.
    throwOnError: false,
  });
  const hits = query === '' ? [] : (results.data ?? []);
  const settled =
    query !== '' && query === text.trim() && results.isSuccess && !results.isPlaceholderData;

  const jump = (key: string | number) => {
    const hit = hits.find((h) => hitKey(h) === key);
    if (!hit) return;
    onClose();
    void navigate(notesPath(hit.meetingId, hit.itemId));
  };

  return (
    <div className="search-dialog">
      <Autocomplete inputValue={text} onInputChange={setText}>
        <TextField className="field" autoFocus>
          <Label className="field__label">{t('search.label')}</Label>
          <Input className="field__input search-dialog__input" />
          <Text slot="description" className="field__description">
            {t('search.help')}
          </Text>
        </TextField>
        <ListBox
          className="listbox search-results"
          aria-label={t('search.results')}
          items={hits}
          onAction={jump}
          renderEmptyState={() => (
            <p className="search-results__empty">
              {query === ''
                ? t('search.prompt')
                : results.isError
                  ? t('search.failed')
                  : settled
                    ? t('search.none', { query })
                    : t('search.searching')}
            </p>
          )}
        >
          {(hit) => (
            <ListBoxItem
              id={hitKey(hit)}
              textValue={`${t(`search.kind.${hit.kind}`)}: ${hit.title}`}
              className="listbox__item search-result"
            >
              <span className="search-result__kind">
                <span aria-hidden="true">{KIND_ICON[hit.kind]}</span> {t(`search.kind.${hit.kind}`)}
              </span>
              <span className="search-result__title">{hit.title}</span>
              <span className="search-result__where">
                {hit.meetingTitle} · {format.shortDay(hit.meetingDate)}
              </span>
              <span className="search-result__snippet">
                <Snippet snippet={hit.snippet} />
              </span>
            </ListBoxItem>
          )}
        </ListBox>
      </Autocomplete>
      <div className="dialog__actions">
        <Button onPress={onClose}>{t('common.close')}</Button>
      </div>
      {/* Announces how many were found once the search has settled, not at every key. */}
      <p role="status" className="visually-hidden">
        {settled ? t('search.count', { count: hits.length }) : ''}
      </p>
    </div>
  );
}
