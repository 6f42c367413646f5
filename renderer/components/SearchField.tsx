import { useTranslation } from 'react-i18next';
import {
  Button,
  Input,
  Label,
  SearchField as AriaSearchField,
  type SearchFieldProps as AriaSearchFieldProps,
} from 'react-aria-components';

export interface SearchFieldProps extends Omit<AriaSearchFieldProps, 'className' | 'children'> {
  label: string;
}

export function SearchField({ label, ...props }: SearchFieldProps) {
  const { t } = useTranslation();
  return (
    <AriaSearchField {...props} className="field search-field">
      <Label className="field__label">{label}</Label>
      <div className="search-field__box">
        <Input className="field__input" />
        <Button className="search-field__clear" aria-label={t('common.clearSearch')}>
          <span aria-hidden="true">×</span>
        </Button>
      </div>
    </AriaSearchField>
  );
}
