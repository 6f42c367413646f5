import { useTranslation } from 'react-i18next';
import {
  SYSTEM_ISSUE_TAGS,
  type SystemIssueCategory,
  type SystemIssueStatus,
} from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { RadioGroup } from '../../components/RadioGroup';
import { Select } from '../../components/Select';
import { tagKey, useIssueText } from './issue-text';

export type IssueSort = 'frequency' | 'recent';

/** '' means "all" in each filter. */
export interface IssueFilterValues {
  sort: IssueSort;
  category: SystemIssueCategory | '';
  tag: string;
  status: SystemIssueStatus | '';
}

export const NO_FILTER: IssueFilterValues = {
  sort: 'frequency',
  category: '',
  tag: '',
  status: '',
};

/** The filter as the core takes it: "all" is no filter at all. */
export const filterInput = ({ sort, category, tag, status }: IssueFilterValues) => ({
  sort,
  ...(category ? { category } : {}),
  ...(tag ? { tag } : {}),
  ...(status ? { status } : {}),
});

export interface IssueFiltersProps {
  value: IssueFilterValues;
  onChange: (value: IssueFilterValues) => void;
}

/** How the log is ordered (most raised or most recent first) and narrowed. */
export function IssueFilters({ value, onChange }: IssueFiltersProps) {
  const { t } = useTranslation();
  const text = useIssueText();
  // Every tag on the log (the suggested ones first), not only those of the issues shown.
  const all = useCoreQuery('systemIssue.list', { sort: 'frequency' }, { handleErrors: true });
  const used = (all.data ?? []).flatMap((issue) => issue.tags);
  const seen = new Set<string>();
  const tags = [...SYSTEM_ISSUE_TAGS, ...used].filter((tag) => {
    const key = tagKey(tag);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const k = 'systemIssues.filters';
  const set = <F extends keyof IssueFilterValues>(name: F, next: IssueFilterValues[F]) =>
    onChange({ ...value, [name]: next });

  return (
    <div className="issue-filters" role="search" aria-label={t(`${k}.label`)}>
      <RadioGroup<IssueSort>
        label={t(`${k}.sort`)}
        value={value.sort}
        onChange={(sort) => set('sort', sort)}
        options={[
          { value: 'frequency', label: t(`${k}.mostRaised`) },
          { value: 'recent', label: t(`${k}.mostRecent`) },
        ]}
      />
      <Select<SystemIssueCategory | ''>
        label={t(`${k}.category`)}
        value={value.category}
        onChange={(category) => set('category', category)}
        options={[
          { id: '', label: t(`${k}.allCategories`) },
          { id: 'difficulty', label: t('systemIssues.category.difficulty') },
          { id: 'change_needed', label: t('systemIssues.category.change_needed') },
        ]}
      />
      <Select<string>
        label={t(`${k}.tag`)}
        value={value.tag}
        onChange={(tag) => set('tag', tag)}
        options={[
          { id: '', label: t(`${k}.allTags`) },
          ...tags.map((tag) => ({ id: tag, label: text.tag(tag) })),
        ]}
      />
      <Select<SystemIssueStatus | ''>
        label={t(`${k}.status`)}
        value={value.status}
        onChange={(status) => set('status', status)}
        options={[
          { id: '', label: t(`${k}.allStatuses`) },
          ...(['open', 'escalated', 'resolved'] as const).map((status) => ({
            id: status,
            label: t(`systemIssues.status.${status}`),
          })),
        ]}
      />
    </div>
  );
}
