import { use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MeetingKind, TemplateItem, type Language, type Template } from '../../../shared/contract';
import { DraftsContext } from '../../app/drafts';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { useDraft } from '../../app/useDraft';
import { useSettings } from '../../app/useSettings';
import { BackLink } from '../../components/BackLink';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageTitle } from '../../components/PageTitle';
import { RadioGroup } from '../../components/RadioGroup';
import { Select } from '../../components/Select';
import { useToast } from '../../components/useToast';
import {
  blankRow,
  checkRows,
  itemOf,
  ItemDraftList,
  newRowKey,
  type DraftRow,
  type RowErrors,
} from './ItemDraftList';
import { useErrorToast } from './useErrorToast';
import { useMeetingFormat } from './useMeetingFormat';
import { wholeNumber } from './whole-number';

/** Settings › Agenda templates: the items each kind of meeting starts with, per language. */
export function TemplateEditor() {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const [kind, setKind] = useState<MeetingKind>('case_consultation');
  const [language, setLanguage] = useState<Language>(settings.language);
  const query = useCoreQuery('template.get', { kind, language });
  // Bumped to start the editor again from the saved template, dropping unsaved edits.
  const [fresh, setFresh] = useState(0);
  return (
    <>
      <BackLink to="/settings">{t('templates.back')}</BackLink>
      <PageTitle>{t('templates.title')}</PageTitle>
      <p className="lead">{t('templates.intro')}</p>
      <div className="filters templates__pick">
        <Select<MeetingKind>
          label={t('templates.kind')}
          value={kind}
          onChange={setKind}
          options={MeetingKind.options.map((k) => ({ id: k, label: t(`meetings.kind.${k}`) }))}
        />
        <RadioGroup<Language>
          label={t('templates.language')}
          value={language}
          onChange={setLanguage}
          options={[
            { value: 'en', label: 'English', lang: 'en' },
            { value: 'fr', label: 'Français', lang: 'fr' },
          ]}
        />
      </div>
      {query.data ? (
        // A fresh editor for each template and each saved version of it.
        <TemplateItems
          key={`${kind}:${language}:${fresh}:${JSON.stringify(query.data.items)}`}
          template={query.data}
          onDiscard={() => setFresh((n) => n + 1)}
        />
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </>
  );
}

const rowsOf = (template: Template): DraftRow[] =>
  template.items.map((item) => ({
    key: newRowKey(),
    title: item.title,
    kind: item.kind,
    minutes: String(item.plannedMinutes),
    recurring: item.recurring,
  }));

function TemplateItems({ template, onDiscard }: { template: Template; onDiscard: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const failed = useErrorToast();
  const { minutes } = useMeetingFormat();
  const { kind, language } = template;
  const kindName = t(`meetings.kind.${kind}`);
  // Kept with the drafts: switching to another template and back, or a reload, keeps the edits.
  const draftKey = `template:${kind}:${language}`;
  const drafts = use(DraftsContext);
  const [rows, setRows, discard] = useDraft(draftKey, () => rowsOf(template));
  const [errors, setErrors] = useState<RowErrors>({});
  const [confirmingReset, setConfirmingReset] = useState(false);
  const save = useCoreMutation('template.save');
  const reset = useCoreMutation('template.reset');
  const total = rows.reduce((sum, row) => sum + (wholeNumber(row.minutes) || 0), 0);

  const onSave = () => {
    const checked = checkRows(rows, TemplateItem, itemOf, t);
    if (checked.errors) {
      setErrors(checked.errors);
      toast.error(t('templates.fixErrors'));
      return;
    }
    setErrors({});
    void save.mutateAsync({ kind, language, items: checked.items }).then(() => {
      discard();
      toast.info(t('templates.saved', { kind: kindName }));
    }, failed);
  };

  const onReset = () =>
    void reset.mutateAsync({ kind, language }).then(() => {
      discard();
      toast.info(t('templates.resetDone', { kind: kindName }));
    }, failed);

  return (
    <section aria-labelledby="template-heading">
      <h2 id="template-heading">
        {t('templates.itemsOf', { kind: kindName })}{' '}
        <Badge>{template.customised ? t('templates.customised') : t('templates.shipped')}</Badge>
      </h2>
      <p>{t('templates.total', { minutes: minutes(total) })}</p>
      <ItemDraftList
        label={t('templates.itemsOf', { kind: kindName })}
        rows={rows}
        onChange={setRows}
        newRow={blankRow}
        errors={errors}
      />
      <div className="toolbar">
        <Button variant="primary" onPress={onSave}>
          {t('templates.save')}
        </Button>
        {drafts.has(draftKey) && (
          <Button
            onPress={() => {
              discard();
              setErrors({});
              onDiscard();
            }}
          >
            {t('templates.discard')}
          </Button>
        )}
        <Button
          variant="danger"
          isDisabled={!template.customised}
          onPress={() => setConfirmingReset(true)}
        >
          {t('templates.reset')}
        </Button>
      </div>
      <ConfirmDialog
        isOpen={confirmingReset}
        onOpenChange={setConfirmingReset}
        title={t('templates.resetTitle')}
        body={t('templates.resetBody', { kind: kindName })}
        confirmLabel={t('templates.reset')}
        onConfirm={onReset}
        destructive
      />
    </section>
  );
}
