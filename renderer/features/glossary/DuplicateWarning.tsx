import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSettings } from '../../app/useSettings';
import { Button } from '../../components/Button';
import { localeOf } from '../../i18n';
import { otherLanguage, termOf } from './concept-text';
import { conceptPath } from './links';
import type { DuplicateMatch } from './useDuplicates';

export interface DuplicateWarningProps {
  matches: readonly DuplicateMatch[];
  /** Saving was tried with these matches: "Add anyway" is what saves now. */
  confirming: boolean;
  onAddAnyway: () => void;
  /** Following a link to an existing concept leaves the form (it closes its dialog). */
  onOpen: () => void;
}

/**
 * "Already in the glossary": the concepts a new one would double, each a link to open it. Said as
 * the person types (a polite status, never in the way); at saving, the form waits for "Add anyway".
 */
export function DuplicateWarning({
  matches,
  confirming,
  onAddAnyway,
  onOpen,
}: DuplicateWarningProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const notice = useRef<HTMLDivElement>(null);
  const k = 'glossary.duplicates';

  // Saving stopped here: the person is taken to why, and to the button that goes on.
  useEffect(() => {
    if (confirming) notice.current?.focus();
  }, [confirming]);

  return (
    <div role="status" className="duplicate-warning__region">
      {matches.length > 0 && (
        <div ref={notice} tabIndex={-1} className="notice duplicate-warning">
          <p className="notice__title">
            <span aria-hidden="true">⚠ </span>
            {t(`${k}.title`, { count: matches.length })}
          </p>
          <ul>
            {matches.map((match) => {
              const term = termOf(match, settings.language);
              const other = termOf(match, otherLanguage(term.lang));
              return (
                <li key={match.id}>
                  <span lang={localeOf(term.lang)}>{term.text}</span>
                  {other.text !== term.text && other.text !== '' && (
                    <>
                      {' — '}
                      <span lang={localeOf(other.lang)}>{other.text}</span>
                    </>
                  )}{' '}
                  <Link
                    to={conceptPath(match.id)}
                    onClick={onOpen}
                    aria-label={t('common.actionOn', { action: t(`${k}.open`), name: term.text })}
                  >
                    {t(`${k}.open`)}
                  </Link>
                </li>
              );
            })}
          </ul>
          {confirming && (
            <>
              <p>{t(`${k}.confirm`, { count: matches.length })}</p>
              <Button onPress={onAddAnyway}>{t(`${k}.addAnyway`)}</Button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
