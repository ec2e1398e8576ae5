import { Injectable } from '@nestjs/common';
import { Access } from '../common/access';
import type { AuthUser } from '../common/auth-user';
import { DomainError } from '../common/domain-error';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import type { Municipality } from '../municipalities/municipality.entity';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import type { Form } from './form.entity';
import type { FormStatus } from './forms.repository';
import { FormsRepository } from './forms.repository';

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
  /** an officer of the form's municipality (or an admin): manages it */
  officer: boolean;
  /** a representative of a verified partner organisation of the municipality */
  partner: boolean;
}

/**
 * Who may see what of a form: officers everything, drafts included; partner NGOs every published
 * form and its report with the free texts; everyone else what the audience and `publishResults`
 * allow. A draft is a 404 for all but its officers.
 */
@Injectable()
export class FormAccess {
  constructor(
    private readonly forms: FormsRepository,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly access: Access,
  ) {}

  async viewOf(viewer: AuthUser | undefined, form: Form): Promise<FormView> {
    const municipality = (await this.municipalities.findById(form.municipalityId))!;
    const officer = await this.access.hasStaffRole(viewer, form.municipalityId, ['officer']);
    const partner = !!viewer && !officer && (await this.organizations.isPartnerRepresentative(viewer.id, form.municipalityId));
    return { form, municipality, officer, partner };
  }

  /** The form as far as the caller may know it exists: drafts are 404 except for officers. */
  async require(viewer: AuthUser | undefined, id: string): Promise<FormView> {
    const form = await this.forms.findById(id);
    if (!form) throw DomainError.notFound();
    const view = await this.viewOf(viewer, form);
    if (!form.publishedAt && !view.officer) throw DomainError.notFound();
    return view;
  }

  /**
   * For writes: the locked form; 404 unknown or a draft the caller cannot see (as a read would
   * answer), 403 a published form of a municipality where the caller is not an officer.
   */
  async requireOfficer(actor: AuthUser, id: string, lock = true): Promise<FormView> {
    const form = lock ? await this.forms.findForUpdate(id) : await this.forms.findById(id);
    if (!form) throw DomainError.notFound();
    if (!form.publishedAt && !(await this.access.hasStaffRole(actor, form.municipalityId, ['officer']))) throw DomainError.notFound();
    await this.access.requireStaff(actor, form.municipalityId, ['officer']);
    return { form, municipality: (await this.municipalities.findById(form.municipalityId))!, officer: true, partner: false };
  }

  static mayReadReport(v: FormView): boolean {
    return v.officer || (!!v.form.publishedAt && (v.partner || v.form.publishResults));
  }

  /** Free-text answers: officers and partner NGOs, or everyone once results are public. */
  static mayReadTexts(v: FormView): boolean {
    return FormAccess.mayReadReport(v);
  }

  /** The report: 401 for an anonymous caller, 403 for an outsider. */
  async requireReport(viewer: AuthUser | undefined, id: string): Promise<FormView> {
    const view = await this.require(viewer, id);
    if (FormAccess.mayReadReport(view)) return view;
    if (!viewer) throw new DomainError('unauthorized');
    throw DomainError.forbidden();
  }
}
