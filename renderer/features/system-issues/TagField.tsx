import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button as AriaButton } from 'react-aria-components';
import { SYSTEM_ISSUE_TAGS } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { Button } from '../../components/Button';
import { ComboField, matching, type ComboItem } from './ComboField';
import { tagKey, useIssueText } from './issue-text';

export interface TagFieldProps {
  value: readonly string[];
  onChange: (tags: string[]) => void;
  errorMessage?: string | undefined;
}

/** Every tag in use on the log, so a tag typed once is offered again in the same spelling. */
function useTagsInUse(): string[] {
  const all = useCoreQuery('systemIssue.list', { sort: 'frequency' }, { handleErrors: true });
  return [...new Set((all.data ?? []).flatMap((issue) => issue.tags))];
}

/**
 * The issue's tags as chips, each with its remove button, and a field to add one: a suggested tag
 * (in the reader's language), one already used on the log, or any words typed then Enter.
 */
export function TagField({ value, onChange, errorMessage }: TagFieldProps) {
  const { t } = useTranslation();
  const text = useIssueText();
  const labelId = useId();
  const group = useRef<HTMLDivElement>(null);
  const [input, setInput] = useState('');
  const inUse = useTagsInUse();
  const chosen = new Set(value.map(tagKey));
  const offered: ComboItem[] = [...new Set([...SYSTEM_ISSUE_TAGS, ...inUse])]
    .filter((tag) => !chosen.has(tagKey(tag)))
    .map((tag) => ({ id: tag, label: text.tag(tag) }));
  const k = 'systemIssues.tagField';

  const add = (typed: string) => {
    const tag = text.tagOf(typed);
    setInput('');
    if (tag === '' || chosen.has(tagKey(tag))) return;
    onChange([...value, tag]);
  };

  const remove = (tag: string) => {
    // The pressed button goes with its chip: the next chip's (or the one before) takes the focus
    // first, or the field when it was the only one, so the keyboard never lands on nothing.
    const buttons = [...(group.current?.querySelectorAll<HTMLElement>('.tag-chip__remove') ?? [])];
    const index = value.indexOf(tag);
    const next = buttons[index + 1] ?? buttons[index - 1];
    (next ?? group.current?.querySelector<HTMLElement>('input'))?.focus();
    onChange(value.filter((other) => other !== tag));
  };

  return (
    <div ref={group} role="group" aria-labelledby={labelId} className="tag-field">
      <p id={labelId} className="field__label">
        {t(`${k}.label`)}
      </p>
      {value.length === 0 ? (
        <p className="muted tag-field__none">{t(`${k}.none`)}</p>
      ) : (
        <ul className="tag-chips" aria-label={t(`${k}.chosen`)}>
          {value.map((tag) => (
            <li key={tag} className="tag-chip">
              {text.tag(tag)}
              <AriaButton
                className="tag-chip__remove"
                aria-label={t(`${k}.remove`, { tag: text.tag(tag) })}
                onPress={() => remove(tag)}
              >
                <span aria-hidden="true">×</span>
              </AriaButton>
            </li>
          ))}
        </ul>
      )}
      <div className="tag-field__add">
        <ComboField
          label={t(`${k}.add`)}
          description={t(`${k}.addDescription`)}
          items={matching(offered, input)}
          inputValue={input}
          onInputChange={setInput}
          // Nothing stays selected: each pick adds a chip, and the list stays open for the next.
          selectedKey={null}
          onSelectionChange={(key) => {
            if (typeof key === 'string') add(key);
          }}
          allowsCustomValue
          onEnterText={() => add(input)}
          showLabel={t(`${k}.show`)}
          emptyText={t(`${k}.noMatch`)}
          errorMessage={errorMessage}
        />
        <Button onPress={() => add(input)} isDisabled={input.trim() === ''}>
          {t(`${k}.addButton`)}
        </Button>
      </div>
    </div>
  );
}
