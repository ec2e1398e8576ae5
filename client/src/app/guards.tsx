import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../api/me';
import type { Me } from '../api/types';
import { Forbidden } from '../components/Pages';
import { LoadError, Loading } from '../components/Status';
import { isStaff } from './roles';

/** Pages for signed-in people: sends others to sign in, then back here. */
export function RequireAuth({ children, allow }: { children: ReactNode; allow?: (me: Me) => boolean }) {
  const session = useSession();
  const location = useLocation();
  if (!session.ready) return <Loading />;
  if (session.status === 'signed-out') {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (!session.me) return <LoadError error={session.meError} />;
  if (allow && !allow(session.me)) return <Forbidden />;
  return <>{children}</>;
}

/** Platform admins and municipal officers: the admin area. */
export function RequireStaff({ children }: { children: ReactNode }) {
  return <RequireAuth allow={isStaff}>{children}</RequireAuth>;
}

/** Platform admins only. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  return <RequireAuth allow={(me) => me.isAdmin}>{children}</RequireAuth>;
}
