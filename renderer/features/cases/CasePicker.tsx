import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button as AriaButton,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import type { CaseSummary } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { useFormDialog } from '../../app/useFormDialog';
import { Button } from '../../components/Button';
import { CaseForm } from './CaseForm';
import './cases.css';

/** "CC-2026-014 — Shelter North": the lead agency tells similar codes apart. */
export const caseLabel = (kase: Pick<CaseSummary, 'code' | 'leadOrganizationName'>) =>
  kase.leadOrganizationName ? `${kase.code} — ${kase.leadOrganizationName}` : kase.code;

export interface CasePickerProps {
  /** The case chosen, or '' for none yet. */
  value: string;
  onChange: (caseId: string) => void;
  /** Where the quick "New case" form keeps its draft. */
  draftKey: string;
  description?: string;
  errorMessage?: string | undefined;
  autoFocus?: boolean;
}

/**
 * Picks the case a review is about among the open cases, by typing part of its code or its lead
 * agency; "New case…" opens one on the spot (a case first met at this meeting).
 */
export function CasePicker({
  value,
  onChange,
  draftKey,
  description,
  errorMessage,
  autoFocus,
}: CasePickerProps) {
  const { t } = useTranslation();
  const creating = useFormDialog(`${draftKey}:case:new`);
  const cases = useCoreQuery('case.list', {}, { handleErrors: true, keepPrevious: true });
  // Open cases, and the one already chosen even if it has been closed since.
  const items = (cases.data ?? [])
    .filter((c) => c.status === 'open' || c.id === value)
    .map((c) => ({ id: c.id, label: caseLabel(c) }));
  // The field shows the chosen case; a case opened with "New case…" is named once it is listed.
  const chosenLabel = items.find((i) => i.id === value)?.label ?? '';
  const [input, setInput] = useState(chosenLabel);
  const [shownLabel, setShownLabel] = useState(chosenLabel);
  if (chosenLabel !== shownLabel) {
    setShownLabel(chosenLabel);
    setInput(chosenLabel);
  }

  return (
    <div className="case-picker">
      <ComboBox
        className="field case-picker__field"
        defaultItems={items}
        inputValue={input}
        onInputChange={setInput}
        selectedKey={value || null}
        onSelectionChange={(key) => onChange(typeof key === 'string' ? key : '')}
        menuTrigger="focus"
        allowsEmptyCollection
        isInvalid={Boolean(errorMessage)}
        validationBehavior="aria"
        autoFocus={autoFocus}
      >
        <Label className="field__label">{t('caseReview.case')}</Label>
        <div className="case-picker__box">
          <Input className="field__input" />
          <AriaButton className="case-picker__button" aria-label={t('caseReview.showCases')}>
            <span aria-hidden="true">▾</span>
          </AriaButton>
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
            renderEmptyState={() => <p className="listbox__empty">{t('caseReview.noCases')}</p>}
          >
            {(item: (typeof items)[number]) => (
              <ListBoxItem className="listbox__item" id={item.id} textValue={item.label}>
                {item.label}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      <Button onPress={creating.open}>{t('caseReview.newCase')}</Button>
      <CaseForm dialog={creating} onCreated={(kase) => onChange(kase.id)} />
    </div>
  );
}
