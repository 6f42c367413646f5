import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useNavigationType } from 'react-router';
import { SearchButton } from '../features/search/SearchButton';
import { LockButton } from '../features/security/LockButton';
import { ScreenErrorBoundary } from './ErrorBoundary';

const SECTIONS = [
  'home',
  'meetings',
  'actions',
  'cases',
  'partners',
  'networking',
  'glossary',
  'directory',
  'settings',
] as const;

export function Shell() {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const shownPath = useRef(pathname);

  // After moving to another screen, screen-reader and keyboard users start at its title. A screen
  // still loading has no title yet: wait for it rather than leave focus on a link that is gone.
  useEffect(() => {
    // Opening the app, or a redirect such as / → /directory, is not a move the person made.
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    if (navigationType === 'REPLACE') return;
    const container = main.current;
    if (!container) return;
    const focusTitle = () => {
      const title = container.querySelector<HTMLElement>('h1');
      title?.focus();
      return Boolean(title);
    };
    if (focusTitle()) return;
    const observer = new MutationObserver(() => {
      if (focusTitle()) observer.disconnect();
    });
    observer.observe(container, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pathname, navigationType]);

  // With hash routing, "#main" would be read as a route: move focus without touching the URL.
  const skipToMain = (event: MouseEvent) => {
    event.preventDefault();
    main.current?.focus();
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <header className="shell__header">
        <p className="shell__name">{t('app.name')}</p>
        <nav aria-label={t('nav.label')}>
          <ul className="shell__nav">
            {SECTIONS.map((section) => (
              <li key={section}>
                {/* Home is `/`: `end` keeps it from being current on every other page. */}
                <NavLink
                  to={section === 'home' ? '/' : `/${section}`}
                  end={section === 'home'}
                  className="shell__link"
                >
                  {t(`nav.${section}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {/* Together at the right, and onto the next line together when the line is full. */}
        <div className="shell__tools">
          <SearchButton />
          <LockButton />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="shell__main">
        <ScreenErrorBoundary>
          <Outlet />
        </ScreenErrorBoundary>
      </main>
    </div>
  );
}
