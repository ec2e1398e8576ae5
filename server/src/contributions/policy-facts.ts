import type { ConsultationsRepository, ConsultationStatusFacts } from '../consultations/consultations.repository';
import { contributionPolicy } from '../policy/contribution.policy';
import type { Policy, Subject } from '../policy/policy.service';
import type { Contribution } from './contribution.entity';
import type { ContributionsRepository } from './contributions.repository';

declare module '../policy/policy.service' {
  interface Subjects {
    /** the contribution, with its consultation's status facts */
    contribution: Subject<Contribution & { consultation: ConsultationStatusFacts }, typeof contributionPolicy>;
  }
}

/** How the policy layer loads a contribution's facts (ContributionsModule registers them at start-up). */
export function registerContributionFacts(policy: Policy, contributions: ContributionsRepository, consultations: ConsultationsRepository): void {
  policy.register('contribution', contributionPolicy, async (id) => {
    const c = await contributions.findById(id);
    const consultation = c && (await consultations.findStatusFacts(c.consultationId));
    return c && consultation && Object.assign(c, { consultation });
  });
}
