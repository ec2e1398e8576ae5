import { bodyPolicy } from '../policy/body.policy';
import type { Policy, Subject } from '../policy/policy.service';
import type { BodiesRepository } from './bodies.repository';
import type { PublicBody } from './body.entity';

declare module '../policy/policy.service' {
  interface Subjects {
    body: Subject<PublicBody, typeof bodyPolicy>;
  }
}

/** How the policy layer loads a body's facts (BodiesModule registers them at start-up). */
export function registerBodyFacts(policy: Policy, bodies: BodiesRepository): void {
  policy.register('body', bodyPolicy, (id, lock) => (lock ? bodies.findForUpdate(id) : bodies.findById(id)));
}
