import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { MembershipView, Person } from '../../../shared/contract';
import { isAppError } from '../../../shared/errors';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { useFormDialog } from '../../app/useFormDialog';
import { BackLink } from '../../components/BackLink';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { DetailsList } from '../../components/DetailsList';
import { PageTitle } from '../../components/PageTitle';
import { useToast } from '../../components/useToast';
import { LeaveForm } from './LeaveForm';
import { MembershipForm } from './MembershipForm';
import { MembershipPeriod } from './MembershipPeriod';
import { PersonForm } from './PersonForm';
import { useRecordActions } from './useRecordActions';

export function PersonDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useCoreQuery('person.get', { id });
  const adding = useFormDialog(`membership:new:${id}`);
  if (!query.data) return <p role="status">{t('common.loading')}</p>;
  const { person, memberships } = query.data;
  const current = memberships.filter((m) => m.endDate === null);
  const past = memberships.filter((m) => m.endDate !== null);
  return (
    <>
      <BackLink to="/directory/people">{t('directory.person.back')}</BackLink>
      <PageTitle>
        {person.name}
        {person.archivedAt !== null && <Badge>{t('common.archived')}</Badge>}
      </PageTitle>
      <PersonActions person={person} />
      <section aria-labelledby="person-details">
        <h2 id="person-details">{t('directory.person.details')}</h2>
        <DetailsList
          rows={[
            [
              t('directory.person.fields.email'),
              person.email && <a href={`mailto:${person.email}`}>{person.email}</a>,
            ],
            [
              t('directory.person.fields.phone'),
              person.phone && <a href={`tel:${person.phone}`}>{person.phone}</a>,
            ],
            [t('directory.person.fields.notes'), person.notes],
          ]}
        />
      </section>

      <section aria-labelledby="current-memberships">
        <h2 id="current-memberships">{t('directory.membership.current')}</h2>
        <Memberships
          title={t('directory.membership.current')}
          items={current}
          empty={t('directory.membership.noCurrent')}
        />
        <Button onPress={adding.open}>{t('directory.membership.add')}</Button>
      </section>
      <section aria-labelledby="past-memberships">
        <h2 id="past-memberships">{t('directory.membership.past')}</h2>
        <Memberships
          title={t('directory.membership.past')}
          items={past}
          empty={t('directory.membership.noPast')}
        />
      </section>
      <MembershipForm dialog={adding} personId={person.id} />
    </>
  );
}

function PersonActions({ person }: { person: Person }) {
  const { t } = useTranslation();
  const editing = useFormDialog(`person:${person.id}`);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const { archive, restore, destroy } = useRecordActions('person', person);
  const { name } = person;

  return (
    <div className="toolbar">
      <Button variant="primary" onPress={editing.open}>
        {t('common.edit')}
      </Button>
      {person.archivedAt === null ? (
        <Button onPress={() => void archive()}>{t('common.archive')}</Button>
      ) : (
        <Button onPress={() => void restore()}>{t('common.restore')}</Button>
      )}
      <Button variant="danger" onPress={() => setConfirmingDelete(true)}>
        {t('common.delete')}
      </Button>
      <PersonForm dialog={editing} person={person} />
      <ConfirmDialog
        isOpen={confirmingDelete}
        onOpenChange={setConfirmingDelete}
        title={t('directory.person.deleteTitle')}
        body={t('directory.person.deleteBody', { name })}
        confirmLabel={t('common.delete')}
        onConfirm={() => void destroy()}
        destructive
      />
    </div>
  );
}

function Memberships({
  title,
  items,
  empty,
}: {
  title: string;
  items: MembershipView[];
  empty: string;
}) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={title}
      columns={[
        t('directory.membership.organization'),
        t('directory.membership.role'),
        t('directory.membership.period'),
      ]}
      hasActions
      empty={empty}
      rows={items.map((m) => (
        <MembershipRow key={m.id} membership={m} />
      ))}
    />
  );
}

function MembershipRow({ membership: m }: { membership: MembershipView }) {
  const { t } = useTranslation();
  const toast = useToast();
  const editing = useFormDialog(`membership:${m.id}`);
  const leaving = useFormDialog(`membership:${m.id}:leave`);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const remove = useCoreMutation('membership.remove');
  const organization = m.organizationName;

  const removeMembership = () =>
    remove.mutateAsync({ id: m.id }).then(
      () => toast.info(t('directory.membership.removed')),
      (error: unknown) => toast.error(t(`errors.${isAppError(error) ? error.code : 'internal'}`)),
    );

  return (
    <tr>
      <th scope="row">
        <Link to={`/directory/organizations/${m.organizationId}`}>{organization}</Link>
      </th>
      <td>{m.role}</td>
      <td>
        <MembershipPeriod membership={m} />
      </td>
      <td>
        <div className="row-actions">
          {m.endDate === null && (
            <Button onPress={leaving.open}>
              {t('directory.membership.left')}
              <Context organization={organization} />
            </Button>
          )}
          <Button onPress={editing.open}>
            {t('directory.membership.edit')}
            <Context organization={organization} />
          </Button>
          <Button variant="danger" onPress={() => setConfirmingRemove(true)}>
            {t('directory.membership.remove')}
            <Context organization={organization} />
          </Button>
        </div>
        <LeaveForm dialog={leaving} membership={m} />
        <MembershipForm dialog={editing} personId={m.personId} membership={m} />
        <ConfirmDialog
          isOpen={confirmingRemove}
          onOpenChange={setConfirmingRemove}
          title={t('directory.membership.removeTitle')}
          body={t('directory.membership.removeBody', { organization })}
          confirmLabel={t('directory.membership.remove')}
          onConfirm={() => void removeMembership()}
          destructive
        />
      </td>
    </tr>
  );
}

/** Row buttons read "Edit – Community Health Centre" to a screen reader, not a list of "Edit". */
function Context({ organization }: { organization: string }) {
  return <span className="visually-hidden"> – {organization}</span>;
}
