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
export { MyParticipationPage } from './account/MyParticipationPage';
export { AccessibilityPage, PrivacyPage } from './site/SitePage';
export { EditSitePage } from './site/EditSitePage';
export { HomePage } from './municipalities/HomePage';
export { MunicipalityPage } from './municipalities/MunicipalityPage';
export { UnsubscribePage } from './municipalities/UnsubscribePage';
export { AdminHomePage } from './admin/AdminHomePage';
export { MunicipalitiesPage } from './admin/MunicipalitiesPage';
export { CreateMunicipalityPage, EditMunicipalityPage } from './admin/MunicipalityFormPage';
export { OrganizationsPage } from './admin/OrganizationsPage';
export { PartnersPage } from './admin/PartnersPage';
export { StaffPage } from './admin/StaffPage';
export { ConsultationsPage } from './consultations/ConsultationsPage';
export { ConsultationPage } from './consultations/ConsultationPage';
export { ContributePage } from './consultations/ContributePage';
export { ReportPage } from './consultations/ReportPage';
export { VersionsPage } from './consultations/VersionsPage';
export { AnswersPage } from './consultations/officer/AnswersPage';
export { EditConsultationPage, NewConsultationPage } from './consultations/officer/ConsultationFormPage';
export { DocumentsPage } from './consultations/officer/DocumentsPage';
export { ManagePage } from './consultations/officer/ManagePage';
export { OfficerHomePage } from './consultations/officer/OfficerHomePage';
export { OfflinePage } from './consultations/officer/OfflinePage';
export { PublishPage } from './consultations/officer/PublishPage';
export { ReportAdminPage } from './consultations/officer/ReportAdminPage';
export { EditFormPage, NewFormPage } from './forms/officer/FormBuilderPage';
export { FormsListPage } from './forms/officer/FormsListPage';
export { ReportPage as FormReportPage } from './forms/ReportPage';
export { RespondPage as FormRespondPage } from './forms/RespondPage';
export { ReviewsPage } from './forms/ReviewsPage';
export { BodiesPage } from './bodies/BodiesPage';
export { BodyPage } from './bodies/BodyPage';
export { CancelRegistrationPage } from './meetings/CancelRegistrationPage';
export { MeetingPage } from './meetings/MeetingPage';
export { MeetingsPage } from './meetings/MeetingsPage';
export { MinutesPage } from './meetings/MinutesPage';
export { MyRegistrationsPage } from './meetings/MyRegistrationsPage';
export { ParticipationPage } from './meetings/ParticipationPage';
export { RegisterPage as MeetingRegisterPage } from './meetings/RegisterPage';
export { EditBodyPage, NewBodyPage } from './bodies/officer/BodyFormPage';
export { MembersPage } from './bodies/officer/MembersPage';
export { ManageMeetingPage } from './meetings/officer/ManageMeetingPage';
export { EditMeetingPage, NewMeetingPage } from './meetings/officer/MeetingFormPage';
export { OfficerMeetingsPage } from './meetings/officer/OfficerMeetingsPage';
export { RegistrationsPage } from './meetings/officer/RegistrationsPage';
export { CheckInPage } from './meetings/officer/CheckInPage';
export { MinutesEditorPage } from './meetings/officer/MinutesEditorPage';
export { InvitationsPage } from './organizations/InvitationsPage';
export { OrganizationPage } from './organizations/OrganizationPage';

import { accountMessages } from './account/messages';
import { adminMessages } from './admin/messages';
import { authMessages } from './auth/messages';
import { bodyMessages } from './bodies/messages';
import { consultationMessages } from './consultations/messages';
import { officerMessages } from './consultations/officer/messages';
import { formsMessages } from './forms/messages';
import { meetingMessages } from './meetings/messages';
import { municipalityMessages } from './municipalities/messages';
import { siteMessages } from './site/messages';
import { organizationMessages } from './organizations/messages';

export const featureMessages = {
  auth: authMessages,
  account: accountMessages,
  municipalities: municipalityMessages,
  admin: adminMessages,
  consultations: consultationMessages,
  officer: officerMessages,
  forms: formsMessages,
  meetings: meetingMessages,
  bodies: bodyMessages,
  site: siteMessages,
  organizations: organizationMessages,
};
