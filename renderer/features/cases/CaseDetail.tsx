import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Case } from '../../../shared/contract';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { useFormDialog } from '../../app/useFormDialog';
import { BackLink } from '../../components/BackLink';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { DetailsList, type DetailRow } from '../../components/DetailsList';
import { PageTitle } from '../../components/PageTitle';
import { useToast } from '../../components/useToast';
import { useErrorToast } from '../meetings/useErrorToast';
import { todayIso } from '../meetings/schedule';
import { useMeetingFormat } from '../meetings/useMeetingFormat';
import { CaseForm } from './CaseForm';
import { CaseStatusText, isReviewDue, WarningMark } from './CaseMarks';
import { CaseTimeline } from './CaseTimeline';
import { CloseCaseForm } from './CloseCaseForm';
import { ConsentGrid } from './ConsentGrid';
import { PrivacyHint } from './PrivacyHint';
import { PrivacyCurtain, PrivacyToggle } from './PrivacyScreen';
import { CASES_PATH, casePath } from './links';
import './cases.css';

/** `/cases/:id`: one case — its code, consent per agency, and every review of it. */
export function CaseDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useCoreQuery('case.get', { id });
  const kase = query.data;
  if (!kase) return <p role="status">{t('common.loading')}</p>;
  return (
    <>
      <BackLink to={CASES_PATH}>{t('cases.back')}</BackLink>
      <PageTitle>
        <span className="case-title__label">{t('cases.titleLabel')}</span>{' '}
        <span className="case-title__code">{kase.code}</span>{' '}
        <Badge>{t(`cases.status.${kase.status}`)}</Badge>
      </PageTitle>
      <PrivacyHint />
      <CaseActions kase={kase} />
      {/* The code stays in view; its facts, consent and reviews hide when the room may see. */}
      <PrivacyCurtain>
        <CaseFacts kase={kase} />
        <ConsentGrid kase={kase} />
        <CaseTimeline caseId={kase.id} />
      </PrivacyCurtain>
    </>
  );
}

function CaseFacts({ kase }: { kase: Case }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const due = isReviewDue(kase, todayIso());
  const rows: DetailRow[] = [
    [t('cases.fields.initials'), kase.initials],
    [t('cases.fields.lead'), kase.leadOrganizationName],
    [t('cases.fields.status'), <CaseStatusText key="status" kase={kase} />],
    ...(kase.status === 'closed'
      ? ([[t('cases.fields.closeReason'), kase.closeReason]] satisfies DetailRow[])
      : []),
    [t('cases.fields.openedOn'), format.shortDay(kase.openedOn)],
    [
      t('cases.fields.nextReview'),
      kase.nextReviewDate &&
        (due ? (
          <WarningMark>
            {t('cases.dueOn', { date: format.shortDay(kase.nextReviewDate) })}
          </WarningMark>
        ) : (
          format.shortDay(kase.nextReviewDate)
        )),
    ],
  ];
  return (
    <section aria-labelledby="case-details">
      <h2 id="case-details">{t('cases.details')}</h2>
      {kase.purgedAt !== null && (
        <p className="notice">
          {t('cases.purged', { date: format.shortDay(isoDay(kase.purgedAt)) })}
        </p>
      )}
      <DetailsList rows={rows} />
      {due && <p className="case-due-note">{t('cases.dueNote')}</p>}
    </section>
  );
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function CaseActions({ kase }: { kase: Case }) {
  const { t } = useTranslation();
  const toast = useToast();
  const failed = useErrorToast();
  const navigate = useNavigate();
  const editing = useFormDialog(`case:${kase.id}`);
  const closing = useFormDialog(`case:${kase.id}:close`);
  const reopen = useCoreMutation('case.reopen');
  const remove = useCoreMutation('case.delete');
  const undelete = useCoreMutation('case.undelete');
  const { id, code } = kase;

  const destroy = () =>
    remove.mutateAsync({ id }).then(() => {
      void navigate(CASES_PATH);
      toast.info(t('cases.deleted', { code }), {
        label: t('common.undo'),
        onAction: () =>
          void undelete.mutateAsync({ id }).then(() => {
            toast.info(t('cases.restored', { code }));
            void navigate(casePath(id));
          }, failed),
      });
    }, failed);

  return (
    <div className="toolbar">
      <Button variant="primary" onPress={editing.open}>
        {t('common.edit')}
      </Button>
      {kase.status === 'open' ? (
        <Button onPress={closing.open}>{t('cases.close')}</Button>
      ) : (
        <Button
          onPress={() =>
            void reopen
              .mutateAsync({ id })
              .then(() => toast.info(t('cases.reopened', { code })), failed)
          }
        >
          {t('cases.reopen')}
        </Button>
      )}
      <Button variant="danger" onPress={() => void destroy()}>
        {t('common.delete')}
      </Button>
      <PrivacyToggle />
      <CaseForm dialog={editing} kase={kase} />
      <CloseCaseForm dialog={closing} kase={kase} />
    </div>
  );
}
