import { useTranslation } from 'react-i18next';
import { ActionSort, DueFilter } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';
import { DEFAULT_VIEW, isFiltered, STATUS_CHOICES, type RegisterView } from './register-view';

export interface RegisterFiltersProps {
  view: RegisterView;
  onChange: (changes: Partial<RegisterView>) => void;
}

/** Which actions the register lists and in what order; every choice is kept in the address. */
export function RegisterFilters({ view, onChange }: RegisterFiltersProps) {
  const { t } = useTranslation();
  // Archived agencies and people still own old actions: they stay in the lists.
  const organizations = useCoreQuery('org.list', { includeArchived: true });
  const people = useCoreQuery('person.list', { includeArchived: true });
  const series = useCoreQuery('series.list', {});
  const k = 'actions.register.filters';

  return (
    <div className="filters action-filters" role="search" aria-label={t(`${k}.label`)}>
      <Select
        label={t(`${k}.agency`)}
        value={view.agency}
        onChange={(agency) => onChange({ agency })}
        options={[
          { id: '', label: t(`${k}.anyAgency`) },
          ...(organizations.data ?? []).map((o) => ({ id: o.id, label: o.name })),
        ]}
      />
      <Select
        label={t(`${k}.person`)}
        value={view.person}
        onChange={(person) => onChange({ person })}
        options={[
          { id: '', label: t(`${k}.anyPerson`) },
          ...(people.data ?? []).map((p) => ({ id: p.id, label: p.name })),
        ]}
      />
      <Select
        label={t(`${k}.series`)}
        value={view.series}
        onChange={(chosen) => onChange({ series: chosen })}
        options={[
          { id: '', label: t(`${k}.anySeries`) },
          ...(series.data ?? []).map((s) => ({ id: s.id, label: s.title })),
        ]}
      />
      <Select
        label={t(`${k}.status`)}
        value={view.status}
        onChange={(status) => onChange({ status })}
        options={STATUS_CHOICES.map((id) => ({ id, label: t(`${k}.statusChoice.${id}`) }))}
      />
      <Select
        label={t(`${k}.due`)}
        value={view.due}
        onChange={(due) => onChange({ due })}
        options={DueFilter.options.map((id) => ({ id, label: t(`${k}.dueChoice.${id}`) }))}
      />
      <Select
        label={t(`${k}.sort`)}
        value={view.sort}
        onChange={(sort) => onChange({ sort })}
        options={ActionSort.options.map((id) => ({ id, label: t(`${k}.sortChoice.${id}`) }))}
      />
      <Select
        label={t(`${k}.order`)}
        value={view.descending ? 'desc' : 'asc'}
        onChange={(order) => onChange({ descending: order === 'desc' })}
        options={[
          { id: 'asc', label: t(`${k}.ascending`) },
          { id: 'desc', label: t(`${k}.descending`) },
        ]}
      />
      {isFiltered(view) && (
        // Clearing the filters keeps the order the person chose.
        <Button
          variant="quiet"
          onPress={() =>
            onChange({
              agency: '',
              person: '',
              series: '',
              status: DEFAULT_VIEW.status,
              due: DEFAULT_VIEW.due,
            })
          }
        >
          {t(`${k}.clear`)}
        </Button>
      )}
    </div>
  );
}
