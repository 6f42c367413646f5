import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../../components/RadioGroup';
import { TextField } from '../../components/TextField';
import { REPEAT_CHOICES, weekdayOfMonth, type RepeatChoice } from './repeat-rule';
import { useMeetingFormat } from './useMeetingFormat';

export interface RepeatFieldProps {
  choice: RepeatChoice;
  onChoice: (choice: RepeatChoice) => void;
  startDate: string | null;
  /** The custom rule's text, bound like a text field (its errors are the rule's). */
  custom: {
    name: string;
    value: string;
    onChange: (value: string) => void;
    onBlur: () => void;
    errorMessage: string | undefined;
  };
}

/** How a series repeats, in words that name the weekday; custom RRULE text for anything else. */
export function RepeatField({ choice, onChoice, startDate, custom }: RepeatFieldProps) {
  const { t } = useTranslation();
  const { locale } = useMeetingFormat();
  const labels = repeatLabels(startDate, locale, t);
  return (
    <div className="stack stack--tight">
      <RadioGroup<RepeatChoice>
        label={t('series.repeat.label')}
        description={t('series.repeat.description')}
        value={choice}
        onChange={onChoice}
        options={REPEAT_CHOICES.map((value) => ({ value, label: labels[value] }))}
      />
      {choice === 'custom' ? (
        <TextField
          {...custom}
          label={t('series.repeat.customLabel')}
          description={t('series.repeat.customDescription')}
          isRequired
        />
      ) : (
        // A rule error can only come from the custom text, but say it anyway if the core refuses.
        custom.errorMessage && (
          <p className="field__error" role="alert">
            {custom.errorMessage}
          </p>
        )
      )}
    </div>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

export function repeatLabels(
  startDate: string | null,
  locale: string,
  t: Translate,
): Record<RepeatChoice, string> {
  if (!startDate) {
    return {
      weekly: t('series.repeat.weekly'),
      biweekly: t('series.repeat.biweekly'),
      monthly: t('series.repeat.monthly'),
      custom: t('series.repeat.custom'),
    };
  }
  const { nth, ms } = weekdayOfMonth(startDate);
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(ms);
  return {
    weekly: t('series.repeat.weeklyOn', { weekday }),
    biweekly: t('series.repeat.biweeklyOn', { weekday }),
    monthly: t('series.repeat.monthlyOn', { weekday, nth: t(`series.repeat.nth.${nth}`) }),
    custom: t('series.repeat.custom'),
  };
}
