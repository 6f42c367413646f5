/**
 * The pieces of text every format of the minutes shows the same way (header facts, attendance
 * sections, an action's owner and due date), so Markdown, HTML, DOCX and PDF say the same thing.
 */
import type { Minutes } from '../contract';
import {
  formatLongDate,
  formatShortDate,
  formatTimeRange,
  minutesLabels,
  type MinutesLabels,
} from './labels';

export type MinutesAction = Minutes['actions'][number];
export type MinutesItem = Minutes['items'][number];
export type MinutesReviewedAction = NonNullable<MinutesItem['reviewedActions']>[number];
export type AttendanceGroup = Minutes['attendance']['present'][number];
export type MinutesTerm = Minutes['terms'][number];

export interface Fact {
  label: string;
  value: string;
}

/** The header block under the title: only what is known. */
export function headerFacts(minutes: Minutes): Fact[] {
  const labels = minutesLabels(minutes.language);
  const { meeting, language } = minutes;
  const facts: (Fact | null)[] = [
    meeting.seriesTitle ? { label: labels.series, value: meeting.seriesTitle } : null,
    { label: labels.date, value: formatLongDate(meeting.date, language) },
    { label: labels.time, value: formatTimeRange(meeting, language) },
    meeting.location.trim() ? { label: labels.location, value: meeting.location.trim() } : null,
    meeting.chairName ? { label: labels.chair, value: meeting.chairName } : null,
    meeting.noteTakerName ? { label: labels.noteTaker, value: meeting.noteTakerName } : null,
    meeting.goal.trim() ? { label: labels.goal, value: meeting.goal.trim() } : null,
  ];
  return facts.filter((fact): fact is Fact => fact !== null);
}

export interface AttendanceSection {
  label: string;
  groups: AttendanceGroup[];
}

/**
 * Present, regrets, absent, then whoever is still "expected" (attendance not taken, or not
 * recorded once the meeting ended): the ones with somebody in them.
 */
export function attendanceSections(minutes: Minutes): AttendanceSection[] {
  const labels = minutesLabels(minutes.language);
  const { present, regrets, absent, expected, notRecorded } = minutes.attendance;
  return [
    { label: labels.present, groups: present },
    { label: labels.regrets, groups: regrets },
    { label: labels.absent, groups: absent },
    { label: labels.expected, groups: expected },
    { label: labels.notRecorded, groups: notRecorded },
  ].filter((section) => section.groups.length > 0);
}

/** An attendance group's heading: the agency, or "Individuals" for people on their own. */
export function groupName(group: AttendanceGroup, labels: MinutesLabels): string {
  return group.organization ?? labels.noAgency;
}

/** Who carries an action: "Ana Tremblay (Shelter North)", the agency alone, or nothing. */
export function actionOwner(
  action: Pick<MinutesAction, 'personName' | 'organizationName'>,
): string {
  const person = action.personName.trim();
  const agency = action.organizationName?.trim() ?? '';
  if (person && agency) return `${person} (${agency})`;
  return person || agency;
}

/** The action table every format ends with: its column headings, and a row of cells per action. */
export function actionTableCells(minutes: Minutes): { head: string[]; rows: string[][] } {
  const labels = minutesLabels(minutes.language);
  const head = [
    labels.itemColumn,
    labels.actionColumn,
    labels.agencyColumn,
    labels.personColumn,
    labels.dueColumn,
    labels.statusColumn,
  ];
  const rows = minutes.actions.map((action) => [
    action.itemNumber === null ? labels.noItem : String(action.itemNumber),
    action.description,
    action.organizationName ?? '',
    action.personName,
    action.dueDate ? formatShortDate(action.dueDate, minutes.language) : labels.noDueDate,
    labels.status[action.status],
  ]);
  return { head, rows };
}

/** An action in a sentence under its item: "Call the landlord — Ana Tremblay (Shelter North), due Dec 15, 2026". */
export function actionDetails(action: MinutesAction, minutes: Minutes): string {
  const labels = minutesLabels(minutes.language);
  const parts = [actionOwner(action)];
  if (action.dueDate) parts.push(labels.due(formatShortDate(action.dueDate, minutes.language)));
  if (action.status !== 'open') parts.push(labels.status[action.status]);
  return parts.filter((part) => part !== '').join(', ');
}

/** Whether the meeting reviewed earlier actions (and the minutes show any of them). */
const reviewedAny = (minutes: Minutes) =>
  minutes.items.some((item) => (item.reviewedActions?.length ?? 0) > 0);

/** What the action table says when the meeting decided no action. */
export function noActionsText(minutes: Minutes): string {
  const labels = minutesLabels(minutes.language);
  return reviewedAny(minutes) ? labels.noNewActions : labels.noActions;
}

export interface ReviewedActionLine {
  /** "Done", "Carried forward", "Dropped", "Not reviewed". */
  outcome: string;
  description: string;
  /** "Ana Tremblay (Shelter North), due Dec 15, 2026, from the meeting of Dec 1, 2026". */
  details: string;
}

/** A reviewed action under the review item, the outcome first: every format shows it so. */
export function reviewedActionLine(
  action: MinutesReviewedAction,
  minutes: Minutes,
): ReviewedActionLine {
  const labels = minutesLabels(minutes.language);
  const parts = [actionOwner(action)];
  if (action.dueDate) parts.push(labels.due(formatShortDate(action.dueDate, minutes.language)));
  parts.push(labels.fromMeeting(formatShortDate(action.fromMeetingDate, minutes.language)));
  return {
    outcome: labels.outcome[action.outcome ?? 'none'],
    description: action.description,
    details: parts.filter((part) => part !== '').join(', '),
  };
}

/**
 * Under the review item when nothing of the review is shown: "No open actions to review.", unless
 * actions were withheld (the withheld sentence at the top says so instead).
 */
export function nothingToReviewText(minutes: Minutes): string | null {
  const { internal, confidential } = minutes.withheld.reviewedActions;
  return internal + confidential > 0 ? null : minutesLabels(minutes.language).nothingToReview;
}

/** The next meeting's date in words, or null when there is none. */
export function nextMeetingText(minutes: Minutes): string | null {
  return minutes.nextMeetingDate ? formatLongDate(minutes.nextMeetingDate, minutes.language) : null;
}

export interface TermEntry {
  /** "Ontario Health atHome (HCCSS)": the term, then its acronyms. */
  name: string;
  /** "written “LHIN” in these minutes", when they wrote it otherwise; shown after the name. */
  written: string | null;
  definition: string;
}

/** A term of "Terms used in this meeting" as every format lists it. */
export function termEntry(term: MinutesTerm, minutes: Minutes): TermEntry {
  const labels = minutesLabels(minutes.language);
  const acronyms = term.abbreviations.length > 0 ? ` (${term.abbreviations.join(', ')})` : '';
  return {
    name: `${term.term}${acronyms}`,
    written: term.written.length > 0 ? labels.writtenAs(term.written) : null,
    definition: term.definition || labels.noDefinition,
  };
}
