import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button as AriaButton,
  ComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import type { NetworkingSession } from '../../../shared/contract';
import { isAppError } from '../../../shared/errors';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { Button } from '../../components/Button';
import { issuesToFieldErrors, type FieldErrors } from '../../components/field-errors';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';
import { fold, nameWithAgency } from './participant-text';
import { useRefusal } from './useSession';

/**
 * Someone who walked in and is not in the directory: a name, and an agency picked from the
 * directory's organizations or typed. The form stays open for the next person.
 */
export function OnTheSpotForm({ session }: { session: NetworkingSession }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refusal = useRefusal();
  const add = useCoreMutation('networking.addParticipant');
  const organizations = useCoreQuery('org.list', {});
  const [name, setName] = useState('');
  const [agency, setAgency] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const nameField = useRef<HTMLDivElement>(null);
  const orgs = (organizations.data ?? []).map((o) => ({ id: o.id, label: o.name }));
  // Only organizations that match what is typed are offered: none, and the list stays closed.
  const offered = orgs.filter((o) => fold(o.label).includes(fold(agency)));
  // A typed agency that is a directory organization's name is that organization.
  const organization = orgs.find((o) => fold(o.label) === fold(agency));

  const focusName = () => nameField.current?.querySelector('input')?.focus();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    if (!name.trim()) {
      setErrors({ name: t('validation.required') });
      focusName();
      return;
    }
    setErrors({});
    try {
      await add.mutateAsync({
        meetingId: session.meetingId,
        participant: {
          personId: null,
          name: name.trim(),
          organizationId: organization?.id ?? null,
          agency: organization?.label ?? agency.trim(),
        },
      });
      toast.info(
        t('networking.participants.added', {
          name: nameWithAgency({ name: name.trim(), agency: organization?.label ?? agency.trim() }),
        }),
      );
      setName('');
      setAgency('');
    } catch (refused) {
      const fields =
        isAppError(refused) && refused.issues?.length
          ? issuesToFieldErrors(refused.issues, t, refusal(refused))
          : {};
      // A duplicate is about the person as a whole: it is said on the name, where they look.
      setErrors({
        name: fields.name ?? (fields.agency ? undefined : refusal(refused)),
        agency: fields.agency,
      });
    }
    focusName();
  };

  return (
    <form
      className="networking-spot"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="networking-spot-title"
    >
      <h4 id="networking-spot-title" className="networking-spot__title">
        {t('networking.participants.onTheSpot')}
      </h4>
      <div className="networking-spot__fields">
        <div ref={nameField}>
          <TextField
            label={t('networking.participants.name')}
            value={name}
            onChange={(value) => {
              setName(value);
              if (errors.name) setErrors({});
            }}
            errorMessage={errors.name}
            isRequired
          />
        </div>
        <ComboBox
          className="field networking-picker"
          items={offered}
          inputValue={agency}
          onInputChange={setAgency}
          allowsCustomValue
          menuTrigger="input"
          isInvalid={Boolean(errors.agency)}
          validationBehavior="aria"
        >
          <Label className="field__label">{t('networking.participants.agency')}</Label>
          <div className="networking-picker__box">
            <Input className="field__input" />
            <AriaButton
              className="networking-picker__button"
              aria-label={t('networking.participants.showAgencies')}
            >
              <span aria-hidden="true">▾</span>
            </AriaButton>
          </div>
          <Text slot="description" className="field__description">
            {organization
              ? t('networking.participants.agencyKnown')
              : t('networking.participants.agencyDescription')}
          </Text>
          {errors.agency && <p className="field__error">{errors.agency}</p>}
          <Popover className="popover">
            <ListBox className="listbox">
              {(item: (typeof orgs)[number]) => (
                <ListBoxItem className="listbox__item" id={item.id} textValue={item.label}>
                  {item.label}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
        <div className="networking-spot__submit">
          <Button type="submit" variant="primary">
            {t('networking.participants.add')}
          </Button>
        </div>
      </div>
    </form>
  );
}
