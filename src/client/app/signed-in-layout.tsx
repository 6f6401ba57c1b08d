import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useSession } from '../db/live-queries.ts';
import { SyncStatusLine } from '../features/sync/sync-status-line.tsx';
import { SignInAgainNotice } from './sign-in-again-notice.tsx';

const sections = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/schools', key: 'nav.schools', end: false },
  { to: '/settings', key: 'nav.settings', end: false },
] as const;

export function SignedInLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
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
          {sections.map((section) => (
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
