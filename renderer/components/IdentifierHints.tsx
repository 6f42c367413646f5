/**
 * IdentifierHints: under a plain text field (a case review's summary, a system issue's
 * description, an agenda item's title), the personal identifiers its text seems to hold — phone
 * numbers, email addresses, dates of birth, health card and social insurance numbers, street
 * addresses (shared/domain/identifiers.ts) — each with a button replacing it with a placeholder
 * ("[phone]", « [téléphone] »), and one ignoring it (a false positive must be dismissable).
 * Non-blocking: it only advises; nothing stops the form being saved.
 *
 * Props:
 * - `value`: the field's text, as typed.
 * - `onChange(next)`: called with the whole new text after a replacement (feed it to the field).
 * - `caseCode` (optional): the case the text is about; identifiers that name the person (health
 *   card, SIN: see identifier-replacements.ts) also offer "Replace with <case code>", second.
 * - `id` (optional): the list's id, for the field's `aria-describedby` if wanted.
 * - `fieldId` (optional): the field's input; focus goes back to it once no identifier is left
 *   (otherwise to the next hint's first button), so the keyboard never loses its place.
 *
 * What was ignored stays ignored while the field is shown (compared by `identifierKey`, so the
 * same number typed again elsewhere in the text is not flagged either).
 *
 * Today and the directory's phone lines (never flagged) come from the app: render it inside the
 * app's providers. The list is a polite status region: screen readers hear an identifier as it
 * is typed, without focus moving.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  identifierKey,
  identifierScanner,
  type IdentifierMatch,
} from '../../shared/domain/identifiers';
import { useIdentifierOptions } from '../features/notes/useIdentifierOptions';
import { Button } from './Button';
import { replacementsFor } from './identifier-replacements';
import './identifier-hints.css';

export interface IdentifierHintsProps {
  value: string;
  onChange: (next: string) => void;
  caseCode?: string | null;
  id?: string;
  fieldId?: string;
}

export function IdentifierHints({ value, onChange, caseCode, id, fieldId }: IdentifierHintsProps) {
  const { t } = useTranslation();
  const options = useIdentifierOptions();
  const list = useRef<HTMLDivElement>(null);
  const [ignored, setIgnored] = useState<readonly string[]>([]);
  const scan = useMemo(
    () => (options ? identifierScanner({ ...options, ignore: ignored }) : null),
    [options, ignored],
  );
  const found = useMemo(() => (scan ? scan(value) : []), [scan, value]);

  // The pressed button goes away with its hint: the next hint's first button (now at the same
  // place in the list) or the field takes focus.
  const refocus = (index: number) =>
    requestAnimationFrame(() => {
      const items = list.current?.querySelectorAll('li');
      const item = items?.[Math.min(index, items.length - 1)];
      const next = item?.querySelector<HTMLElement>('button');
      if (next) next.focus();
      else if (fieldId) document.getElementById(fieldId)?.focus();
    });

  const replace = (match: IdentifierMatch, text: string, index: number) => {
    onChange(value.slice(0, match.from) + text + value.slice(match.to));
    refocus(index);
  };

  const ignore = (match: IdentifierMatch, index: number) => {
    setIgnored((list) => [...list, identifierKey(match.text)]);
    refocus(index);
  };

  return (
    <div ref={list} id={id} role="status" className="identifier-hints">
      {found.length > 0 && (
        <>
          <p className="identifier-hints__title">
            <span aria-hidden="true" className="identifier-hints__icon">
              ⚠
            </span>{' '}
            {t('identifiers.hints.title')}
          </p>
          <ul className="identifier-hints__list">
            {found.map((match, index) => {
              const placeholder = t(`identifiers.placeholder.${match.kind}`);
              const name = t(`identifiers.name.${match.kind}`);
              return (
                <li key={`${match.from}:${match.text}`} className="identifier-hints__item">
                  <span>{t('identifiers.hints.found', { name, text: match.text })}</span>
                  {replacementsFor(match.kind, placeholder, caseCode).map((text) => (
                    <Button
                      key={text}
                      aria-label={t('identifiers.hints.replaceLabel', {
                        text: match.text,
                        placeholder: text,
                      })}
                      onPress={() => replace(match, text, index)}
                    >
                      {t('identifiers.hints.replace', { placeholder: text })}
                    </Button>
                  ))}
                  <Button
                    variant="quiet"
                    aria-label={t('identifiers.hints.ignoreLabel', { text: match.text })}
                    onPress={() => ignore(match, index)}
                  >
                    {t('identifiers.ignore')}
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
