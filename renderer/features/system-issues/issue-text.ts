import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SYSTEM_ISSUE_TAGS,
  type SystemIssue,
  type SystemIssueCategory,
  type SystemIssueStatus,
} from '../../../shared/contract';
import { useMeetingFormat } from '../meetings/useMeetingFormat';

export type SuggestedTag = (typeof SYSTEM_ISSUE_TAGS)[number];

const SUGGESTED: ReadonlySet<string> = new Set(SYSTEM_ISSUE_TAGS);

/** Suggested tags are stored by key (`housing_supply`) and named in the reader's language. */
export const isSuggestedTag = (tag: string): tag is SuggestedTag => SUGGESTED.has(tag);

/** How the core matches tags: spaces collapsed, case ignored (electron/core/privacy/system-issues.ts). */
export const tagKey = (tag: string) =>
  tag.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** How the system issues screens word an issue, in the reader's language. */
export function useIssueText() {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  return useMemo(() => {
    const tag = (value: string) =>
      isSuggestedTag(value) ? t(`systemIssues.tags.${value}`) : value;
    return {
      tag,
      /**
       * What a typed tag is stored as: a suggested tag's key when it is typed by its name in
       * either spelling ("funding", "Funding"), otherwise the text as typed.
       */
      tagOf: (typed: string): string => {
        const key = tagKey(typed);
        return SYSTEM_ISSUE_TAGS.find((s) => s === key || tagKey(tag(s)) === key) ?? typed.trim();
      },
      category: (category: SystemIssueCategory) => t(`systemIssues.category.${category}`),
      status: (status: SystemIssueStatus) => t(`systemIssues.status.${status}`),
      day: format.shortDay,
      /** "Raised 5 times, last on Thu, Nov 12, 2026". */
      raised: (issue: Pick<SystemIssue, 'raisedCount' | 'lastRaised'>) =>
        issue.lastRaised === null
          ? t('systemIssues.neverRaised')
          : t('systemIssues.raised', {
              count: issue.raisedCount,
              date: format.shortDay(issue.lastRaised),
            }),
      /** "Housing First committee, Tue, Nov 24, 2026". */
      meeting: (meeting: { title: string; date: string }) =>
        t('systemIssues.meetingLabel', {
          title: meeting.title,
          date: format.shortDay(meeting.date),
        }),
    };
  }, [t, format]);
}
