/** Where the system issues log lives; `?issue=<id>` opens one issue over the list. */
export const SYSTEM_ISSUES_PATH = '/system-issues';
export const ISSUE_PARAM = 'issue';

export const systemIssuePath = (id: string) =>
  `${SYSTEM_ISSUES_PATH}?${ISSUE_PARAM}=${encodeURIComponent(id)}`;
