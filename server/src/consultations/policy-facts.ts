import { consultationPolicy } from '../policy/consultation.policy';
import type { Policy, Subject } from '../policy/policy.service';
import type { Consultation } from './consultation.entity';
import type { ConsultationsRepository, ConsultationStatusFacts } from './consultations.repository';
import type { ConsultationStatusFactsCache } from './status-facts-cache';

declare module '../policy/policy.service' {
  interface Subjects {
    /** the whole consultation */
    consultation: Subject<Consultation, typeof consultationPolicy>;
    /** only what decides its status and who sees it: the hot path of a submission */
    consultationStatus: Subject<ConsultationStatusFacts, typeof consultationPolicy>;
  }
}

/** How the policy layer loads a consultation's facts (ConsultationsModule registers them at start-up). */
export function registerConsultationFacts(policy: Policy, consultations: ConsultationsRepository, statusFacts: ConsultationStatusFactsCache): void {
  policy.register('consultation', consultationPolicy, (id, lock) => (lock ? consultations.findForUpdate(id) : consultations.findById(id)));
  // the status columns, cached a few seconds in process and dropped on change (LISTEN/NOTIFY from
  // every instance): the hot paths of contributions ask for these
  policy.register('consultationStatus', consultationPolicy, (id) => statusFacts.get(id));
}

