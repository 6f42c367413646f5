import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrgKind } from '../../../shared/contract';
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
import { OrganizationForm } from './OrganizationForm';

type KindFilter = OrgKind | 'all';

export function OrganizationList() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<KindFilter>('all');
  const [includeArchived, setIncludeArchived] = useState(false);
  const creating = useFormDialog('organization:new');
  const search = useDebouncedValue(query.trim());

  const list = useCoreQuery(
    'org.list',
    {
      ...(search ? { query: search } : {}),
      ...(kind === 'all' ? {} : { kind }),
      includeArchived,
    },
    { keepPrevious: true },
  );
  const organizations = list.data ?? [];
  const filtered = search !== '' || kind !== 'all';

  return (
    <>
      <DirectoryHeader />
      <div className="toolbar">
        <Button variant="primary" onPress={creating.open}>
          {t('directory.org.new')}
        </Button>
        <CsvTransfer entity="organizations" />
      </div>
      <div className="filters" role="search">
        <SearchField label={t('directory.org.search')} value={query} onChange={setQuery} />
        <Select<KindFilter>
          label={t('directory.org.kindFilter')}
          value={kind}
          onChange={setKind}
          options={[
            { id: 'all', label: t('directory.org.allKinds') },
            ...OrgKind.options.map((k) => ({ id: k, label: t(`directory.org.kind.${k}`) })),
          ]}
        />
        <Switch isSelected={includeArchived} onChange={setIncludeArchived}>
          {t('directory.showArchived')}
        </Switch>
      </div>

      {list.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : organizations.length === 0 ? (
        <p className="empty">{filtered ? t('directory.noMatch') : t('directory.org.empty')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('directory.org.listLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('directory.org.columns.name')}</th>
              <th scope="col">{t('directory.org.columns.shortName')}</th>
              <th scope="col">{t('directory.org.columns.kind')}</th>
              <th scope="col" className="table__number">
                {t('directory.org.columns.people')}
              </th>
            </tr>
          </thead>
          <tbody>
            {organizations.map((org) => (
              <tr key={org.id}>
                <th scope="row">
                  <Link to={`/directory/organizations/${org.id}`}>{org.name}</Link>
                  {org.archivedAt !== null && <Badge>{t('common.archived')}</Badge>}
                </th>
                <td>{org.shortName}</td>
                <td>{t(`directory.org.kind.${org.kind}`)}</td>
                <td className="table__number">{org.currentPeople}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <OrganizationForm dialog={creating} />
    </>
  );
}
