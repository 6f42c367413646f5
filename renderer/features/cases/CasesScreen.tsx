import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CaseStatus, CaseSummary } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { useFormDialog } from '../../app/useFormDialog';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable';
import { PageTitle } from '../../components/PageTitle';
import { SearchField } from '../../components/SearchField';
import { Select } from '../../components/Select';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { useMeetingFormat } from '../meetings/useMeetingFormat';
import { CaseForm } from './CaseForm';
import { CaseStatusText, OkMark, WarningMark } from './CaseMarks';
import { PrivacyHint } from './PrivacyHint';
import { SYSTEM_ISSUES_PATH } from '../system-issues/links';
import { casePath } from './links';
import './cases.css';

type StatusFilter = CaseStatus | 'all';

/** `/cases`: the cases the table follows, known by their codes, with what needs attention. */
export function CasesScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('open');
  const creating = useFormDialog('case:new');
  const search = useDebouncedValue(query.trim());
  const list = useCoreQuery(
    'case.list',
    { ...(status === 'all' ? {} : { status }), ...(search ? { query: search } : {}) },
    { keepPrevious: true },
  );
  const cases = list.data ?? [];
  const filtered = search !== '' || status !== 'open';

  return (
    <>
      <PageTitle>{t('cases.title')}</PageTitle>
      <PrivacyHint />
      <div className="toolbar">
        <Button variant="primary" onPress={creating.open}>
          {t('cases.new')}
        </Button>
        <Link to={SYSTEM_ISSUES_PATH}>{t('systemIssues.title')}</Link>
      </div>
      <div className="filters" role="search">
        <SearchField label={t('cases.search')} value={query} onChange={setQuery} />
        <Select<StatusFilter>
          label={t('cases.statusFilter')}
          value={status}
          onChange={setStatus}
          options={[
            { id: 'open', label: t('cases.filter.open') },
            { id: 'closed', label: t('cases.filter.closed') },
            { id: 'all', label: t('cases.filter.all') },
          ]}
        />
      </div>
      {list.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <DataTable
          caption={t('cases.caption')}
          className="case-table"
          columns={[
            t('cases.columns.code'),
            t('cases.columns.initials'),
            t('cases.columns.lead'),
            t('cases.columns.status'),
            t('cases.columns.nextReview'),
            t('cases.columns.consent'),
            { label: t('cases.columns.openActions'), className: 'table__number' },
          ]}
          empty={filtered ? t('cases.noMatch') : t('cases.empty')}
          rows={cases.map((kase) => (
            <CaseRow key={kase.id} kase={kase} />
          ))}
        />
      )}
      <CaseForm dialog={creating} onCreated={(kase) => void navigate(casePath(kase.id))} />
    </>
  );
}

function CaseRow({ kase }: { kase: CaseSummary }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  return (
    <tr>
      <th scope="row">
        <Link to={casePath(kase.id)} className="case-code">
          {kase.code}
        </Link>
      </th>
      <td>{kase.initials || <span className="muted">{t('cases.none')}</span>}</td>
      <td>{kase.leadOrganizationName ?? <span className="muted">{t('common.notSet')}</span>}</td>
      <td>
        <CaseStatusText kase={kase} />
      </td>
      <td>
        {kase.nextReviewDate ? (
          <span className="case-cell-lines">
            <span>{format.shortDay(kase.nextReviewDate)}</span>
            {kase.reviewDue && <WarningMark>{t('cases.reviewDue')}</WarningMark>}
          </span>
        ) : (
          <span className="muted">{t('common.notSet')}</span>
        )}
      </td>
      <td>
        {kase.agencies.length === 0 ? (
          <span className="muted">{t('cases.consent.noAgencies')}</span>
        ) : kase.consentGaps > 0 ? (
          <WarningMark>{t('cases.consent.gaps', { count: kase.consentGaps })}</WarningMark>
        ) : (
          <OkMark>{t('cases.consent.allConsent')}</OkMark>
        )}
      </td>
      <td className="table__number">{kase.openActions}</td>
    </tr>
  );
}
