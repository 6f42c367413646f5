import type { z } from 'zod';
import type { SystemIssueCategory, SystemIssueStatus } from '../../../shared/contract';
import type { useDraftForm } from '../../app/useDraftForm';

/** What the issue's own fields hold, in the new-issue form and the issue's edit form alike. */
export interface IssueValues {
  title: string;
  description: string;
  category: SystemIssueCategory;
  tags: string[];
}

export interface IssueEditValues extends IssueValues {
  status: SystemIssueStatus;
}

/**
 * One time it was raised: at a meeting (on its day) or elsewhere on a day of its own, and a note.
 * The meeting and its day are one value, so choosing a meeting is one change of the form.
 */
export interface RaiseValues {
  raisedOn: string | null;
  meeting: { id: string; date: string } | null;
  note: string;
}

/** What the fields need of a form, whichever schema checks it. */
export type FormState<V extends object> = Pick<
  ReturnType<typeof useDraftForm<V, z.ZodType>>,
  'values' | 'set' | 'errors' | 'text'
>;

export const emptyIssue = (): IssueValues => ({
  title: '',
  description: '',
  category: 'difficulty',
  tags: [],
});

/** A raise as the core takes it; a missing day is refused by the schema (invalid date). */
export const raiseInput = ({ raisedOn, meeting, note }: RaiseValues) => ({
  raisedOn: meeting?.date ?? raisedOn ?? '',
  meetingId: meeting?.id ?? null,
  note,
});
