import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../app/useCore';
import { Button } from '../../components/Button';
import { ComboField, matching } from './ComboField';
import { useIssueText } from './issue-text';

export interface MeetingPickerProps {
  /** The meeting chosen, or '' for none (raised elsewhere). */
  value: string;
  onChange: (meeting: { id: string; date: string } | null) => void;
  errorMessage?: string | undefined;
  autoFocus?: boolean;
}

/** The meeting an issue was raised at, found by typing part of its title; optional. */
export function MeetingPicker({ value, onChange, errorMessage, autoFocus }: MeetingPickerProps) {
  const { t } = useTranslation();
  const text = useIssueText();
  const meetings = useCoreQuery('meeting.list', {}, { handleErrors: true, keepPrevious: true });
  // The latest first: an issue is most often logged at, or just after, the last meeting.
  const sorted = [...(meetings.data ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  const items = sorted.map((m) => ({ id: m.id, label: m.title, detail: text.day(m.date) }));
  const chosenLabel = items.find((i) => i.id === value)?.label ?? '';
  const [input, setInput] = useState(chosenLabel);
  const k = 'systemIssues.meetingPicker';

  return (
    <div className="picker-row">
      <ComboField
        label={t(`${k}.label`)}
        description={t(`${k}.description`)}
        // The chosen meeting's title in the field: every meeting is offered again.
        items={input === chosenLabel ? items : matching(items, input)}
        inputValue={input}
        onInputChange={setInput}
        selectedKey={value || null}
        onSelectionChange={(key) => {
          const meeting = sorted.find((m) => m.id === key);
          if (!meeting) return;
          setInput(meeting.title);
          onChange({ id: meeting.id, date: meeting.date });
        }}
        showLabel={t(`${k}.show`)}
        emptyText={t(`${k}.none`)}
        errorMessage={errorMessage}
        autoFocus={autoFocus}
      />
      {value !== '' && (
        <Button
          onPress={() => {
            setInput('');
            onChange(null);
          }}
        >
          {t(`${k}.clear`)}
        </Button>
      )}
    </div>
  );
}
