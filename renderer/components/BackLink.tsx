import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The link above a screen's title back to where it was opened from; the arrow is not read out. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="back">
      <Link to={to}>
        <span aria-hidden="true">← </span>
        {children}
      </Link>
    </p>
  );
}
