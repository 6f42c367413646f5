import { parseDate, type CalendarDate } from '@internationalized/date';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  FieldError,
  Group,
  Heading,
  Label,
  Popover,
  Text,
} from 'react-aria-components';

export interface DateFieldProps {
  label: string;
  /** A calendar day as `YYYY-MM-DD`, or null when not set. */
  value: string | null;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  description?: string;
  errorMessage?: string | undefined;
  name?: string;
  isRequired?: boolean;
  /** Takes the focus when it appears, e.g. as the first field of a dialog. */
  autoFocus?: boolean;
}

function toCalendarDate(value: string | null): CalendarDate | null {
  if (!value) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}

/** A date typed segment by segment in the reader's locale, or picked from a calendar. */
export function DateField({
  label,
  value,
  onChange,
  onBlur,
  description,
  errorMessage,
  name,
  isRequired,
  autoFocus,
}: DateFieldProps) {
  const { t } = useTranslation();
  return (
    <DatePicker
      className="field date-field"
      value={toCalendarDate(value)}
      onChange={(date) => onChange(date ? date.toString() : null)}
      onBlur={onBlur}
      autoFocus={autoFocus}
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
      name={name}
      isRequired={isRequired}
      granularity="day"
    >
      <Label className="field__label">{label}</Label>
      <Group className="field__input date-field__group">
        <DateInput className="date-field__input">
          {(segment) => <DateSegment segment={segment} className="date-field__segment" />}
        </DateInput>
        <Button className="date-field__button" aria-label={t('common.chooseDate')}>
          <span aria-hidden="true">▾</span>
        </Button>
      </Group>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{errorMessage}</FieldError>
      <Popover className="popover">
        <Dialog className="calendar-dialog">
          <Calendar className="calendar">
            <header className="calendar__header">
              <Button slot="previous" className="button button--quiet">
                <span aria-hidden="true">◀</span>
              </Button>
              <Heading className="calendar__heading" />
              <Button slot="next" className="button button--quiet">
                <span aria-hidden="true">▶</span>
              </Button>
            </header>
            <CalendarGrid className="calendar__grid">
              {(date) => <CalendarCell date={date} className="calendar__cell" />}
            </CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </DatePicker>
  );
}
