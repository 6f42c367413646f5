import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { CHANGES_PATH, NETWORK_PATH, PARTICIPATION_PATH, PARTNERS_PATH } from './links';
import './partners.css';

const TABS = [
  { to: PARTNERS_PATH, label: 'cadence' },
  { to: CHANGES_PATH, label: 'changes' },
  { to: NETWORK_PATH, label: 'network' },
  { to: PARTICIPATION_PATH, label: 'participation' },
] as const;

/**
 * The partners section: its title and tabs above whichever tab is open. The screens inside
 * start at level-2 headings: this layout holds the page's one `<h1>`.
 */
export function PartnersLayout() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('partners.title')}</PageTitle>
      <nav aria-label={t('partners.sections')}>
        <ul className="tabs">
          {TABS.map((tab) => (
            <li key={tab.to}>
              {/* `end`: the cadence tab is the section's own address, not a prefix of the others. */}
              <NavLink to={tab.to} end={tab.to === PARTNERS_PATH} className="tabs__link">
                {t(`partners.tabs.${tab.label}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
