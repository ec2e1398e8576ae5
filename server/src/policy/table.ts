import { bodyPolicy, type BodyFacts } from './body.policy';
import { consultationPolicy, type ConsultationFacts } from './consultation.policy';
import { contributionPolicy, type ContributionFacts } from './contribution.policy';
import { formPolicy, type FormFacts } from './form.policy';
import { meetingPolicy, type MeetingFacts } from './meeting.policy';
import { organizationPolicy, type OrganizationFacts } from './organization.policy';
import { registrationPolicy, type RegistrationFacts } from './registration.policy';
import { ANONYMOUS, type Standing } from './standing';
import type { SubjectPolicy } from './subject-policy';

/*
 * The "Who may do what" table of docs/architecture.md, computed from the policies themselves:
 * each kind of caller against each state of each subject. `table.spec.ts` fails when the table in
 * the document is not this one.
 */

const NOW = new Date('2026-03-10T10:00:00Z');
const EARLIER = new Date('2026-03-01T10:00:00Z');
const LATER = new Date('2026-03-20T00:00:00Z');
/** the caller's municipality (H), another one (D), a private body of H (B), an organisation (O) */
const H = 'H';
const D = 'D';
const B = 'B';
const O = 'O';

const someone = (over: Partial<Standing>): Standing => ({ ...ANONYMOUS, userId: 'u', emailVerified: true, ...over });

export const PERSONAS: Array<[string, Standing]> = [
  ['anonymous', ANONYMOUS],
  ['citizen', someone({ emailVerified: false })],
  ['verified citizen', someone({})],
  ['organisation member', someone({ organizations: new Map([[O, 'member']]) })],
  ['partner representative', someone({ organizations: new Map([[O, 'representative']]), partnerOf: new Set([H]) })],
  ['body member', someone({ bodyTerms: new Set([B]) })],
  ['moderator', someone({ roles: new Map([[H, 'moderator']]) })],
  ['officer', someone({ roles: new Map([[H, 'officer']]) })],
  ['officer elsewhere', someone({ roles: new Map([[D, 'officer']]) })],
  ['admin', someone({ admin: true })],
];

interface Subject<F> {
  title: string;
  policy: SubjectPolicy<F, string>;
  states: Array<[string, F]>;
}

const consultation = (publishedAt: Date | null): ConsultationFacts => ({ municipalityId: H, publishedAt });
const meeting = (over: Partial<MeetingFacts>): MeetingFacts => ({ id: 'm', municipalityId: H, bodyId: null, minutesVersion: 0, bodyVisibility: null, partnerMunicipalityIds: [], ...over });
const form = (over: Partial<FormFacts>): FormFacts => ({ municipalityId: H, publishedAt: EARLIER, audience: 'public', publishResults: false, ...over });

const SUBJECTS: Array<Subject<never>> = [
  {
    title: 'Consultation (and its report)',
    policy: consultationPolicy,
    states: [
      ['draft', consultation(null)],
      ['scheduled', consultation(LATER)],
      ['published', consultation(EARLIER)],
    ],
  } as Subject<ConsultationFacts>,
  {
    title: 'Contribution',
    policy: contributionPolicy,
    states: [
      ['in a draft', { authorId: null, consultation: consultation(null) }],
      ['in a scheduled', { authorId: null, consultation: consultation(LATER) }],
      ['in a published', { authorId: null, consultation: consultation(EARLIER) }],
    ],
  } as Subject<ContributionFacts>,
  {
    title: 'Body',
    policy: bodyPolicy,
    states: [
      ['public', { id: 'P', municipalityId: H, visibility: 'public' }],
      ['private', { id: B, municipalityId: H, visibility: 'private' }],
    ],
  } as Subject<BodyFacts>,
  {
    title: 'Meeting',
    policy: meetingPolicy,
    states: [
      ['open to all', meeting({})],
      ['of a private body', meeting({ bodyId: B, bodyVisibility: 'private' })],
      ['co-hosted with D', meeting({ partnerMunicipalityIds: [D] })],
      ['minutes published', meeting({ minutesVersion: 1 })],
    ],
  } as Subject<MeetingFacts>,
  {
    title: 'Registration',
    policy: registrationPolicy,
    states: [
      ['the caller’s', { id: 'r', userId: 'u', municipalityId: H }],
      ['someone else’s', { id: 'r', userId: 'x', municipalityId: H }],
    ],
  } as Subject<RegistrationFacts>,
  {
    title: 'Form (and its report)',
    policy: formPolicy,
    states: [
      ['draft', form({ publishedAt: null })],
      ['public', form({})],
      ['registered', form({ audience: 'registered' })],
      ['invited', form({ audience: 'invited' })],
      ['invited, results public', form({ audience: 'invited', publishResults: true })],
    ],
  } as Subject<FormFacts>,
  {
    title: 'Organisation',
    policy: organizationPolicy,
    states: [
      ['O', { id: O }],
      ['another', { id: 'X' }],
    ],
  } as Subject<OrganizationFacts>,
] as never;

/** The Markdown of the table: per subject, a caller per row, an action per column, the states where it is allowed. */
export function renderPolicyTable(): string {
  const out: string[] = [];
  for (const subject of SUBJECTS as Array<Subject<unknown>>) {
    const actions = ['view', ...subject.policy.actions];
    out.push(`**${subject.title}**: ${subject.states.map(([s]) => s).join(' · ')}`, '');
    out.push(`| caller | ${actions.join(' | ')} |`, `| --- | ${actions.map(() => '---').join(' | ')} |`);
    for (const [persona, s] of PERSONAS) {
      const cells = actions.map((a) => {
        const allowed = subject.states.filter(([, f]) => subject.policy.can(s, f, a, NOW)).map(([name]) => name);
        return allowed.length === subject.states.length ? 'all' : allowed.length ? allowed.join(', ') : '—';
      });
      out.push(`| ${persona} | ${cells.join(' | ')} |`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}
