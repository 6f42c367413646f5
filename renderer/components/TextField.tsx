import { useTranslation } from 'react-i18next';
import {
  FieldError,
  Input,
  Label,
  Text,
  TextArea,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';

export interface TextFieldProps extends Omit<
  AriaTextFieldProps,
  'className' | 'isInvalid' | 'validationBehavior' | 'children'
> {
  label: string;
  description?: string;
  /** A translated message; its presence marks the field invalid. */
  errorMessage?: string | undefined;
  /** Several lines of text (a textarea) rather than one. */
  multiline?: boolean;
  /** The language the typed text is in, when it is not the app's (the label stays in the app's). */
  inputLang?: string | undefined;
}

export function TextField({
  label,
  description,
  errorMessage,
  multiline = false,
  inputLang,
  ...props
}: TextFieldProps) {
  const { t } = useTranslation();
  return (
    <AriaTextField
      {...props}
      className="field"
      isInvalid={Boolean(errorMessage)}
      // Errors come from the contract's schemas, not from the browser's built-in validation.
      validationBehavior="aria"
    >
      <Label className="field__label">
        {label}
        {/* Said visibly here; assistive technology already hears "required" from the input. */}
        {props.isRequired && (
          <span className="field__required" aria-hidden="true">
            {' '}
            ({t('common.required')})
          </span>
        )}
      </Label>
      {multiline ? (
        <TextArea className="field__input" rows={3} lang={inputLang} />
      ) : (
        <Input className="field__input" lang={inputLang} />
      )}
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{errorMessage}</FieldError>
    </AriaTextField>
  );
}
