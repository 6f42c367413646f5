import { useId } from 'react';
import { Checkbox as AriaCheckbox } from 'react-aria-components';

export interface CheckboxProps {
  children: string;
  isSelected: boolean;
  onChange: (isSelected: boolean) => void;
  /** Says what ticking it does, read with the checkbox. */
  description?: string;
}

/** An option that is on or off: the box shows a tick (not a colour) when it is on. */
export function Checkbox({ children, isSelected, onChange, description }: CheckboxProps) {
  const descriptionId = useId();
  return (
    <div className="checkbox-field">
      <AriaCheckbox
        className="checkbox"
        isSelected={isSelected}
        onChange={onChange}
        aria-describedby={description ? descriptionId : undefined}
      >
        <span className="checkbox__box" aria-hidden="true">
          {isSelected ? '✓' : ''}
        </span>
        {children}
      </AriaCheckbox>
      {description && (
        <p id={descriptionId} className="field__description">
          {description}
        </p>
      )}
    </div>
  );
}
