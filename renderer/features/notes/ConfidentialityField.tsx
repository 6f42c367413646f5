import { useState, type ReactNode, type SVGProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { Confidentiality, type AgendaItem } from '../../../shared/contract';
import { useCoreMutation } from '../../app/useCore';
import { useErrorToast } from '../meetings/useErrorToast';

/**
 * A different shape for each level, so the level reads without colour: an arrow leaving a box
 * (it may go out), a house (it stays in the app), a padlock (it never leaves). Decorative: the
 * words beside it say the same.
 */
export function ConfidentialityIcon({ level }: { level: Confidentiality }) {
  return (
    <svg
      className={`confidentiality-icon confidentiality-icon--${level}`}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      {ICONS[level]}
    </svg>
  );
}

const stroke = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2.2,
  strokeLinejoin: 'round',
} satisfies SVGProps<SVGPathElement>;

const ICONS: Record<Confidentiality, ReactNode> = {
  shareable: (
    <>
      <path d="M10 5H4v15h15v-6" {...stroke} />
      <path d="M13 3h8v8M21 3 11 13" {...stroke} />
    </>
  ),
  internal: (
    <>
      <path d="M3 11 12 3l9 8" {...stroke} />
      <path d="M5 10v11h14V10" {...stroke} />
    </>
  ),
  confidential: (
    <>
      <rect x="4" y="10" width="16" height="11" rx="2" fill="currentColor" />
      <path d="M8 10V7a4 4 0 0 1 8 0v3" {...stroke} />
    </>
  ),
};

/** "Internal" with its icon, wherever an item's level is shown rather than chosen. */
export function ConfidentialityLabel({ level }: { level: Confidentiality }) {
  const { t } = useTranslation();
  return (
    <span className={`confidentiality confidentiality--${level}`}>
      <ConfidentialityIcon level={level} /> {t(`notes.confidentiality.${level}`)}
    </span>
  );
}

/**
 * Who may see the item's notes outside the app, chosen where they are written: one row of three
 * radio buttons, and the meaning of the level chosen (the others' meanings are a press away), so
 * the notes start high on a laptop screen. Each change is saved at once; until the core has it,
 * the choice stays as pressed rather than flicking back.
 */
export function ConfidentialityField({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const failed = useErrorToast();
  const update = useCoreMutation('agenda.update');
  const [pending, setPending] = useState<Confidentiality | null>(null);
  const level = pending ?? item.confidentiality;

  const save = (next: Confidentiality) => {
    if (next === item.confidentiality) return;
    setPending(next);
    update
      .mutateAsync({ id: item.id, changes: { confidentiality: next } })
      .catch(failed)
      .finally(() => setPending(null));
  };

  return (
    <RadioGroup
      className="confidentiality-field"
      orientation="horizontal"
      value={level}
      onChange={(value) => {
        const parsed = Confidentiality.safeParse(value);
        if (parsed.success) save(parsed.data);
      }}
    >
      <Label className="confidentiality-field__label">{t('notes.confidentiality.label')}</Label>
      <div className="confidentiality-field__options">
        {Confidentiality.options.map((option) => (
          <Radio key={option} value={option} className="confidentiality-field__option">
            <span className="radio__mark" aria-hidden="true" />
            <ConfidentialityIcon level={option} />
            {t(`notes.confidentiality.${option}`)}
          </Radio>
        ))}
      </div>
      <Text slot="description" className="confidentiality-field__description">
        {t(`notes.confidentiality.${level}Description`)}
      </Text>
    </RadioGroup>
  );
}
