import { useTranslation } from 'react-i18next';
import {
  Button,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';

export interface PickableOrganization {
  id: string;
  name: string;
  shortName: string;
}

/** An organization from the directory, or (where allowed) a new name to add as a potential partner. */
export interface OrgChoice {
  organizationId: string | null;
  newName: string;
}

/** "Maison Bon Accueil (MBA)": typing either the name or the short name finds it. */
export const pickLabel = (organization: PickableOrganization) =>
  organization.shortName && organization.shortName !== organization.name
    ? `${organization.name} (${organization.shortName})`
    : organization.name;

const sameWords = new Intl.Collator(undefined, { sensitivity: 'base', usage: 'search' });

/** The organization a typed name stands for, ignoring case and accents; null when none. */
export function matchingOrganization(
  typed: string,
  organizations: readonly PickableOrganization[],
): PickableOrganization | null {
  const text = typed.trim();
  if (!text) return null;
  return (
    organizations.find(
      (o) =>
        sameWords.compare(o.name, text) === 0 ||
        sameWords.compare(pickLabel(o), text) === 0 ||
        (o.shortName !== '' && sameWords.compare(o.shortName, text) === 0),
    ) ?? null
  );
}

export interface ConnectionOrgPickerProps {
  label: string;
  organizations: readonly PickableOrganization[];
  value: OrgChoice;
  onChange: (value: OrgChoice) => void;
  /** A name not in the directory is kept as typed (it becomes a potential partner). */
  allowsNew?: boolean;
  description?: string;
  errorMessage?: string | undefined;
  isRequired?: boolean;
  autoFocus?: boolean;
  name?: string;
}

/** Finds an organization of the directory by typing part of its name or short name. */
export function ConnectionOrgPicker({
  label,
  organizations,
  value,
  onChange,
  allowsNew = false,
  description,
  errorMessage,
  isRequired,
  autoFocus,
  name,
}: ConnectionOrgPickerProps) {
  const { t } = useTranslation();
  const items = organizations.map((o) => ({ id: o.id, label: pickLabel(o) }));
  const picked = organizations.find((o) => o.id === value.organizationId);
  // Only the free-text picker controls its text: the other shows the chosen organization's label.
  const textProps = allowsNew
    ? {
        inputValue: picked ? pickLabel(picked) : value.newName,
        onInputChange: (text: string) => {
          const match = matchingOrganization(text, organizations);
          onChange(
            match
              ? { organizationId: match.id, newName: '' }
              : { organizationId: null, newName: text },
          );
        },
      }
    : {};
  return (
    <ComboBox
      className="field connection-picker"
      // defaultItems, not items: the ComboBox filters only its default items by what is typed,
      // so ArrowDown + Enter picks among the matches rather than the whole directory.
      defaultItems={items}
      selectedKey={value.organizationId}
      onSelectionChange={(key) => {
        if (key !== null) onChange({ organizationId: String(key), newName: '' });
        else if (!allowsNew) onChange({ organizationId: null, newName: '' });
      }}
      {...textProps}
      allowsCustomValue={allowsNew}
      menuTrigger="input"
      allowsEmptyCollection
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
      isRequired={isRequired}
      autoFocus={autoFocus}
      name={name}
    >
      <Label className="field__label">
        {label}
        {isRequired && (
          <span className="field__required" aria-hidden="true">
            {' '}
            ({t('common.required')})
          </span>
        )}
      </Label>
      <div className="connection-picker__box">
        <Input className="field__input" />
        <Button className="connection-picker__button" aria-label={t('network.picker.show')}>
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
          renderEmptyState={() => (
            <p className="listbox__empty">
              {allowsNew ? t('network.picker.noneNew') : t('network.picker.none')}
            </p>
          )}
        >
          {(item: (typeof items)[number]) => (
            <ListBoxItem className="listbox__item" id={item.id} textValue={item.label}>
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
