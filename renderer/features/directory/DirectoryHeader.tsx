import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { PageTitle } from '../../components/PageTitle';

/** The directory's title and its two sections, shared by the organization and people lists. */
export function DirectoryHeader() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('directory.title')}</PageTitle>
      <nav aria-label={t('directory.sections')}>
        <ul className="tabs">
          <li>
            <NavLink to="/directory/organizations" className="tabs__link">
              {t('directory.organizations')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/directory/people" className="tabs__link">
              {t('directory.people')}
            </NavLink>
          </li>
        </ul>
      </nav>
    </>
  );
}
