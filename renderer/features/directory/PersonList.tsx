import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MembershipView } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { useFormDialog } from '../../app/useFormDialog';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { SearchField } from '../../components/SearchField';
import { Select } from '../../components/Select';
import { Switch } from '../../components/Switch';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { CsvTransfer } from './CsvTransfer';
import { DirectoryHeader } from './DirectoryHeader';
import { PersonForm } from './PersonForm';

const ALL = '';

export function PersonList() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [organizationId, setOrganizationId] = useState(ALL);
  const [includeArchived, setIncludeArchived] = useState(false);
  const creating = useFormDialog('person:new');
  const search = useDebouncedValue(query.trim());
  const organizations = useCoreQuery('org.list', {});

  const list = useCoreQuery(
    'person.list',
    {
      ...(search ? { query: search } : {}),
      ...(organizationId === ALL ? {} : { organizationId }),
      includeArchived,
    },
    { keepPrevious: true },
  );
  const people = list.data ?? [];
  const filtered = search !== '' || organizationId !== ALL;

  return (
    <>
      <DirectoryHeader />
      <div className="toolbar">
        <Button variant="primary" onPress={creating.open}>
          {t('directory.person.new')}
        </Button>
        <CsvTransfer entity="people" />
      </div>
      <div className="filters" role="search">
        <SearchField label={t('directory.person.search')} value={query} onChange={setQuery} />
        <Select
          label={t('directory.person.orgFilter')}
          value={organizationId}
          onChange={setOrganizationId}
          options={[
            { id: ALL, label: t('directory.person.allOrganizations') },
            ...(organizations.data ?? []).map((o) => ({ id: o.id, label: o.name })),
          ]}
        />
        <Switch isSelected={includeArchived} onChange={setIncludeArchived}>
          {t('directory.showArchived')}
        </Switch>
      </div>

      {list.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : people.length === 0 ? (
        <p className="empty">{filtered ? t('directory.noMatch') : t('directory.person.empty')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('directory.person.listLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('directory.person.columns.name')}</th>
              <th scope="col">{t('directory.person.columns.current')}</th>
              <th scope="col">{t('directory.person.columns.email')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <th scope="row">
                  <Link to={`/directory/people/${person.id}`}>{person.name}</Link>
                  {person.archivedAt !== null && <Badge>{t('common.archived')}</Badge>}
                </th>
                <td>
                  <CurrentJobs jobs={person.current} />
                </td>
                <td>{person.email}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <PersonForm dialog={creating} />
    </>
  );
}

function CurrentJobs({ jobs }: { jobs: MembershipView[] }) {
  const { t } = useTranslation();
  if (jobs.length === 0) return <span className="muted">{t('directory.person.noCurrent')}</span>;
  return (
    <ul className="plain-list">
      {jobs.map((job) => (
        <li key={job.id}>
          {job.organizationName}
          {job.role && <span className="muted"> — {job.role}</span>}
        </li>
      ))}
    </ul>
  );
}
