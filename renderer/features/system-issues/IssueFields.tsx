import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IdentifierHints } from '../../components/IdentifierHints';
import { RadioGroup } from '../../components/RadioGroup';
import { TextField } from '../../components/TextField';
import type { FormState, IssueValues } from './form-state';
import { TagField } from './TagField';

/** Title, description, category and tags, with identifier hints under what people type. */
export function IssueFields<V extends IssueValues>({
  form,
  autoFocus,
}: {
  form: FormState<V>;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const descriptionId = useId();
  const { values, errors } = form;
  const k = 'systemIssues.fields';
  return (
    <>
      <div className="form__wide">
        <TextField
          {...form.text('title')}
          id={titleId}
          label={t(`${k}.title`)}
          description={t(`${k}.titleDescription`)}
          isRequired
          autoFocus={autoFocus}
          autoComplete="off"
        />
        <IdentifierHints
          value={values.title}
          onChange={(next) => form.set('title', next as V['title'])}
          fieldId={titleId}
        />
      </div>
      <div className="form__wide">
        <TextField
          {...form.text('description')}
          id={descriptionId}
          label={t(`${k}.description`)}
          description={t(`${k}.descriptionHelp`)}
          multiline
        />
        <IdentifierHints
          value={values.description}
          onChange={(next) => form.set('description', next as V['description'])}
          fieldId={descriptionId}
        />
      </div>
      <div className="form__wide">
        <RadioGroup
          label={t(`${k}.category`)}
          value={values.category}
          onChange={(category) => form.set('category', category as V['category'])}
          options={[
            { value: 'difficulty', label: t('systemIssues.category.difficulty') },
            { value: 'change_needed', label: t('systemIssues.category.change_needed') },
          ]}
        />
      </div>
      <div className="form__wide">
        <TagField
          value={values.tags}
          onChange={(tags) => form.set('tags', tags as V['tags'])}
          errorMessage={errors.tags}
        />
      </div>
    </>
  );
}
