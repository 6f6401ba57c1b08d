import { managesDistrict } from '../../shared/district-roles.ts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useSession } from '../db/live-queries.ts';
import { SyncStatusLine } from '../features/sync/sync-status-line.tsx';
import { SignInAgainNotice } from './sign-in-again-notice.tsx';

interface Section {
  to: string;
  key:
    | 'nav.home'
    | 'nav.schools'
    | 'nav.plan'
    | 'nav.review'
    | 'nav.directory'
    | 'nav.dashboard'
    | 'nav.settings';
  end: boolean;
  /** Only for the district's coordinators and administrators. */
  district?: true;
}

const sections: readonly Section[] = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/schools', key: 'nav.schools', end: false },
  { to: '/plan', key: 'nav.plan', end: false, district: true },
  { to: '/review', key: 'nav.review', end: false, district: true },
  { to: '/dashboard', key: 'nav.dashboard', end: false, district: true },
  { to: '/directory', key: 'nav.directory', end: false, district: true },
  { to: '/settings', key: 'nav.settings', end: false },
];

export function SignedInLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const role = session?.user.role;
  const districtWide = managesDistrict(role);
  useEffect(() => {
    if (session === null) void navigate('/login', { replace: true });
  }, [session, navigate]);

  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="topbar__brand">
          <img src="/icons/icon-192.png" alt="" width="32" height="32" />
          <span>{t('app.name')}</span>
        </div>
        <nav className="topbar__nav" aria-label={t('nav.label')}>
          {sections
            .filter((section) => !section.district || districtWide)
            .map((section) => (
              <NavLink key={section.to} to={section.to} end={section.end} className="topbar__link">
                {t(section.key)}
              </NavLink>
            ))}
        </nav>
        <div className="topbar__status">
          {session && <span className="topbar__user">{session.user.fullName}</span>}
        </div>
      </header>
      <SyncStatusLine />
      <main className="layout__main" id="main">
        {session?.needsSignIn && <SignInAgainNotice />}
        <Outlet />
      </main>
    </div>
  );
}
