import type { BodiesRepository } from '../bodies/bodies.repository';
import { meetingPolicy, type MeetingFacts } from '../policy/meeting.policy';
import type { Policy, Subject } from '../policy/policy.service';
import { registrationPolicy, type RegistrationFacts } from '../policy/registration.policy';
import type { Meeting } from './meeting.entity';
import type { MeetingsRepository } from './meetings.repository';
import type { Registration } from './registration.entity';
import type { RegistrationsRepository } from './registrations.repository';

declare module '../policy/policy.service' {
  interface Subjects {
    /** the meeting, with its body's visibility and its co-hosts */
    meeting: Subject<Meeting & MeetingFacts, typeof meetingPolicy>;
    /** the registration, with its meeting's host municipality */
    registration: Subject<Registration & RegistrationFacts, typeof registrationPolicy>;
  }
}

/** A meeting's facts for its policy: the body's visibility and the co-hosts, beside the row. */
export async function meetingFacts(meeting: Meeting, meetings: MeetingsRepository, bodies: BodiesRepository): Promise<Meeting & MeetingFacts> {
  const body = meeting.bodyId ? await bodies.findById(meeting.bodyId) : null;
  const partners = await meetings.partners(meeting.id);
  return Object.assign(meeting, { bodyVisibility: body?.visibility ?? null, partnerMunicipalityIds: partners.map((p) => p.id) });
}

/** How the policy layer loads meetings' and registrations' facts (MeetingsModule registers them at start-up). */
export function registerMeetingFacts(policy: Policy, meetings: MeetingsRepository, registrations: RegistrationsRepository, bodies: BodiesRepository): void {
  policy.register('meeting', meetingPolicy, async (id, lock) => {
    const meeting = lock ? await meetings.findForUpdate(id) : await meetings.findById(id);
    return meeting && meetingFacts(meeting, meetings, bodies);
  });
  policy.register('registration', registrationPolicy, async (id) => {
    const r = await registrations.findById(id);
    const meeting = r && (await meetings.findById(r.meetingId));
    return r && meeting && Object.assign(r, { municipalityId: meeting.municipalityId });
  });
}
