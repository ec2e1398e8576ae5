import type { RouteObject } from 'react-router';
import { NotFound } from '../components/Pages';
import {
  AccountDeletedPage,
  AdminHomePage,
  CheckEmailPage,
  CreateMunicipalityPage,
  DeleteAccountPage,
  EditMunicipalityPage,
  ForgotPasswordPage,
  HomePage,
  LoginPage,
  MunicipalitiesPage,
  OrganizationsPage,
  PartnersPage,
  ProfilePage,
  RegisterPage,
  ResetPasswordPage,
  StaffPage,
  VerifyEmailPage,
} from '../features';
import { RequireAdmin, RequireAuth, RequireStaff } from './guards';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

/** Every address of the client. Guards decide who sees what; the server decides again. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'register', element: <RegisterPage /> },
          { path: 'register/check-email', element: <CheckEmailPage /> },
          { path: 'verify-email', element: <VerifyEmailPage /> },
          { path: 'login', element: <LoginPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'account-deleted', element: <AccountDeletedPage /> },
          { path: 'me', element: <RequireAuth><ProfilePage /></RequireAuth> },
          { path: 'me/delete', element: <RequireAuth><DeleteAccountPage /></RequireAuth> },
          { path: 'admin', element: <RequireStaff><AdminHomePage /></RequireStaff> },
          { path: 'admin/municipalities', element: <RequireAdmin><MunicipalitiesPage /></RequireAdmin> },
          { path: 'admin/municipalities/new', element: <RequireAdmin><CreateMunicipalityPage /></RequireAdmin> },
          { path: 'admin/municipalities/:slug/edit', element: <RequireAdmin><EditMunicipalityPage /></RequireAdmin> },
          { path: 'admin/municipalities/:slug/staff', element: <RequireStaff><StaffPage /></RequireStaff> },
          { path: 'admin/municipalities/:slug/partners', element: <RequireStaff><PartnersPage /></RequireStaff> },
          { path: 'admin/organizations', element: <RequireAdmin><OrganizationsPage /></RequireAdmin> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
