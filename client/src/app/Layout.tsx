import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigate } from 'react-router';
import { useTranslation } from '../i18n/react';
import { useLogout } from '../api/auth';
import { useSession } from '../api/me';
import { useFocusOnNavigation } from '../components/FocusHeading';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { ServiceNotice } from '../components/ServiceNotice';
import { LiveStatus } from '../components/Status';
import { isStaff, representedOrganizations } from './roles';

function Logo() {
  return (
    <svg className="brand__logo" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="#fff" />
      <path d="M8 22h16M10 22V13M16 22V13M22 22V13M7 12l9-5 9 5z" stroke="#16406b" strokeWidth="2" fill="none" strokeLinejoin="round" />
    </svg>
  );
}

function Header() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { status, me } = useSession();
  const logout = useLogout({ leave: () => navigate('/', { state: { flash: 'signedOut' }, flushSync: true }) });
  const signedIn = status === 'signed-in';
  const staff = Boolean(me && isStaff(me));
  const partner = representedOrganizations(me).length > 0;

  return (
    <header className="site-header">
      <div className="container site-header__bar">
        <Link to="/" className="brand">
          <Logo />
          <span className="brand__name">{t('brand')}</span>
          <span className="brand__tagline">{t('tagline')}</span>
        </Link>
        <LanguageSwitcher />
      </div>
      <nav className="site-nav" aria-label={t('nav.label')}>
        <div className="container">
          <ul className="site-nav__list">
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/consultations">{t('nav.consultations')}</NavLink>
            </li>
            <li>
              <NavLink to="/meetings">{t('nav.meetings')}</NavLink>
            </li>
            {staff && (
              <li>
                {/* the officer's consultations; forms and meetings have their own entries */}
                <Link to="/officer" aria-current={officerSection(pathname) ? 'page' : undefined}>
                  {t('nav.officer')}
                </Link>
              </li>
            )}
            {staff && (
              <li>
                <NavLink to="/officer/forms">{t('nav.forms')}</NavLink>
              </li>
            )}
            {partner && (
              <li>
                <NavLink to="/reviews">{t('nav.reviews')}</NavLink>
              </li>
            )}
            {staff && (
              <li>
                <NavLink to="/admin">{t('nav.admin')}</NavLink>
              </li>
            )}
            {signedIn ? (
              <>
                <li>
                  <NavLink to="/me" end>
                    {t('nav.profile')}
                    {me && <span className="visually-hidden"> ({t('nav.signedInAs', { name: me.displayName })})</span>}
                  </NavLink>
                </li>
                <li>
                  <button type="button" className="site-nav__button" onClick={() => !logout.isPending && logout.mutate()}>
                    {t('nav.logout')}
                  </button>
                </li>
              </>
            ) : (
              status === 'signed-out' && (
                <>
                  <li>
                    <NavLink to="/login">{t('nav.login')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/register">{t('nav.register')}</NavLink>
                  </li>
                </>
              )
            )}
          </ul>
        </div>
      </nav>
    </header>
  );
}

function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('footer.about')}</p>
        <ul className="site-footer__links">
          <li>
            <Link to="/accessibility">{t('footer.accessibility')}</Link>
          </li>
          <li>
            <Link to="/privacy">{t('footer.privacy')}</Link>
          </li>
          <li>
            <a href="/api/docs">{t('footer.openData')}</a>
          </li>
          <li>{t('footer.licence')}</li>
        </ul>
      </div>
    </footer>
  );
}

/** The frame of every page: skip link, header with navigation, main content, footer. */
export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  useFocusOnNavigation();
  const signedOut = (location.state as { flash?: string } | null)?.flash === 'signedOut';

  return (
    <>
      <a
        href="#main"
        className="skip-link"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('skipLink')}
      </a>
      <Header />
      <main id="main" tabIndex={-1} className="container main">
        <ServiceNotice />
        <LiveStatus message={signedOut ? t('status.signedOut') : undefined} />
        <Outlet />
      </main>
      <Footer />
      <ScrollRestoration />
    </>
  );
}

/** "/officer" and the consultation pages under it; not /officer/forms or /officer/meetings. */
function officerSection(pathname: string): boolean {
  return pathname === '/officer' || pathname === '/officer/' || pathname.startsWith('/officer/consultations');
}
