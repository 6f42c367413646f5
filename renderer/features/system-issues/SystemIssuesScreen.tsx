import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { SystemIssue } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { useFormDialog } from '../../app/useFormDialog';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable';
import { PageTitle } from '../../components/PageTitle';
import { IssueDialog, type IssueDialogProps } from './IssueDialog';
import { IssueExport } from './IssueExport';
import { filterInput, IssueFilters, NO_FILTER, type IssueFilterValues } from './IssueFilters';
import { useIssueText } from './issue-text';
import { IssueStatusText } from './IssueStatusText';
import { ISSUE_PARAM } from './links';
import { NewIssueDialog } from './NewIssueDialog';
import { NoIdentifiersNote } from './NoIdentifiersNote';
import { useIssueDelete } from './useIssueDelete';
import './system-issues.css';

/**
 * `/system-issues`: difficulties arising and changes needed in the system, raised at the table's
 * meetings, by how often and how recently, for escalation to funders.
 */
export function SystemIssuesScreen() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<IssueFilterValues>(NO_FILTER);
  const creating = useFormDialog('systemIssue:new');
  const filter = filterInput(filters);
  const list = useCoreQuery('systemIssue.list', filter, { keepPrevious: true });
  const issues = list.data ?? [];
  const deleteIssue = useIssueDelete();
  const k = 'systemIssues';

  const openId = params.get(ISSUE_PARAM);
  const open = (id: string) => setParams({ [ISSUE_PARAM]: id });
  const close = useCallback(() => setParams({}, { replace: true }), [setParams]);
  const filtered = filters.category !== '' || filters.tag !== '' || filters.status !== '';

  return (
    <>
      <PageTitle>{t(`${k}.title`)}</PageTitle>
      <p className="lead">{t(`${k}.lead`)}</p>
      <NoIdentifiersNote />
      <div className="toolbar">
        <Button variant="primary" onPress={creating.open}>
          {t(`${k}.new`)}
        </Button>
      </div>
      <IssueFilters value={filters} onChange={setFilters} />
      {list.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <DataTable
          caption={t(`${k}.caption`)}
          className="issue-table"
          columns={[
            t(`${k}.columns.title`),
            t(`${k}.columns.category`),
            t(`${k}.columns.tags`),
            t(`${k}.columns.raised`),
            t(`${k}.columns.status`),
          ]}
          empty={filtered ? t(`${k}.noMatch`) : t(`${k}.empty`)}
          rows={issues.map((issue) => (
            <IssueRow key={issue.id} issue={issue} onOpen={open} />
          ))}
        />
      )}
      <IssueExport filter={filter} />
      <NewIssueDialog dialog={creating} />
      {openId !== null && (
        <OpenIssue
          id={openId}
          onClose={close}
          onDelete={(issue) => {
            close();
            void deleteIssue(issue);
          }}
        />
      )}
    </>
  );
}

/** The issue named in the address, even when the filters hide it (its status just changed). */
function OpenIssue({ id, ...props }: { id: string } & Omit<IssueDialogProps, 'issue'>) {
  const issue = useCoreQuery('systemIssue.get', { id }, { handleErrors: true });
  // Gone (deleted meanwhile, or a stale link): nothing to show over the list.
  return issue.data?.id === id ? <IssueDialog issue={issue.data} {...props} /> : null;
}

function IssueRow({ issue, onOpen }: { issue: SystemIssue; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const text = useIssueText();
  return (
    <tr>
      <th scope="row">
        <Button variant="quiet" onPress={() => onOpen(issue.id)}>
          {issue.title}
        </Button>
      </th>
      <td>{text.category(issue.category)}</td>
      <td>
        {issue.tags.length === 0 ? (
          <span className="muted">{t('systemIssues.noTags')}</span>
        ) : (
          <ul className="tag-chips" aria-label={t('systemIssues.tagsOf', { title: issue.title })}>
            {issue.tags.map((tag) => (
              <li key={tag} className="tag-chip">
                {text.tag(tag)}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>{text.raised(issue)}</td>
      <td>
        <IssueStatusText status={issue.status} />
      </td>
    </tr>
  );
}
