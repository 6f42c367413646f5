import type { ReactNode } from 'react';

/** A short status in words (never colour alone), e.g. "Archived". */
export function Badge({ children }: { children: ReactNode }) {
  return <span className="badge">{children}</span>;
}
