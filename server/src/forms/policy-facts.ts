import { formPolicy } from '../policy/form.policy';
import type { Policy, Subject } from '../policy/policy.service';
import type { Form } from './form.entity';
import type { FormsRepository } from './forms.repository';

declare module '../policy/policy.service' {
  interface Subjects {
    form: Subject<Form, typeof formPolicy>;
  }
}

/** How the policy layer loads a form's facts (FormsModule registers them at start-up). */
export function registerFormFacts(policy: Policy, forms: FormsRepository): void {
  policy.register('form', formPolicy, (id, lock) => (lock ? forms.findForUpdate(id) : forms.findById(id)));
}
