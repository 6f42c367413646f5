import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../app/useCore';
import { ComboField, matching } from './ComboField';
import { useIssueText } from './issue-text';

export interface IssuePickerProps {
  /** The issue chosen, or '' for none yet. */
  value: string;
  onChange: (issueId: string) => void;
  errorMessage?: string | undefined;
}

/** An issue already on the log, found by typing part of its title; the most recently raised first. */
export function IssuePicker({ value, onChange, errorMessage }: IssuePickerProps) {
  const { t } = useTranslation();
  const text = useIssueText();
  const issues = useCoreQuery('systemIssue.list', { sort: 'recent' }, { handleErrors: true });
  const items = (issues.data ?? []).map((issue) => ({
    id: issue.id,
    label: issue.title,
    detail: text.raised(issue),
  }));
  const chosenLabel = items.find((i) => i.id === value)?.label ?? '';
  const [input, setInput] = useState(chosenLabel);
  const k = 'systemIssues.issuePicker';

  return (
    <ComboField
      label={t(`${k}.label`)}
      description={t(`${k}.description`)}
      items={input === chosenLabel ? items : matching(items, input)}
      inputValue={input}
      onInputChange={setInput}
      selectedKey={value || null}
      onSelectionChange={(key) => {
        const item = items.find((i) => i.id === key);
        if (!item) return;
        setInput(item.label);
        onChange(item.id);
      }}
      showLabel={t(`${k}.show`)}
      emptyText={t(`${k}.none`)}
      errorMessage={errorMessage}
    />
  );
}
