import { User } from '../accounts/user.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { EmailToken } from '../auth/email-token.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { CalendarDay } from '../consultations/calendar-day.entity';
import { ConsultationSection } from '../consultations/consultation-section.entity';
import { ConsultationVersion } from '../consultations/consultation-version.entity';
import { Consultation } from '../consultations/consultation.entity';
import { ConsultationParticipant } from '../contributions/consultation-participant.entity';
import { ContributionFlag } from '../contributions/contribution-flag.entity';
import { ContributionSupport } from '../contributions/contribution-support.entity';
import { Contribution } from '../contributions/contribution.entity';
import { ContributionResponse } from '../responses/contribution-response.entity';
import { ConsultationDocument } from '../documents/document.entity';
import { MunicipalityFollow } from '../follows/municipality-follow.entity';
import { IdempotencyKey } from '../common/idempotency-key.entity';
import { RateLimitCounter } from '../common/rate-limit.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { StaffRole } from '../municipalities/staff-role.entity';
import { OrganizationMember } from '../organizations/organization-member.entity';
import { Organization } from '../organizations/organization.entity';
import { Partnership } from '../organizations/partnership.entity';
import { BodyConsultation, BodyMember, PublicBody } from '../bodies/body.entity';
import { Meeting, MeetingMinutes, MeetingPartner } from '../meetings/meeting.entity';
import { CheckIn, Registration } from '../registrations/registration.entity';
import { Form, FormAnswer, FormInvitation, FormRespondent, FormResponse, FormResponseInbox } from '../forms/form.entity';

/** Every entity; the data source, the migration generator and the drift check use this list. */
export const ENTITIES = [User, RefreshToken, EmailToken, Municipality, StaffRole, Organization, OrganizationMember, Partnership, AuditEntry, IdempotencyKey, RateLimitCounter, Consultation, ConsultationSection, ConsultationVersion, CalendarDay, Contribution, ContributionSupport, ContributionFlag, ConsultationParticipant, ContributionResponse, ConsultationDocument, MunicipalityFollow, PublicBody, BodyMember, BodyConsultation, Meeting, MeetingPartner, MeetingMinutes, Registration, CheckIn, Form, FormInvitation, FormResponse, FormAnswer, FormRespondent, FormResponseInbox];
