import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';

export interface AgencyChecklistProps {
  label: string;
  description?: string;
  options: readonly { id: string; label: string }[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  /** Shown ticked and fixed, e.g. the lead agency, which is always involved. */
  fixedId?: string | null;
}

/**
 * Several agencies picked from the directory: a group of checkboxes in a box that scrolls, so a
 * long directory does not push the rest of the form off the screen.
 */
export function AgencyChecklist({
  label,
  description,
  options,
  value,
  onChange,
  fixedId,
}: AgencyChecklistProps) {
  const selected = fixedId && !value.includes(fixedId) ? [...value, fixedId] : value;
  return (
    <CheckboxGroup
      className="field agency-checklist"
      value={[...selected]}
      onChange={(ids) => onChange(ids.filter((id) => id !== fixedId))}
    >
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <div className="agency-checklist__box">
        {options.map((option) => {
          const isSelected = selected.includes(option.id);
          return (
            <Checkbox
              key={option.id}
              value={option.id}
              className="checkbox"
              isDisabled={option.id === fixedId}
            >
              <span className="checkbox__box" aria-hidden="true">
                {isSelected ? '✓' : ''}
              </span>
              {option.label}
            </Checkbox>
          );
        })}
      </div>
    </CheckboxGroup>
  );
}
