/**
 * The public face of every feature: the pages the app routes to and each feature's messages.
 * Features never import each other; app/ composes them from here.
 */
export { CheckEmailPage } from './auth/CheckEmailPage';
export { ForgotPasswordPage } from './auth/ForgotPasswordPage';
export { LoginPage } from './auth/LoginPage';
export { RegisterPage } from './auth/RegisterPage';
export { ResetPasswordPage } from './auth/ResetPasswordPage';
export { VerifyEmailPage } from './auth/VerifyEmailPage';
export { AccountDeletedPage } from './account/AccountDeletedPage';
export { DeleteAccountPage } from './account/DeleteAccountPage';
export { ProfilePage } from './account/ProfilePage';
export { HomePage } from './municipalities/HomePage';
export { AdminHomePage } from './admin/AdminHomePage';
export { MunicipalitiesPage } from './admin/MunicipalitiesPage';
export { CreateMunicipalityPage, EditMunicipalityPage } from './admin/MunicipalityFormPage';
export { OrganizationsPage } from './admin/OrganizationsPage';
export { PartnersPage } from './admin/PartnersPage';
export { StaffPage } from './admin/StaffPage';

import { accountMessages } from './account/messages';
import { adminMessages } from './admin/messages';
import { authMessages } from './auth/messages';
import { municipalityMessages } from './municipalities/messages';

export const featureMessages = {
  auth: authMessages,
  account: accountMessages,
  municipalities: municipalityMessages,
  admin: adminMessages,
};
