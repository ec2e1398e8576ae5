/**
 * The names the rules read, declared here so that the policy layer depends on no feature: the
 * features' entities take their columns' types from these (feature → policy is the allowed way).
 */

/** A person's role in one municipality (municipalities/staff-role.entity.ts). */
export type StaffRoleName = 'officer' | 'moderator';

/** A person's role in an organisation (organizations/organization-member.entity.ts). */
export type OrganizationRole = 'representative' | 'member';

/** Who a body (and its meetings) exists for (bodies/body.entity.ts). */
export const BODY_VISIBILITIES = ['public', 'private'] as const;
export type BodyVisibility = (typeof BODY_VISIBILITIES)[number];

/** The answer to an invitation into a body (bodies/body.entity.ts, a term's `invitation`). */
export const MEMBER_INVITATIONS = ['pending', 'accepted', 'declined'] as const;
export type MemberInvitation = (typeof MEMBER_INVITATIONS)[number];

/** Who answers a form and reads its questions (forms/form.entity.ts). */
export const FORM_AUDIENCES = ['public', 'registered', 'invited'] as const;
export type FormAudience = (typeof FORM_AUDIENCES)[number];
