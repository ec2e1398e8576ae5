import { lazy, Suspense, type ComponentType } from 'react';
import { Outlet } from 'react-router';
import { Loading } from '../components/Status';
import type { featureMessages } from '../features';
import type { Language } from '../i18n';
import { loadNamespaces, registerNamespaces } from '../i18n/loader';

/**
 * Every page of the client, loaded when first opened: a visitor's phone downloads the home page or
 * a consultation, not the officers' and administrators' screens. Each page's chunk brings its
 * feature's messages in the interface language (see i18n/loader.ts). Features' own modules stay as they are; only this file
 * and routes.tsx know that pages are lazy.
 */
type Namespace = keyof typeof featureMessages;

// each language's texts of a namespace in a chunk of their own (client/vite/plugins.ts, messagesPerLanguage)
const messages: Record<Namespace, Record<Language, () => Promise<object>>> = {
  auth: {
    bg: () => import('../features/auth/messages.ts?lang=bg').then((m) => m.authMessages.bg),
    en: () => import('../features/auth/messages.ts?lang=en').then((m) => m.authMessages.en),
    mk: () => import('../features/auth/messages.ts?lang=mk').then((m) => m.authMessages.mk),
  },
  account: {
    bg: () => import('../features/account/messages.ts?lang=bg').then((m) => m.accountMessages.bg),
    en: () => import('../features/account/messages.ts?lang=en').then((m) => m.accountMessages.en),
    mk: () => import('../features/account/messages.ts?lang=mk').then((m) => m.accountMessages.mk),
  },
  municipalities: {
    bg: () => import('../features/municipalities/messages.ts?lang=bg').then((m) => m.municipalityMessages.bg),
    en: () => import('../features/municipalities/messages.ts?lang=en').then((m) => m.municipalityMessages.en),
    mk: () => import('../features/municipalities/messages.ts?lang=mk').then((m) => m.municipalityMessages.mk),
  },
  admin: {
    bg: () => import('../features/admin/messages.ts?lang=bg').then((m) => m.adminMessages.bg),
    en: () => import('../features/admin/messages.ts?lang=en').then((m) => m.adminMessages.en),
    mk: () => import('../features/admin/messages.ts?lang=mk').then((m) => m.adminMessages.mk),
  },
  consultations: {
    bg: () => import('../features/consultations/messages.ts?lang=bg').then((m) => m.consultationMessages.bg),
    en: () => import('../features/consultations/messages.ts?lang=en').then((m) => m.consultationMessages.en),
    mk: () => import('../features/consultations/messages.ts?lang=mk').then((m) => m.consultationMessages.mk),
  },
  officer: {
    bg: () => import('../features/consultations/officer/messages.ts?lang=bg').then((m) => m.officerMessages.bg),
    en: () => import('../features/consultations/officer/messages.ts?lang=en').then((m) => m.officerMessages.en),
    mk: () => import('../features/consultations/officer/messages.ts?lang=mk').then((m) => m.officerMessages.mk),
  },
  forms: {
    bg: () => import('../features/forms/messages.ts?lang=bg').then((m) => m.formsMessages.bg),
    en: () => import('../features/forms/messages.ts?lang=en').then((m) => m.formsMessages.en),
    mk: () => import('../features/forms/messages.ts?lang=mk').then((m) => m.formsMessages.mk),
  },
  meetings: {
    bg: () => import('../features/meetings/messages.ts?lang=bg').then((m) => m.meetingMessages.bg),
    en: () => import('../features/meetings/messages.ts?lang=en').then((m) => m.meetingMessages.en),
    mk: () => import('../features/meetings/messages.ts?lang=mk').then((m) => m.meetingMessages.mk),
  },
  bodies: {
    bg: () => import('../features/bodies/messages.ts?lang=bg').then((m) => m.bodyMessages.bg),
    en: () => import('../features/bodies/messages.ts?lang=en').then((m) => m.bodyMessages.en),
    mk: () => import('../features/bodies/messages.ts?lang=mk').then((m) => m.bodyMessages.mk),
  },
  site: {
    bg: () => import('../features/site/messages.ts?lang=bg').then((m) => m.siteMessages.bg),
    en: () => import('../features/site/messages.ts?lang=en').then((m) => m.siteMessages.en),
    mk: () => import('../features/site/messages.ts?lang=mk').then((m) => m.siteMessages.mk),
  },
  organizations: {
    bg: () => import('../features/organizations/messages.ts?lang=bg').then((m) => m.organizationMessages.bg),
    en: () => import('../features/organizations/messages.ts?lang=en').then((m) => m.organizationMessages.en),
    mk: () => import('../features/organizations/messages.ts?lang=mk').then((m) => m.organizationMessages.mk),
  },
};

registerNamespaces(messages);

const loaders: Array<() => Promise<unknown>> = [];

function page<M extends Record<K, ComponentType>, K extends keyof M & string>(load: () => Promise<M>, name: K, namespaces: Namespace[]) {
  type Loaded = { default: ComponentType };
  let loaded: Loaded | null = null;
  let loading: Promise<Loaded> | null = null;
  const loadPage = () =>
    (loading ??= Promise.all([load(), loadNamespaces(namespaces)]).then(
      ([module]) => (loaded = { default: module[name] as ComponentType }),
      (error: unknown) => {
        loading = null; // a later visit tries again
        throw error;
      },
    ));
  loaders.push(loadPage);
  // a page loaded beforehand (preloadPages) renders at once, without a round through the fallback
  return lazy(() => (loaded ? ({ then: (resolve: (m: Loaded) => void) => resolve(loaded!) } as Promise<Loaded>) : loadPage()));
}

/** Loads every page now (the component tests, which open any page at once). */
export function preloadPages(): Promise<unknown> {
  return Promise.all(loaders.map((load) => load()));
}

/**
 * The frame's placeholder while a page's chunk loads (a status for screen readers). A chunk that
 * fails to load (offline, or a release replaced it) throws to the route's error element, which
 * asks to reload.
 */
export function PageSuspense() {
  return (
    <Suspense fallback={<Loading />}>
      <Outlet />
    </Suspense>
  );
}

export const CheckEmailPage = page(() => import('../features/auth/CheckEmailPage'), 'CheckEmailPage', ['auth']);
export const ForgotPasswordPage = page(() => import('../features/auth/ForgotPasswordPage'), 'ForgotPasswordPage', ['auth']);
export const LoginPage = page(() => import('../features/auth/LoginPage'), 'LoginPage', ['auth']);
export const RegisterPage = page(() => import('../features/auth/RegisterPage'), 'RegisterPage', ['auth']);
export const ResetPasswordPage = page(() => import('../features/auth/ResetPasswordPage'), 'ResetPasswordPage', ['auth']);
export const VerifyEmailPage = page(() => import('../features/auth/VerifyEmailPage'), 'VerifyEmailPage', ['auth']);
export const AccountDeletedPage = page(() => import('../features/account/AccountDeletedPage'), 'AccountDeletedPage', ['account']);
export const DeleteAccountPage = page(() => import('../features/account/DeleteAccountPage'), 'DeleteAccountPage', ['account']);
export const ProfilePage = page(() => import('../features/account/ProfilePage'), 'ProfilePage', ['account']);
export const HomePage = page(() => import('../features/municipalities/HomePage'), 'HomePage', ['municipalities']);
export const MunicipalityPage = page(() => import('../features/municipalities/MunicipalityPage'), 'MunicipalityPage', ['municipalities']);
export const AdminHomePage = page(() => import('../features/admin/AdminHomePage'), 'AdminHomePage', ['admin']);
export const MunicipalitiesPage = page(() => import('../features/admin/MunicipalitiesPage'), 'MunicipalitiesPage', ['admin']);
export const CreateMunicipalityPage = page(() => import('../features/admin/MunicipalityFormPage'), 'CreateMunicipalityPage', ['admin']);
export const EditMunicipalityPage = page(() => import('../features/admin/MunicipalityFormPage'), 'EditMunicipalityPage', ['admin']);
export const OrganizationsPage = page(() => import('../features/admin/OrganizationsPage'), 'OrganizationsPage', ['admin']);
export const PartnersPage = page(() => import('../features/admin/PartnersPage'), 'PartnersPage', ['admin']);
export const StaffPage = page(() => import('../features/admin/StaffPage'), 'StaffPage', ['admin']);
export const ConsultationsPage = page(() => import('../features/consultations/ConsultationsPage'), 'ConsultationsPage', ['consultations']);
export const ConsultationPage = page(() => import('../features/consultations/ConsultationPage'), 'ConsultationPage', ['consultations']);
export const ContributePage = page(() => import('../features/consultations/ContributePage'), 'ContributePage', ['consultations']);
export const ReportPage = page(() => import('../features/consultations/ReportPage'), 'ReportPage', ['consultations']);
export const VersionsPage = page(() => import('../features/consultations/VersionsPage'), 'VersionsPage', ['consultations']);
export const AnswersPage = page(() => import('../features/consultations/officer/AnswersPage'), 'AnswersPage', ['consultations', 'officer']);
export const EditConsultationPage = page(() => import('../features/consultations/officer/ConsultationFormPage'), 'EditConsultationPage', ['consultations', 'officer']);
export const NewConsultationPage = page(() => import('../features/consultations/officer/ConsultationFormPage'), 'NewConsultationPage', ['consultations', 'officer']);
export const DocumentsPage = page(() => import('../features/consultations/officer/DocumentsPage'), 'DocumentsPage', ['consultations', 'officer']);
export const ManagePage = page(() => import('../features/consultations/officer/ManagePage'), 'ManagePage', ['consultations', 'officer']);
export const OfficerHomePage = page(() => import('../features/consultations/officer/OfficerHomePage'), 'OfficerHomePage', ['consultations', 'officer']);
export const OfflinePage = page(() => import('../features/consultations/officer/OfflinePage'), 'OfflinePage', ['consultations', 'officer']);
export const PublishPage = page(() => import('../features/consultations/officer/PublishPage'), 'PublishPage', ['consultations', 'officer']);
export const ReportAdminPage = page(() => import('../features/consultations/officer/ReportAdminPage'), 'ReportAdminPage', ['consultations', 'officer']);
export const EditFormPage = page(() => import('../features/forms/officer/FormBuilderPage'), 'EditFormPage', ['forms']);
export const NewFormPage = page(() => import('../features/forms/officer/FormBuilderPage'), 'NewFormPage', ['forms']);
export const FormsListPage = page(() => import('../features/forms/officer/FormsListPage'), 'FormsListPage', ['forms']);
export const FormReportPage = page(() => import('../features/forms/ReportPage'), 'ReportPage', ['forms']);
export const FormRespondPage = page(() => import('../features/forms/RespondPage'), 'RespondPage', ['forms']);
export const ReviewsPage = page(() => import('../features/forms/ReviewsPage'), 'ReviewsPage', ['forms']);
export const BodiesPage = page(() => import('../features/bodies/BodiesPage'), 'BodiesPage', ['bodies']);
export const BodyPage = page(() => import('../features/bodies/BodyPage'), 'BodyPage', ['bodies']);
export const CancelRegistrationPage = page(() => import('../features/meetings/CancelRegistrationPage'), 'CancelRegistrationPage', ['meetings', 'bodies']);
export const MeetingPage = page(() => import('../features/meetings/MeetingPage'), 'MeetingPage', ['meetings', 'bodies']);
export const MeetingsPage = page(() => import('../features/meetings/MeetingsPage'), 'MeetingsPage', ['meetings', 'bodies']);
export const MinutesPage = page(() => import('../features/meetings/MinutesPage'), 'MinutesPage', ['meetings', 'bodies']);
export const MyRegistrationsPage = page(() => import('../features/meetings/MyRegistrationsPage'), 'MyRegistrationsPage', ['meetings', 'bodies']);
export const ParticipationPage = page(() => import('../features/meetings/ParticipationPage'), 'ParticipationPage', ['meetings', 'bodies']);
export const MeetingRegisterPage = page(() => import('../features/meetings/RegisterPage'), 'RegisterPage', ['meetings', 'bodies']);
export const EditBodyPage = page(() => import('../features/bodies/officer/BodyFormPage'), 'EditBodyPage', ['bodies']);
export const NewBodyPage = page(() => import('../features/bodies/officer/BodyFormPage'), 'NewBodyPage', ['bodies']);
export const MembersPage = page(() => import('../features/bodies/officer/MembersPage'), 'MembersPage', ['bodies']);
export const ManageMeetingPage = page(() => import('../features/meetings/officer/ManageMeetingPage'), 'ManageMeetingPage', ['meetings', 'bodies']);
export const EditMeetingPage = page(() => import('../features/meetings/officer/MeetingFormPage'), 'EditMeetingPage', ['meetings', 'bodies']);
export const NewMeetingPage = page(() => import('../features/meetings/officer/MeetingFormPage'), 'NewMeetingPage', ['meetings', 'bodies']);
export const OfficerMeetingsPage = page(() => import('../features/meetings/officer/OfficerMeetingsPage'), 'OfficerMeetingsPage', ['meetings', 'bodies']);
export const RegistrationsPage = page(() => import('../features/meetings/officer/RegistrationsPage'), 'RegistrationsPage', ['meetings', 'bodies']);
export const CheckInPage = page(() => import('../features/meetings/officer/CheckInPage'), 'CheckInPage', ['meetings', 'bodies']);
export const MinutesEditorPage = page(() => import('../features/meetings/officer/MinutesEditorPage'), 'MinutesEditorPage', ['meetings', 'bodies']);
export const UnsubscribePage = page(() => import('../features/municipalities/UnsubscribePage'), 'UnsubscribePage', ['municipalities']);
export const AccessibilityPage = page(() => import('../features/site/SitePage'), 'AccessibilityPage', ['site']);
export const PrivacyPage = page(() => import('../features/site/SitePage'), 'PrivacyPage', ['site']);
export const EditSitePage = page(() => import('../features/site/EditSitePage'), 'EditSitePage', ['site', 'admin']);
export const MyParticipationPage = page(() => import('../features/account/MyParticipationPage'), 'MyParticipationPage', ['account', 'consultations', 'meetings']);
export const InvitationsPage = page(() => import('../features/organizations/InvitationsPage'), 'InvitationsPage', ['organizations']);
export const OrganizationPage = page(() => import('../features/organizations/OrganizationPage'), 'OrganizationPage', ['organizations']);
