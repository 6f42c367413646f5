import { getLocalTimeZone, today } from '@internationalized/date';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { MembershipView, Organization } from '../../../shared/contract';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { useFormDialog } from '../../app/useFormDialog';
import { BackLink } from '../../components/BackLink';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { DetailsList, type DetailRow } from '../../components/DetailsList';
import { PageTitle } from '../../components/PageTitle';
import { useToast } from '../../components/useToast';
import { websiteHref } from './links';
import { MembershipPeriod } from './MembershipPeriod';
import { OrganizationForm } from './OrganizationForm';
import { useFormatDay } from './useFormatDay';
import { useRecordActions } from './useRecordActions';

export function OrganizationDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useCoreQuery('org.get', { id });
  if (!query.data) return <p role="status">{t('common.loading')}</p>;
  const { organization, members } = query.data;
  return (
    <>
      <BackLink to="/directory/organizations">{t('directory.org.back')}</BackLink>
      <PageTitle>
        {organization.name}
        {organization.archivedAt !== null && <Badge>{t('common.archived')}</Badge>}
      </PageTitle>
      <OrganizationActions organization={organization} hasPeople={members.length > 0} />
      <OrganizationFields organization={organization} />
      <People
        title={t('directory.org.currentPeople')}
        empty={t('directory.org.noCurrentPeople')}
        members={members.filter((m) => m.endDate === null)}
      />
      <People
        title={t('directory.org.pastPeople')}
        empty={t('directory.org.noPastPeople')}
        members={members.filter((m) => m.endDate !== null)}
      />
    </>
  );
}

function OrganizationActions({
  organization,
  hasPeople,
}: {
  organization: Organization;
  hasPeople: boolean;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const editing = useFormDialog(`organization:${organization.id}`);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const update = useCoreMutation('org.update');
  const { archive, restore, destroy, failed } = useRecordActions('org', organization);
  const { id } = organization;

  const markVerified = () =>
    update
      .mutateAsync({ id, changes: { lastVerified: today(getLocalTimeZone()).toString() } })
      .then(() => toast.info(t('directory.org.verified')), failed);

  return (
    <div className="toolbar">
      <Button variant="primary" onPress={editing.open}>
        {t('common.edit')}
      </Button>
      <Button onPress={() => void markVerified()}>{t('directory.org.markVerified')}</Button>
      {organization.archivedAt === null ? (
        <Button onPress={() => void archive()}>{t('common.archive')}</Button>
      ) : (
        <Button onPress={() => void restore()}>{t('common.restore')}</Button>
      )}
      <Button
        variant="danger"
        isDisabled={hasPeople}
        aria-describedby={hasPeople ? 'delete-blocked' : undefined}
        onPress={() => setConfirmingDelete(true)}
      >
        {t('common.delete')}
      </Button>
      {hasPeople && (
        <p id="delete-blocked" className="toolbar__note">
          {t(
            organization.archivedAt === null
              ? 'directory.org.deleteBlocked'
              : 'directory.org.deleteBlockedArchived',
          )}
        </p>
      )}
      <OrganizationForm dialog={editing} organization={organization} />
      <ConfirmDialog
        isOpen={confirmingDelete}
        onOpenChange={setConfirmingDelete}
        title={t('directory.org.deleteTitle')}
        body={t('directory.org.deleteBody', { name })}
        confirmLabel={t('common.delete')}
        onConfirm={() => void destroy()}
        destructive
      />
    </div>
  );
}

function OrganizationFields({ organization: o }: { organization: Organization }) {
  const { t } = useTranslation();
  const day = useFormatDay();
  const rows: DetailRow[] = [
    [t('directory.org.fields.shortName'), o.shortName],
    [t('directory.org.fields.kind'), t(`directory.org.kind.${o.kind}`)],
    [t('directory.org.fields.services'), o.services],
    [t('directory.org.fields.phone'), o.phone && <a href={`tel:${o.phone}`}>{o.phone}</a>],
    [t('directory.org.fields.email'), o.email && <a href={`mailto:${o.email}`}>{o.email}</a>],
    [
      t('directory.org.fields.website'),
      o.website && (
        <a href={websiteHref(o.website)} target="_blank" rel="noreferrer">
          {o.website}
          <span className="visually-hidden"> {t('directory.org.opensExternally')}</span>
        </a>
      ),
    ],
    [t('directory.org.fields.address'), o.address],
    [t('directory.org.fields.notes'), o.notes],
    [
      t('directory.org.fields.lastVerified'),
      o.lastVerified ? day(o.lastVerified) : t('directory.org.neverVerified'),
    ],
  ];
  return (
    <section aria-labelledby="org-details">
      <h2 id="org-details">{t('directory.org.details')}</h2>
      <DetailsList rows={rows} />
    </section>
  );
}

function People({
  title,
  empty,
  members,
}: {
  title: string;
  empty: string;
  members: MembershipView[];
}) {
  const { t } = useTranslation();
  return (
    <section>
      <h2>{title}</h2>
      <DataTable
        caption={title}
        columns={[
          t('directory.person.columns.name'),
          t('directory.membership.role'),
          t('directory.membership.period'),
        ]}
        empty={empty}
        rows={members.map((m) => (
          <tr key={m.id}>
            <th scope="row">
              <Link to={`/directory/people/${m.personId}`}>{m.personName}</Link>
            </th>
            <td>{m.role}</td>
            <td>
              <MembershipPeriod membership={m} />
            </td>
          </tr>
        ))}
      />
    </section>
  );
}
