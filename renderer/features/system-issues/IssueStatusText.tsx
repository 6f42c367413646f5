import type { SystemIssueStatus } from '../../../shared/contract';
import { useIssueText } from './issue-text';

/** A shape per status, so the status reads without its colour: ring, arrow up, tick. */
function StatusIcon({ status }: { status: SystemIssueStatus }) {
  return (
    <svg
      className="issue-status__icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" strokeWidth="2" />
      {status === 'escalated' && (
        <path
          d="M12 17V7m-4.5 4.5L12 7l4.5 4.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.4"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      )}
      {status === 'resolved' && (
        <path
          d="m7.5 12.5 3 3 6-6.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.4"
          strokeLinejoin="round"
        />
      )}
    </svg>
  );
}

/** "Open", "Escalated", "Resolved", each with its icon. */
export function IssueStatusText({ status }: { status: SystemIssueStatus }) {
  const text = useIssueText();
  return (
    <span className={`issue-status issue-status--${status}`}>
      <StatusIcon status={status} /> {text.status(status)}
    </span>
  );
}
