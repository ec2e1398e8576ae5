import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import type { Municipality } from '../municipalities/municipality.entity';
import type { FormCanDto } from '../policy/can.dto';
import { formPolicy } from '../policy/form.policy';
import { Policy } from '../policy/policy.service';
import { isOfficerOf } from '../policy/standing';
import type { Form } from './form.entity';
import type { FormStatus } from './forms.repository';

/** Draft until published; then scheduled, open and closed by the clock. */
export function formStatus(form: Pick<Form, 'publishedAt' | 'opensAt' | 'closesAt'>, now: Date): FormStatus {
  if (!form.publishedAt) return 'draft';
  if (form.opensAt && now < form.opensAt) return 'scheduled';
  if (form.closesAt && now >= form.closesAt) return 'closed';
  return 'open';
}

export interface FormView {
  form: Form;
  municipality: Municipality;
  /** an officer of the form's municipality (or, on a published form, an admin): manages it */
  officer: boolean;
  /** a representative of a verified partner organisation of the municipality (and no officer) */
  partner: boolean;
  /** every action's flag (`formPolicy`) */
  can: FormCanDto;
  /** sees the municipality's drafts (of a consultation the form is about): its officers only */
  seesDrafts: boolean;
}

/** A form as the caller sees it; the decisions are `formPolicy`'s, asked through `Policy`. */
@Injectable()
export class FormAccess {
  constructor(
    private readonly policy: Policy,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly clock: Clock,
  ) {}

  async viewOf(viewer: AuthUser | undefined, form: Form): Promise<FormView> {
    const municipality = (await this.municipalities.findById(form.municipalityId))!;
    const s = await this.policy.standing(viewer);
    const now = this.clock.now();
    const can = Object.fromEntries(formPolicy.actions.map((a) => [a, formPolicy.can(s, form, a, now)])) as unknown as FormCanDto;
    return { form, municipality, officer: can.manage, partner: !can.manage && s.partnerOf.has(form.municipalityId), can, seesDrafts: isOfficerOf(s, form.municipalityId) };
  }

  /** The form as far as the caller may know it exists: drafts are 404 except for their officers. */
  async require(viewer: AuthUser | undefined, id: string): Promise<FormView> {
    return this.viewOf(viewer, await this.policy.require(viewer, 'form', id, 'view'));
  }

  /**
   * For writes: the form (locked unless `lock` is false); 404 unknown or a draft the caller cannot
   * see (as a read would answer), 403 a published form the caller may not manage.
   */
  async requireOfficer(actor: AuthUser, id: string, lock = true): Promise<FormView> {
    return this.viewOf(actor, await this.policy.require(actor, 'form', id, 'manage', { lock }));
  }

  /** The report: 401 for an anonymous caller, 403 for an outsider. */
  async requireReport(viewer: AuthUser | undefined, id: string): Promise<FormView> {
    return this.viewOf(viewer, await this.policy.require(viewer, 'form', id, 'report'));
  }
}
