// Maintained by `npm run migration:generate`: the committed migrations, in order.
import type { MigrationInterface } from 'typeorm';
import { Extensions1763700000000 } from './1763700000000-Extensions';
import { Init1795321539306 } from './1795321539306-Init';
import { AuditAppendOnly1795321539307 } from './1795321539307-AuditAppendOnly';
import { Consultations1795322401351 } from './1795322401351-Consultations';
import { Contributions1795322603430 } from './1795322603430-Contributions';
import { ContributionTrigrams1795322603431 } from './1795322603431-ContributionTrigrams';
import { Documents1795323415785 } from './1795323415785-Documents';
import { Follows1795323733510 } from './1795323733510-Follows';
import { BodiesMeetings1795324599466 } from './1795324599466-BodiesMeetings';
import { Forms1795690543927 } from './1795690543927-Forms';
import { FormResponseInbox1795714115512 } from './1795714115512-FormResponseInbox';
import { TextLanguage1796524499719 } from './1796524499719-TextLanguage';
import { ServiceGradePages1796524517668 } from './1796524517668-ServiceGradePages';
import { MinGroupSizeAtLeast31796524591707 } from './1796524591707-MinGroupSizeAtLeast3';
import { OrganizationInvitations1796524657203 } from './1796524657203-OrganizationInvitations';
import { FormResponseGroups1796525081350 } from './1796525081350-FormResponseGroups';
import { MeetingRevision1796525629002 } from './1796525629002-MeetingRevision';
import { KeyboardShortcuts1796525728902 } from './1796525728902-KeyboardShortcuts';
import { FormReminderRounds1796526543839 } from './1796526543839-FormReminderRounds';
import { FormSealedGroups1796527817333 } from './1796527817333-FormSealedGroups';
import { FormGroupReleaseLanguage1796528500000 } from './1796528500000-FormGroupReleaseLanguage';
import { MunicipalityCodes1796530156084 } from './1796530156084-MunicipalityCodes';
import { ParticipantCounters1796534493574 } from './1796534493574-ParticipantCounters';
import { StatusFactsNotify1796535000000 } from './1796535000000-StatusFactsNotify';

export const MIGRATIONS: Array<new () => MigrationInterface> = [Extensions1763700000000, Init1795321539306, AuditAppendOnly1795321539307, Consultations1795322401351, Contributions1795322603430, ContributionTrigrams1795322603431, Documents1795323415785, Follows1795323733510, BodiesMeetings1795324599466, Forms1795690543927, FormResponseInbox1795714115512, TextLanguage1796524499719, ServiceGradePages1796524517668, MinGroupSizeAtLeast31796524591707, OrganizationInvitations1796524657203, FormResponseGroups1796525081350, MeetingRevision1796525629002, KeyboardShortcuts1796525728902, FormReminderRounds1796526543839, FormSealedGroups1796527817333, FormGroupReleaseLanguage1796528500000, MunicipalityCodes1796530156084, ParticipantCounters1796534493574, StatusFactsNotify1796535000000];
