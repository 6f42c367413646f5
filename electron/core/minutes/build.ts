/**
 * What the minutes of a meeting say, already filtered by confidentiality: every format (Markdown,
 * HTML, DOCX, PDF, the app's preview) renders this one model, so no format can let through what
 * another withholds.
 */
import type { Attendance, Confidentiality, Language, Minutes } from '../../../shared/contract';
import { isEmptyDoc, type RichDoc } from '../../../shared/domain/rich-text';
import type { CoreContext } from '../context';
import { actionsRepo } from '../db/repos/actions';
import { agendaItemsRepo, type AgendaItemRecord } from '../db/repos/agenda-items';
import { attendanceRepo } from '../db/repos/attendance';
import { decisionsRepo } from '../db/repos/decisions';
import { meetingsRepo } from '../db/repos/meetings';
import { nextMeetingDate } from '../handlers/meeting-detail';
import { found } from '../handlers/require';
import { caseReviewNotes, caseReviewTitle } from './case-review';
import { exportedTexts, termsUsed } from './terms';

export interface MinutesRequest {
  meetingId: string;
  includeInternal: boolean;
  language: Language;
  includeTerms: boolean;
}

type MinutesActionRow = Minutes['actions'][number];
type MinutesReviewedAction = NonNullable<Minutes['items'][number]['reviewedActions']>[number];

/** Whether content at `level` may leave the app in these minutes. */
export function exported(level: Confidentiality, includeInternal: boolean): boolean {
  return level === 'shareable' || (level === 'internal' && includeInternal);
}

const orNone = (doc: RichDoc | null): RichDoc | null => (isEmptyDoc(doc) ? null : doc);

/**
 * Who was there, by agency, in the order of the attendance list. Guests go under the agency they
 * typed (or none); an agency on the list with nobody named still shows, as the agency alone.
 * People still "expected" are listed as such while the meeting has not ended (attendance not
 * taken yet); once it has ended, as "not recorded": nobody marked them, and the minutes say so
 * rather than let them vanish.
 */
export function groupAttendance(
  rows: readonly Attendance[],
  ended: boolean,
): Minutes['attendance'] {
  const byStatus: Minutes['attendance'] = {
    present: [],
    regrets: [],
    absent: [],
    expected: [],
    notRecorded: [],
  };
  for (const row of rows) {
    const section = row.status !== 'expected' ? row.status : ended ? 'notRecorded' : 'expected';
    const groups = byStatus[section];
    const organization = row.organizationName?.trim() || null;
    let group = groups.find((g) => g.organization === organization);
    if (!group) {
      group = { organization, people: [] };
      groups.push(group);
    }
    const person = row.personName?.trim();
    if (person && !group.people.includes(person)) group.people.push(person);
  }
  // People attending on their own come after the agencies.
  for (const groups of Object.values(byStatus)) {
    groups.sort((a, b) => Number(a.organization === null) - Number(b.organization === null));
  }
  return byStatus;
}

function presenterOf(item: AgendaItemRecord): string | null {
  const person = item.presenterName?.trim() ?? '';
  const agency = item.presenterOrganizationName?.trim() ?? '';
  if (person && agency) return `${person} (${agency})`;
  return person || agency || null;
}

/** A break with nothing recorded under it is not part of the minutes. */
function worthRecording(item: AgendaItemRecord, hasDecisionsOrActions: boolean): boolean {
  return item.kind !== 'break' || hasDecisionsOrActions || !isEmptyDoc(item.notes);
}

/**
 * What the meeting's review of open actions decided, for its "Review open actions" item: the
 * first exported one (a review is the meeting's, not an item's, so it is told once). An action
 * decided under an item that may not leave the app stays out, description and all, and is
 * counted instead; with no review item exported, nothing of the review goes out.
 */
function reviewedActions(
  ctx: CoreContext,
  meetingId: string,
  kept: readonly AgendaItemRecord[],
  includeInternal: boolean,
) {
  const withheld = { internal: 0, confidential: 0 };
  const item = kept.find((candidate) => candidate.kind === 'action_review');
  if (!item) return { itemId: null, actions: [], withheld };
  const actions: MinutesReviewedAction[] = [];
  for (const action of actionsRepo(ctx.db).forReview(meetingId)) {
    if (!exported(action.confidentiality, includeInternal)) {
      if (action.confidentiality === 'internal') withheld.internal += 1;
      else withheld.confidential += 1;
      continue;
    }
    actions.push({
      id: action.id,
      description: action.description,
      organizationName: action.organizationName,
      personName: action.personName,
      dueDate: action.dueDate,
      outcome: action.outcome,
      fromMeetingDate: action.meetingDate,
    });
  }
  return { itemId: item.id, actions, withheld };
}

export function buildMinutes(ctx: CoreContext, request: MinutesRequest): Minutes {
  const { db } = ctx;
  const { meetingId, includeInternal, language, includeTerms } = request;
  const meeting = found(meetingsRepo(db).get(meetingId), 'meeting', meetingId);
  const names = meetingsRepo(db).labels(meetingId);
  const agenda = agendaItemsRepo(db).listByMeeting(meetingId);
  const decisions = decisionsRepo(db).listByMeeting(meetingId);
  const actions = actionsRepo(db).listByMeeting(meetingId);

  const withheld = { internal: 0, confidential: 0 };
  // Numbered as the app numbers them (place among the meeting's items), whatever is left out.
  const numbers = new Map<string, number>();
  const kept: AgendaItemRecord[] = [];
  agenda.forEach((item, index) => {
    if (!exported(item.confidentiality, includeInternal)) {
      if (item.confidentiality === 'internal') withheld.internal += 1;
      else withheld.confidential += 1;
      return;
    }
    const recorded =
      decisions.some((d) => d.itemId === item.id) || actions.some((a) => a.itemId === item.id);
    if (!worthRecording(item, recorded)) return;
    kept.push(item);
    numbers.set(item.id, index + 1);
  });

  /**
   * Whether something recorded under `itemId` goes out: under no item it does; under an item only
   * with that item, so what was recorded under a withheld or deleted item stays in the app.
   */
  const goesOut = (itemId: string | null, level: Confidentiality = 'shareable') => {
    if (!exported(level, includeInternal)) return false;
    if (itemId === null) return true;
    return numbers.has(itemId);
  };

  const minutesActions: MinutesActionRow[] = actions
    .filter((action) => goesOut(action.itemId, action.confidentiality))
    .map((action): MinutesActionRow => ({
      id: action.id,
      description: action.description,
      organizationName: action.organizationName,
      personName: action.personName,
      dueDate: action.dueDate,
      status: action.status,
      itemNumber: action.itemId === null ? null : (numbers.get(action.itemId) ?? null),
    }));
  const sharedDecisions = decisions.filter((decision) => goesOut(decision.itemId));
  const review = reviewedActions(ctx, meetingId, kept, includeInternal);

  const minutes: Omit<Minutes, 'terms' | 'generatedAt'> = {
    language,
    meeting: {
      id: meeting.id,
      title: meeting.title,
      seriesTitle: names.seriesTitle,
      date: meeting.date,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      timeZone: meeting.timeZone,
      location: meeting.location,
      goal: meeting.goal,
      chairName: names.chairName,
      noteTakerName: names.noteTakerName,
    },
    attendance: groupAttendance(
      attendanceRepo(db).listByMeeting(meetingId),
      meeting.status === 'ended',
    ),
    generalNotes: orNone(meetingsRepo(db).notes(meetingId)),
    items: kept.map((item) => ({
      number: numbers.get(item.id)!,
      // A case review goes out under its case code only, with its review (it is exported).
      title: item.kind === 'case_review' ? caseReviewTitle(item, language) : item.title,
      presenter: presenterOf(item),
      confidentiality: item.confidentiality,
      deferred: item.status === 'deferred',
      notes:
        item.kind === 'case_review'
          ? caseReviewNotes(db, item, orNone(item.notes), language)
          : orNone(item.notes),
      decisions: sharedDecisions.filter((d) => d.itemId === item.id).map((d) => d.text),
      actions: minutesActions.filter((a) => a.itemNumber === numbers.get(item.id)),
      reviewedActions: item.id === review.itemId ? review.actions : null,
    })),
    otherDecisions: sharedDecisions.filter((d) => d.itemId === null).map((d) => d.text),
    actions: minutesActions,
    withheld: { ...withheld, reviewedActions: review.withheld },
    nextMeetingDate: nextMeetingDate(ctx, meeting),
  };
  return {
    ...minutes,
    // Found in the minutes as built, so only what they export can bring a term in.
    terms: includeTerms ? termsUsed(db, exportedTexts(minutes), language) : [],
    generatedAt: ctx.clock.now(),
  };
}
