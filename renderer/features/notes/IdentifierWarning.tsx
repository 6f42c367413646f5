import type { Editor } from '@tiptap/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { identifierKey, identifierScanner } from '../../../shared/domain/identifiers';
import { Button } from '../../components/Button';
import { replacementsFor } from '../../components/identifier-replacements';
import { IDENTIFIER_ACTIONS_KEYS, setIdentifierHooks } from './identifier-highlight';
import {
  IDENTIFIER_CLASS,
  identifierHitAtCaret,
  replaceIdentifier,
  setIdentifierScanner,
  type IdentifierHit,
} from './identifier-plugin';
import { placeNextTo, useDecorationPopover, useKeysText } from './useDecorationPopover';
import { useIdentifierOptions } from './useIdentifierOptions';

/**
 * Personal identifiers in the notes, on the React side: the editor's scanner (today, the
 * directory's phone lines, what was ignored in this note), and a warning shown over the text
 * under the pointer or the caret: what it looks like, and what to do — replace it with the case
 * placeholder ("[phone]") or, for a number that stands for the client, the case code (notes of a
 * case review), or ignore it for this note.
 *
 * Never blocking, never taking focus from typing: screen readers hear the warning from a polite
 * live region as the caret reaches the text; Alt+Enter moves into its actions (Escape comes back),
 * as for the glossary's pop-up, and Escape in the editor hides it. It sits above the line, so a
 * glossary pop-up below the same words stays readable.
 */

export interface IdentifierWarningProps {
  editor: Editor;
  /** The case the notes belong to (a case review item): offered as the replacement. */
  caseCode?: string | null;
}

const hitKey = (hit: IdentifierHit | null) =>
  hit ? `${hit.kind}:${hit.from}:${hit.to}:${hit.text}` : '';

/** Feeds the editor a scanner, and a new one when the directory, the day or the ignored change. */
function useIdentifierScanning(editor: Editor, ignored: readonly string[]): void {
  const options = useIdentifierOptions();
  const scanner = useMemo(
    () => (options ? identifierScanner({ ...options, ignore: ignored }) : null),
    [options, ignored],
  );
  useEffect(() => {
    if (!editor.isDestroyed) setIdentifierScanner(editor.view, scanner);
  }, [editor, scanner]);
}

export function IdentifierWarning({ editor, caseCode }: IdentifierWarningProps) {
  const { t } = useTranslation();
  // The keys into the warning, in the app's language.
  const actionKeys = useKeysText(IDENTIFIER_ACTIONS_KEYS);
  /** Texts ignored in this note, while it is open (identifierKey compares them). */
  const [ignored, setIgnored] = useState<readonly string[]>([]);
  useIdentifierScanning(editor, ignored);

  const { shown, caretShown, pinned, backToEditor, popoverProps } = useDecorationPopover({
    editor,
    hitAtCaret: identifierHitAtCaret,
    hitKey,
    setHooks: setIdentifierHooks,
    place: (e, hit, element) =>
      placeNextTo(e, hit, element, {
        decoration: `.${IDENTIFIER_CLASS}`,
        property: 'identifier-popover',
        // Above the line, so a glossary pop-up below the same words stays readable.
        above: true,
      }),
  });

  const replace = (hit: IdentifierHit, text: string) => {
    if (editor.isDestroyed || !editor.isEditable) return;
    const tr = replaceIdentifier(editor.state, hit, text);
    if (tr) editor.view.dispatch(tr);
    backToEditor();
  };

  const ignore = (hit: IdentifierHit) => {
    setIgnored((list) => [...list, identifierKey(hit.text)]);
    backToEditor();
  };

  const placeholder = shown ? t(`identifiers.placeholder.${shown.kind}`) : '';
  const editable = editor.isEditable;

  return (
    <>
      <p className="visually-hidden identifier-live" aria-live="polite">
        {caretShown &&
          !pinned &&
          (editable
            ? t('identifiers.announce', {
                looksLike: t(`identifiers.looksLike.${caretShown.kind}`),
                keepOut: t('identifiers.keepOut'),
                keys: actionKeys,
              })
            : `${t(`identifiers.looksLike.${caretShown.kind}`)} ${t('identifiers.keepOut')}`)}
      </p>
      {shown && (
        <div
          {...popoverProps}
          role="group"
          aria-label={t('identifiers.popoverLabel', { name: t(`identifiers.name.${shown.kind}`) })}
          className="identifier-popover"
          data-kind={shown.kind}
        >
          <p className="identifier-popover__message">
            <span aria-hidden="true" className="identifier-popover__icon">
              ⚠
            </span>{' '}
            {t(`identifiers.looksLike.${shown.kind}`)} {t('identifiers.keepOut')}
          </p>
          {editable && (
            <>
              <div className="identifier-popover__actions">
                {replacementsFor(shown.kind, placeholder, caseCode).map((text, index) => (
                  <Button
                    key={text}
                    variant={index === 0 ? 'primary' : 'secondary'}
                    preventFocusOnPress
                    onPress={() => replace(shown, text)}
                  >
                    {t('identifiers.replaceWith', { text })}
                  </Button>
                ))}
                <Button preventFocusOnPress onPress={() => ignore(shown)}>
                  {t('identifiers.ignore')}
                </Button>
              </div>
              <p className="identifier-popover__hint">
                {t('identifiers.keysHint', { keys: actionKeys })}
              </p>
            </>
          )}
        </div>
      )}
    </>
  );
}
