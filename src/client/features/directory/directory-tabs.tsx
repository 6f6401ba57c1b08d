import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const TABS = [
  { to: '/directory', end: true, key: 'directory.tabs.schools' },
  { to: '/directory/users', end: false, key: 'directory.tabs.users' },
  { to: '/directory/coverage', end: false, key: 'directory.tabs.coverage' },
  { to: '/directory/checklists', end: false, key: 'directory.tabs.checklists' },
  { to: '/directory/audit', end: false, key: 'directory.tabs.audit' },
] as const;

/** The directory's sections, one address each (the current one is marked for screen readers). */
export function DirectoryTabs() {
  const { t } = useTranslation();
  return (
    <nav className="directory-tabs" aria-label={t('directory.tabs.label')}>
      {TABS.map((tab) => (
        <NavLink key={tab.to} to={tab.to} end={tab.end} className="directory-tabs__link">
          {t(tab.key)}
        </NavLink>
      ))}
    </nav>
  );
}
