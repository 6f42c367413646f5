import { Label, Radio, RadioGroup as AriaRadioGroup, Text } from 'react-aria-components';

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  /** The option's own language, e.g. "Français" is read in French whatever the app's language. */
  lang?: string;
}

export interface RadioGroupProps<V extends string> {
  label: string;
  description?: string;
  options: readonly RadioOption<V>[];
  value: V;
  onChange: (value: V) => void;
}

export function RadioGroup<V extends string>({
  label,
  description,
  options,
  value,
  onChange,
}: RadioGroupProps<V>) {
  return (
    <AriaRadioGroup
      className="field radio-group"
      value={value}
      onChange={(next) => {
        const option = options.find((o) => o.value === next);
        if (option) onChange(option.value);
      }}
    >
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <div className="radio-group__options">
        {options.map((option) => (
          <Radio key={option.value} value={option.value} className="radio" lang={option.lang}>
            <span className="radio__mark" aria-hidden="true" />
            {option.label}
          </Radio>
        ))}
      </div>
    </AriaRadioGroup>
  );
}
