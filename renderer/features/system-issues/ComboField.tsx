import type { KeyboardEvent } from 'react';
import {
  Button,
  ComboBox,
  FieldError,
  Input,
  type Key,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';

export interface ComboItem {
  id: string;
  label: string;
  /** A second line telling similar items apart (a date, how often raised). */
  detail?: string;
}

export interface ComboFieldProps {
  label: string;
  items: readonly ComboItem[];
  inputValue: string;
  onInputChange: (value: string) => void;
  selectedKey: string | null;
  onSelectionChange: (key: Key | null) => void;
  /** The name of the button that shows every item. */
  showLabel: string;
  /** Said in the list when nothing matches. */
  emptyText: string;
  description?: string;
  errorMessage?: string | undefined;
  /** Typed text stays when the field loses focus (a tag of one's own). */
  allowsCustomValue?: boolean;
  /** Enter pressed with no item highlighted, e.g. to add the typed text. */
  onEnterText?: () => void;
  autoFocus?: boolean;
}

/**
 * A text field with a list of matches: type part of a name, pick with the arrows and Enter. The
 * items are filtered by the caller, so the same words match in both languages' spellings.
 */
export function ComboField({
  label,
  items,
  inputValue,
  onInputChange,
  selectedKey,
  onSelectionChange,
  showLabel,
  emptyText,
  description,
  errorMessage,
  allowsCustomValue,
  onEnterText,
  autoFocus,
}: ComboFieldProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // An item highlighted in the list is the ComboBox's to pick; otherwise Enter adds the text
    // (and must not submit the form around the field).
    if (event.key !== 'Enter' || !onEnterText) return;
    if (event.currentTarget.getAttribute('aria-activedescendant')) return;
    event.preventDefault();
    onEnterText();
  };
  return (
    <ComboBox
      className="field combo-field"
      items={items}
      inputValue={inputValue}
      onInputChange={onInputChange}
      selectedKey={selectedKey}
      onSelectionChange={onSelectionChange}
      menuTrigger="focus"
      allowsEmptyCollection
      allowsCustomValue={allowsCustomValue}
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
      autoFocus={autoFocus}
    >
      <Label className="field__label">{label}</Label>
      <div className="combo-field__box">
        <Input className="field__input" onKeyDown={onKeyDown} />
        <Button className="combo-field__button" aria-label={showLabel}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{errorMessage}</FieldError>
      <Popover className="popover">
        <ListBox
          className="listbox"
          renderEmptyState={() => <p className="listbox__empty">{emptyText}</p>}
        >
          {(item: ComboItem) => (
            // The label alone is what a pick puts in the field.
            <ListBoxItem className="listbox__item" id={item.id} textValue={item.label}>
              <span className="combo-field__label">{item.label}</span>
              {item.detail && <span className="combo-field__detail">{item.detail}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

/** Case and accents ignored: "sante" finds "Santé mentale". */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLocaleLowerCase();

/** The items whose label holds the typed text (all of them for an empty field). */
export const matching = <T extends ComboItem>(items: readonly T[], typed: string): T[] => {
  const wanted = fold(typed.trim());
  return wanted === '' ? [...items] : items.filter((item) => fold(item.label).includes(wanted));
};
