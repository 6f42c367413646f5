import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HomeDashboard, PartnerCadence } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { useFormDialog } from '../../app/useFormDialog';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ACTIONS_PATH } from '../actions/links';
import { MEETINGS_PATH, meetingPath } from '../meetings/links';
import { useMeetingFormat } from '../meetings/useMeetingFormat';
import { notesPath } from '../notes/links';
import { CadenceStatusText } from '../partners/CadenceStatusText';
import { attentionPath } from '../partners/cadence-view';
import { ContactForm } from '../partners/ContactForm';
import { casePath, CHANGES_PATH, changePath, PARTNERS_PATH, partnerPath } from '../partners/links';
import { useFocusAfterRemoval, type FocusTracking } from '../partners/useFocusAfterRemoval';
import { HomeSection } from './HomeSection';

/** Where the cases screens list every case. */
const CASES_PATH = '/cases';

/** The register filtered to one agency's open actions (every agency when none is named). */
const agencyActionsPath = (organizationId: string | null) =>
  organizationId
    ? `${ACTIONS_PATH}?${new URLSearchParams({ agency: organizationId }).toString()}`
    : ACTIONS_PATH;

/** Actions shown under each agency; the rest are a link away, in the register. */
export const ACTIONS_SHOWN = 5;

/** Said in words and marked by a shape, never by colour alone. */
function Overdue({ children }: { children: string }) {
  return (
    <span className="overdue">
      <span aria-hidden="true" className="overdue__icon">
        ⚠
      </span>{' '}
      {children}
    </span>
  );
}

export function NextMeetings({ meetings }: { meetings: HomeDashboard['nextMeetings'] }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  return (
    <HomeSection
      title={t('home.meetings.title')}
      more={<Link to={MEETINGS_PATH}>{t('home.meetings.all')}</Link>}
    >
      {meetings.length === 0 ? (
        <p className="empty">{t('home.meetings.empty')}</p>
      ) : (
        <ul className="home-list">
          {meetings.map((m) => (
            <li key={m.id} className="home-list__entry">
              <Link to={meetingPath(m.id)} className="home-list__link">
                {m.title}
              </Link>
              {m.status === 'in_progress' && (
                <>
                  {' '}
                  <Badge>{t('meetings.status.in_progress')}</Badge>
                </>
              )}
              <span className="home-list__detail">
                {format.shortDay(m.date)}, {format.wallClock(m.startTime)}
                {' · '}
                {t(`meetings.kind.${m.kind}`, { defaultValue: m.kind })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </HomeSection>
  );
}

export function ActionsDue({ groups }: { groups: HomeDashboard['actionsDue'] }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const count = groups.reduce((sum, group) => sum + group.actions.length, 0);
  return (
    <HomeSection
      title={t('home.actions.title')}
      count={count}
      more={<Link to={ACTIONS_PATH}>{t('home.actions.register')}</Link>}
    >
      {groups.length === 0 ? (
        <p className="empty">{t('home.actions.empty')}</p>
      ) : (
        groups.map((group) => {
          const agency = group.organizationName ?? t('home.actions.noAgency');
          const hidden = group.actions.length - ACTIONS_SHOWN;
          return (
            <div key={group.organizationId ?? ''} className="home-group">
              <h3 className="home-group__title">{agency}</h3>
              <ul className="home-list">
                {group.actions.slice(0, ACTIONS_SHOWN).map((action) => (
                  <li key={action.id} className="home-list__entry">
                    <Link to={notesPath(action.meetingId)} className="home-list__link">
                      {action.description}
                    </Link>
                    <span className="home-list__detail">
                      {action.overdue ? (
                        <Overdue>
                          {t('home.actions.overdue', { date: format.shortDay(action.dueDate) })}
                        </Overdue>
                      ) : (
                        t('home.actions.due', { date: format.shortDay(action.dueDate) })
                      )}
                    </span>
                  </li>
                ))}
              </ul>
              {/* Actions of no agency: the register link under the section is theirs, unless some are hidden. */}
              {(group.organizationId || hidden > 0) && (
                <p className="home-group__more">
                  <Link to={agencyActionsPath(group.organizationId)}>
                    {!group.organizationId
                      ? t('home.actions.moreUnnamed', { count: hidden })
                      : hidden > 0
                        ? t('home.actions.more', { count: hidden, name: agency })
                        : t('home.actions.inRegister', { name: agency })}
                  </Link>
                </p>
              )}
            </div>
          );
        })
      )}
    </HomeSection>
  );
}

export function PartnersDue({ partners, total }: { partners: PartnerCadence[]; total: number }) {
  const { t } = useTranslation();
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // A partner logged here leaves the list: focus goes on to the next one's "Log contact".
  const track = useFocusAfterRemoval(
    partners.map((p) => p.organizationId),
    list,
    () => heading.current,
  );
  return (
    <HomeSection
      title={t('home.partners.title')}
      count={total}
      headingRef={heading}
      more={
        <Link to={total > partners.length ? attentionPath(PARTNERS_PATH) : PARTNERS_PATH}>
          {total > partners.length
            ? t('home.partners.all', { count: total })
            : t('home.partners.cadence')}
        </Link>
      }
    >
      {partners.length === 0 ? (
        <PartnersEmpty />
      ) : (
        <ul className="home-list" ref={list}>
          {partners.map((partner) => (
            <PartnerDue
              key={partner.organizationId}
              partner={partner}
              track={track(partner.organizationId)}
            />
          ))}
        </ul>
      )}
    </HomeSection>
  );
}

/** "On track" only when there are partners to be on track. */
function PartnersEmpty() {
  const { t } = useTranslation();
  const cadence = useCoreQuery('partner.cadence', {});
  if (cadence.data === undefined) return null;
  return (
    <p className="empty">
      {cadence.data.length === 0 ? t('home.partners.none') : t('home.partners.empty')}
    </p>
  );
}

function PartnerDue({ partner, track }: { partner: PartnerCadence; track: FocusTracking }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const logging = useFormDialog(`contact:new:${partner.organizationId}`);
  return (
    <li className="home-list__entry home-partner" {...track}>
      <div>
        <Link to={partnerPath(partner.organizationId)} className="home-list__link">
          {partner.name}
        </Link>
        <span className="home-list__detail">
          <CadenceStatusText status={partner.status} />
          {' · '}
          {partner.lastContactDate === null
            ? t('home.partners.never')
            : t('home.partners.lastContact', { date: format.shortDay(partner.lastContactDate) })}
        </span>
      </div>
      <Button
        onPress={logging.open}
        aria-label={t('common.actionOn', {
          action: t('partners.cadence.log'),
          name: partner.name,
        })}
      >
        {t('partners.cadence.log')}
      </Button>
      <ContactForm
        dialog={logging}
        organizationId={partner.organizationId}
        organizationName={partner.name}
      />
    </li>
  );
}

export function CasesDue({ cases }: { cases: HomeDashboard['casesDue'] }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  return (
    <HomeSection
      title={t('home.cases.title')}
      count={cases.length}
      more={<Link to={CASES_PATH}>{t('home.cases.all')}</Link>}
    >
      {cases.length === 0 ? (
        <p className="empty">{t('home.cases.empty')}</p>
      ) : (
        <ul className="home-list">
          {cases.map((c) => (
            <li key={c.id} className="home-list__entry">
              <Link to={casePath(c.id)} className="home-list__link">
                {c.code}
              </Link>
              <span className="home-list__detail">
                {c.overdue ? (
                  <Overdue>
                    {t('home.cases.overdue', { date: format.shortDay(c.nextReviewDate) })}
                  </Overdue>
                ) : (
                  t('home.cases.due', { date: format.shortDay(c.nextReviewDate) })
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </HomeSection>
  );
}

export function ChangesPending({ changes }: { changes: HomeDashboard['changesPending'] }) {
  const { t } = useTranslation();
  return (
    <HomeSection
      title={t('home.changes.title')}
      count={changes.length}
      more={<Link to={CHANGES_PATH}>{t('home.changes.all')}</Link>}
    >
      {changes.length === 0 ? (
        <ChangesEmpty />
      ) : (
        <ul className="home-list">
          {changes.map((change) => (
            <li key={change.id} className="home-list__entry">
              <Link to={changePath(change.id)} className="home-list__link">
                {change.title}
              </Link>
              <span className="home-list__detail home-change">
                {t('home.changes.told', { count: change.notifiedCount, total: change.totalCount })}
                <progress
                  className="change-progress"
                  max={change.totalCount}
                  value={change.notifiedCount}
                  aria-label={t('partners.changes.progress', { title: change.title })}
                />
              </span>
            </li>
          ))}
        </ul>
      )}
    </HomeSection>
  );
}

/** "Everyone has been told" only when there is a change to tell. */
function ChangesEmpty() {
  const { t } = useTranslation();
  const changes = useCoreQuery('change.list', {});
  if (changes.data === undefined) return null;
  return (
    <p className="empty">
      {changes.data.length === 0 ? t('home.changes.none') : t('home.changes.empty')}
    </p>
  );
}
