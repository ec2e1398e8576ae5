import { consultationPolicy } from '../policy/consultation.policy';
import type { Policy, Subject } from '../policy/policy.service';
import type { Consultation } from './consultation.entity';
import type { ConsultationsRepository, ConsultationStatusFacts } from './consultations.repository';

declare module '../policy/policy.service' {
  interface Subjects {
    /** the whole consultation */
    consultation: Subject<Consultation, typeof consultationPolicy>;
    /** only what decides its status and who sees it: the hot path of a submission */
    consultationStatus: Subject<ConsultationStatusFacts, typeof consultationPolicy>;
  }
}

/** How the policy layer loads a consultation's facts (ConsultationsModule registers them at start-up). */
export function registerConsultationFacts(policy: Policy, consultations: ConsultationsRepository): void {
  policy.register('consultation', consultationPolicy, (id, lock) => (lock ? consultations.findForUpdate(id) : consultations.findById(id)));
  policy.register('consultationStatus', consultationPolicy, (id) => consultations.findStatusFacts(id));
}

