import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SubjectField, TermStatus } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { SearchField } from '../../components/SearchField';
import { Select } from '../../components/Select';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { hasFilters, type GlossaryView } from './glossary-view';

export interface GlossaryFiltersProps {
  view: GlossaryView;
  onChange: (changes: Partial<GlossaryView>) => void;
}

/** The search and the filters; every choice is kept in the address. */
export function GlossaryFilters({ view, onChange }: GlossaryFiltersProps) {
  const { t } = useTranslation();
  // Archived agencies keep their words in the glossary: they stay in the list.
  const organizations = useCoreQuery('org.list', { includeArchived: true });
  const k = 'glossary.filters';

  return (
    <div className="filters glossary-filters" role="search" aria-label={t(`${k}.label`)}>
      <GlossarySearch value={view.q} onChange={(q) => onChange({ q })} />
      <Select<SubjectField | ''>
        label={t(`${k}.subject`)}
        value={view.subject}
        onChange={(subject) => onChange({ subject })}
        options={[
          { id: '', label: t(`${k}.anySubject`) },
          ...SubjectField.options.map((id) => ({ id, label: t(`glossary.subject.${id}`) })),
        ]}
      />
      <Select
        label={t(`${k}.agency`)}
        value={view.agency}
        onChange={(agency) => onChange({ agency })}
        options={[
          { id: '', label: t(`${k}.anyAgency`) },
          ...(organizations.data ?? []).map((o) => ({ id: o.id, label: o.name })),
        ]}
      />
      <Select<TermStatus | ''>
        label={t(`${k}.status`)}
        value={view.status}
        onChange={(status) => onChange({ status })}
        options={[
          { id: '', label: t(`${k}.anyStatus`) },
          ...TermStatus.options.map((id) => ({ id, label: t(`glossary.status.${id}`) })),
        ]}
      />
      <Checkbox
        isSelected={view.missingFrench}
        onChange={(missingFrench) => onChange({ missingFrench })}
        description={t(`${k}.missingFrenchDescription`)}
      >
        {t(`${k}.missingFrench`)}
      </Checkbox>
      {hasFilters(view) && (
        <Button
          variant="quiet"
          onPress={() => onChange({ subject: '', agency: '', status: '', missingFrench: false })}
        >
          {t(`${k}.clear`)}
        </Button>
      )}
    </div>
  );
}

/**
 * The search as typed, sent to the address (and the core) once typing pauses. A change of the
 * address from elsewhere (a link, Back) replaces what the field shows.
 */
function GlossarySearch({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const settled = useDebouncedValue(text, 250);
  const sent = useRef(value);

  useEffect(() => {
    if (settled === sent.current) return;
    sent.current = settled;
    onChange(settled);
  }, [settled, onChange]);

  useEffect(() => {
    if (value === sent.current) return;
    sent.current = value;
    setText(value);
  }, [value]);

  return (
    <SearchField
      label={t('glossary.filters.search')}
      value={text}
      onChange={setText}
      maxLength={200}
    />
  );
}
