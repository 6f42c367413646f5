import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FieldError,
  Group,
  Input,
  Label,
  NumberField,
  Slider,
  SliderOutput,
  SliderThumb,
  SliderTrack,
  Text,
  Button as AriaButton,
} from 'react-aria-components';
import type { Settings } from '../../../shared/contract';
import { isAppError } from '../../../shared/errors';
import { useSettings } from '../../app/useSettings';
import { Button } from '../../components/Button';
import { issuesToFieldErrors, type FieldErrors } from '../../components/field-errors';
import { Switch } from '../../components/Switch';
import { useToast } from '../../components/useToast';
import { playChime } from './chime';
import { useFormatDuration } from './useFormatDuration';

/** Settings › Meeting timer: when the countdown warns, and whether (and how loud) it chimes. */
export function TimerSettings() {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const toast = useToast();
  // A value the core refused stays in its field, with the reason under it, until fixed.
  const [refused, setRefused] = useState<{ changes: Partial<Settings>; errors: FieldErrors }>({
    changes: {},
    errors: {},
  });
  const save = (changes: Partial<Settings>) =>
    void update(changes)
      .then(() => setRefused({ changes: {}, errors: {} }))
      .catch((error: unknown) => {
        if (isAppError(error) && error.code === 'invalid_input' && error.issues?.length) {
          setRefused({
            changes,
            errors: issuesToFieldErrors(error.issues, t, t('validation.invalid')),
          });
        } else {
          toast.error(t('settings.saveFailed'));
        }
      });
  const shown = { ...settings, ...refused.changes };
  // The slider moves freely and saves when let go, so dragging writes once, not at every step.
  const [volume, setVolume] = useState(settings.chimeVolume);

  return (
    <section className="timer-settings" aria-labelledby="timer-settings-title">
      <h2 id="timer-settings-title">{t('settings.timer.title')}</h2>
      <p>{t('settings.timer.intro')}</p>
      <div className="timer-settings__fields">
        <SecondsField
          label={t('settings.timer.warning')}
          description={t('settings.timer.warningDescription')}
          value={shown.timerWarningSeconds}
          error={refused.errors.timerWarningSeconds}
          onChange={(timerWarningSeconds) => save({ ...refused.changes, timerWarningSeconds })}
        />
        <SecondsField
          label={t('settings.timer.final')}
          description={t('settings.timer.finalDescription')}
          value={shown.timerFinalSeconds}
          error={refused.errors.timerFinalSeconds}
          onChange={(timerFinalSeconds) => save({ ...refused.changes, timerFinalSeconds })}
        />
        <div className="field">
          <Switch
            isSelected={settings.chime}
            onChange={(chime) => save({ chime })}
            aria-describedby="chime-description"
          >
            {t('settings.timer.chime')}
          </Switch>
          <p id="chime-description" className="field__description">
            {t('settings.timer.chimeDescription')}
          </p>
        </div>
        <Slider
          className="field volume"
          minValue={0}
          maxValue={100}
          step={5}
          value={volume}
          onChange={setVolume}
          onChangeEnd={(chimeVolume) => save({ chimeVolume })}
        >
          <div className="volume__head">
            <Label className="field__label">{t('settings.timer.volume')}</Label>
            <SliderOutput className="volume__output">
              {({ state }) => t('settings.timer.volumeValue', { value: state.values[0] })}
            </SliderOutput>
          </div>
          <SliderTrack className="volume__track">
            {({ state }) => (
              <>
                <span
                  className="volume__fill"
                  style={{ width: `${state.getThumbPercent(0) * 100}%` }}
                />
                <SliderThumb className="volume__thumb" />
              </>
            )}
          </SliderTrack>
        </Slider>
        <div>
          <Button onPress={() => playChime('warning', volume)}>
            <span aria-hidden="true">♪ </span>
            {t('settings.timer.test')}
          </Button>
        </div>
      </div>
    </section>
  );
}

/** Whole seconds, 0–3600, with − and + buttons; the description says it in minutes too. */
function SecondsField({
  label,
  description,
  value,
  error,
  onChange,
}: {
  label: string;
  description: string;
  value: number;
  /** Why the core refused the value shown, if it did. */
  error?: string | undefined;
  onChange: (seconds: number) => void;
}) {
  const { t } = useTranslation();
  const duration = useFormatDuration();
  return (
    <NumberField
      className="field seconds-field"
      value={value}
      minValue={0}
      maxValue={3600}
      step={5}
      formatOptions={{ maximumFractionDigits: 0 }}
      isInvalid={Boolean(error)}
      // A cleared field is no number: keep the saved value rather than store nothing.
      onChange={(seconds) => {
        if (Number.isFinite(seconds) && seconds !== value) onChange(Math.round(seconds));
      }}
    >
      <Label className="field__label">{label}</Label>
      <Group className="seconds-field__group">
        <AriaButton slot="decrement" className="button button--secondary seconds-field__step">
          −
        </AriaButton>
        <Input className="field__input seconds-field__input" />
        <AriaButton slot="increment" className="button button--secondary seconds-field__step">
          +
        </AriaButton>
        <span className="seconds-field__unit">{t('settings.timer.seconds')}</span>
      </Group>
      <Text slot="description" className="field__description">
        {description} {t('settings.timer.currently', { duration: duration(value) })}
      </Text>
      <FieldError className="field__error">{error}</FieldError>
    </NumberField>
  );
}
