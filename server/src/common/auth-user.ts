import type { Locale } from './locale';

/** The caller as the guards know it, loaded fresh from the database on each request. */
export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  isAdmin: boolean;
  emailVerified: boolean;
}
