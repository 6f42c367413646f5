import type { Key } from 'react-aria-components';
import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select as AriaSelect,
  SelectValue,
  Text,
} from 'react-aria-components';

export interface SelectOption<K extends Key> {
  id: K;
  label: string;
}

export interface SelectProps<K extends Key> {
  label: string;
  options: readonly SelectOption<K>[];
  value: K;
  onChange: (value: K) => void;
  description?: string;
  errorMessage?: string | undefined;
  name?: string;
  isDisabled?: boolean;
  /** Takes the focus when it appears, e.g. as the first field of a dialog. */
  autoFocus?: boolean;
}

export function Select<K extends Key>({
  label,
  options,
  value,
  onChange,
  description,
  errorMessage,
  name,
  isDisabled,
  autoFocus,
}: SelectProps<K>) {
  return (
    <AriaSelect
      className="field select"
      value={value}
      onChange={(key) => {
        const option = options.find((o) => o.id === key);
        if (option) onChange(option.id);
      }}
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
      name={name}
      isDisabled={isDisabled}
      autoFocus={autoFocus}
    >
      <Label className="field__label">{label}</Label>
      <Button className="field__input select__button">
        <SelectValue className="select__value" />
        <span aria-hidden="true" className="select__chevron">
          ▾
        </span>
      </Button>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{errorMessage}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem className="listbox__item" id={option.id} textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
