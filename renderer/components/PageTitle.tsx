import type { ReactNode } from 'react';

/** The screen's one `<h1>`; it can take focus so that moving to a screen announces its title. */
export function PageTitle({ children }: { children: ReactNode }) {
  return (
    <h1 className="page-title" tabIndex={-1}>
      {children}
    </h1>
  );
}
