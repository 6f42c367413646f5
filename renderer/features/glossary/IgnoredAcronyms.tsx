import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';

/**
 * The acronyms someone marked "Not a term" in the notes, each of which can be flagged again.
 * Otherwise that choice could only be taken back from its toast, for a few seconds.
 */
export function IgnoredAcronyms({
  isOpen,
  onOpenChange,
}: {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
}) {
  const { t } = useTranslation();
  const k = 'glossary.ignored';
  return (
    <Dialog title={t(`${k}.title`)} isOpen={isOpen} onOpenChange={onOpenChange}>
      <IgnoredList />
      <div className="dialog__actions">
        <Button onPress={() => onOpenChange(false)}>{t('common.close')}</Button>
      </div>
    </Dialog>
  );
}

function IgnoredList() {
  const { t } = useTranslation();
  const index = useCoreQuery('glossary.index', {}, { handleErrors: true });
  const flag = useCoreMutation('glossary.ignoreAcronym');
  const [said, setSaid] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const intro = useRef<HTMLParagraphElement>(null);
  const focusAfter = useRef<{ acronym: string; position: number } | null>(null);
  const k = 'glossary.ignored';
  const acronyms = index.data?.ignoredAcronyms ?? [];

  const flagAgain = async (acronym: string, position: number) => {
    try {
      await flag.mutateAsync({ acronym, ignored: false });
    } catch {
      setSaid(t(`${k}.failed`, { acronym }));
      return;
    }
    setSaid(t(`${k}.flagged`, { acronym }));
    focusAfter.current = { acronym, position };
  };

  // Its button goes once the reloaded list no longer has it (not when the call returns: the
  // reload may come later): then the next acronym's, the last one's or the intro takes focus.
  useEffect(() => {
    const pending = focusAfter.current;
    if (!pending || !index.data || index.data.ignoredAcronyms.includes(pending.acronym)) return;
    focusAfter.current = null;
    const buttons = list.current?.querySelectorAll<HTMLElement>('button') ?? [];
    (buttons[Math.min(pending.position, buttons.length - 1)] ?? intro.current)?.focus();
  }, [index.data]);

  if (index.isPending) return <p role="status">{t('common.loading')}</p>;
  if (index.isError)
    return (
      <p className="notice notice--error">
        <span aria-hidden="true">⚠ </span>
        {t('errors.internal')}
      </p>
    );
  return (
    <div className="ignored-acronyms">
      <p ref={intro} tabIndex={-1}>
        {acronyms.length === 0 ? t(`${k}.none`) : t(`${k}.intro`)}
      </p>
      {acronyms.length > 0 && (
        <ul ref={list} className="plain-list ignored-acronyms__list">
          {acronyms.map((acronym, position) => (
            <li key={acronym}>
              <strong className="ignored-acronyms__acronym">{acronym}</strong>
              <Button
                aria-label={t('common.actionOn', { action: t(`${k}.flagAgain`), name: acronym })}
                onPress={() => void flagAgain(acronym, position)}
              >
                {t(`${k}.flagAgain`)}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="ignored-acronyms__status">
        {said}
      </p>
    </div>
  );
}
