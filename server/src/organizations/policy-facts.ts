import { organizationPolicy } from '../policy/organization.policy';
import type { Policy, Subject } from '../policy/policy.service';
import type { Organization } from './organization.entity';
import type { OrganizationsRepository } from './organizations.repository';

declare module '../policy/policy.service' {
  interface Subjects {
    organization: Subject<Organization, typeof organizationPolicy>;
  }
}

/** How the policy layer loads an organisation's facts (OrganizationsModule registers them at start-up). */
export function registerOrganizationFacts(policy: Policy, organizations: OrganizationsRepository): void {
  policy.register('organization', organizationPolicy, (id) => organizations.findById(id));
}
