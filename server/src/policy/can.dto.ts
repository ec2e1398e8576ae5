import { ApiProperty } from '@nestjs/swagger';

/**
 * What the caller may do with a subject, from its policy (server/src/policy): the client shows an
 * action when its flag is true. A flag says the caller holds the right; the subject's state (a
 * closed window, an already published draft) may still refuse the action with its own error.
 */
export class ConsultationCanDto {
  @ApiProperty({ description: 'see what the municipality’s staff see: hidden texts, flags, the report before it is published' }) inspect: boolean;
  @ApiProperty({ description: 'change the draft (a correction once published), add documents, use the deadline calculator' }) edit: boolean;
  @ApiProperty({ description: 'publish the draft' }) publish: boolean;
  @ApiProperty({ description: 'answer contributions and register offline ones' }) answer: boolean;
  @ApiProperty({ description: 'publish the report (справка) and record the outcome' }) report: boolean;
  @ApiProperty({ description: 'hide and show contributions, group duplicates' }) moderate: boolean;
}

export class ContributionCanDto {
  @ApiProperty({ description: 'read it whole when hidden, with its flags' }) inspect: boolean;
  @ApiProperty({ description: 'support it (while the consultation is open)' }) support: boolean;
  @ApiProperty({ description: 'flag it for the moderators' }) flag: boolean;
  @ApiProperty({ description: 'hide or show it' }) moderate: boolean;
  @ApiProperty({ description: 'answer it in the report' }) answer: boolean;
}

export class BodyCanDto {
  @ApiProperty({ description: 'see it as its municipality’s staff' }) inspect: boolean;
  @ApiProperty({ description: 'change it, its members and linked consultations' }) manage: boolean;
}

export class MeetingCanDto {
  @ApiProperty({ description: 'see it as the host municipality’s staff' }) inspect: boolean;
  @ApiProperty({ description: 'change it, its minutes and registrations; check people in' }) manage: boolean;
  @ApiProperty({ description: 'read the participation report (before the minutes are published too)' }) participation: boolean;
}

export class FormCanDto {
  @ApiProperty({ description: 'change, publish, invite, remind, download the responses' }) manage: boolean;
  @ApiProperty({ description: 'find it in the list of forms' }) list: boolean;
  @ApiProperty({ description: 'see its questions without an invitation' }) read: boolean;
  @ApiProperty({ description: 'read its report' }) report: boolean;
  @ApiProperty({ description: 'read the free-text answers in its report' }) texts: boolean;
}

export class OrganizationCanDto {
  @ApiProperty({ description: 'see its members' }) members: boolean;
  @ApiProperty({ description: 'invite people, cancel invitations, remove members' }) manage: boolean;
  @ApiProperty({ description: 'mark it verified' }) verify: boolean;
}
