import { useTranslation } from 'react-i18next';
import {
  Button as AriaButton,
  Group,
  Input,
  Label,
  NumberField,
  Text,
} from 'react-aria-components';

export interface NumberSettingProps {
  label: string;
  /** The unit after the number ("minutes"), also read with the field. */
  unit: string;
  value: number;
  minValue: number;
  maxValue: number;
  step?: number;
  description?: string;
  isDisabled?: boolean;
  onChange: (value: number) => void;
}

/**
 * A whole number typed or stepped with − and +. It saves when the value is committed (Enter,
 * leaving the field, a step), so typing "12" does not save "1" first.
 */
export function NumberSetting({
  label,
  unit,
  value,
  minValue,
  maxValue,
  step = 1,
  description,
  isDisabled,
  onChange,
}: NumberSettingProps) {
  const { t } = useTranslation();
  return (
    <NumberField
      className="field networking-number"
      value={value}
      minValue={minValue}
      maxValue={maxValue}
      step={step}
      formatOptions={{ maximumFractionDigits: 1 }}
      isDisabled={isDisabled}
      // A cleared field is no number: keep the saved value rather than store nothing.
      onChange={(next) => {
        if (Number.isFinite(next) && next !== value) onChange(next);
      }}
    >
      <Label className="field__label">{label}</Label>
      <Group className="networking-number__group">
        <AriaButton
          slot="decrement"
          className="button button--secondary networking-number__step"
          aria-label={t('networking.format.less', { label })}
        >
          −
        </AriaButton>
        <Input className="field__input networking-number__input" />
        <AriaButton
          slot="increment"
          className="button button--secondary networking-number__step"
          aria-label={t('networking.format.more', { label })}
        >
          +
        </AriaButton>
        <span className="networking-number__unit" aria-hidden="true">
          {unit}
        </span>
      </Group>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
    </NumberField>
  );
}
