import { Injectable, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hashSecret } from '../common/secrets';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import type { Locale } from '../common/locale';
import { PersonalData } from '../common/personal-data';
import { localDateOf } from '../legal-time/zoned-time';
import { Tx } from '../database/transaction';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { formPolicy } from '../policy/form.policy';
import { Policy } from '../policy/policy.service';
import { ResponseReceivedDto, SubmitResponseDto } from './dto/form.dto';
import { formStatus } from './form-access';
import { FormsRepository } from './forms.repository';
import { answerProblemMessage, checkAnswers } from './questions';

/**
 * Taking a response. On an anonymous form the link is spent (or the account noted as having
 * answered) and the answers put in the form's inbox in the same transaction, with nothing that
 * joins them: a random id, the day only, no account, no invitation, no audit entry, no log line of
 * our own. When the inbox holds a group (`minGroupSize`), the same transaction moves the whole
 * group into the responses in random order, so the responses share the `xmin` of the transaction
 * that completed the group, never that of each one's own link. An identified form stores the
 * response directly, with its respondent, outside any group until one is complete. Reports count
 * only whole groups, each dated the day it was complete.
 */
@Injectable()
export class FormResponsesService implements OnModuleInit {
  constructor(
    private readonly repo: FormsRepository,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly policy: Policy,
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly personalData: PersonalData,
  ) {}

  onModuleInit(): void {
    this.personalData.register({ key: 'formResponses', export: (userId) => this.exportOf(userId), erase: (userId) => this.forget(userId) });
  }

  /**
   * For the account export: the answers given on identified forms, and which forms the account
   * answered anonymously (only that it did: nothing joins it to those answers).
   */
  private async exportOf(userId: string): Promise<{ identified: unknown[]; answeredAnonymously: unknown[] }> {
    const identified = await this.repo.identifiedResponsesOf(userId);
    const answeredAnonymously = await this.repo.anonymousFormsAnsweredBy(userId);
    return { identified, answeredAnonymously };
  }

  /** The account is being deleted: its identified answers stay in the results, without the link to it. */
  private async forget(userId: string): Promise<void> {
    await this.repo.forgetRespondent(userId);
  }

  submit(viewer: AuthUser | undefined, id: string, dto: SubmitResponseDto, locale: Locale): Promise<ResponseReceivedDto> {
    return this.tx.run(async () => {
      const form = await this.repo.findForShare(id);
      if (!form) throw DomainError.notFound();
      await this.policy.check(viewer, formPolicy, form, 'view');

      const invitation = dto.token ? await this.repo.findInvitation(form.id, hashSecret(dto.token)) : null;
      if (dto.token && !invitation) throw new DomainError('invalid_token');
      if (!invitation) {
        if (form.audience === 'invited') {
          // who may find the form in the list knows it exists: 403; anyone else: 404
          const knows = await this.policy.can(viewer, formPolicy, form, 'list');
          throw knows ? DomainError.forbidden() : DomainError.notFound();
        }
        if (form.audience === 'registered') {
          if (!viewer) throw new DomainError('unauthorized');
          if (!viewer.emailVerified) throw new DomainError('email_not_verified');
        }
      }

      const status = formStatus(form, this.clock.now());
      if (status !== 'open') throw new DomainError('form_closed', { status });

      const checked = checkAnswers(form.questions, dto.answers);
      const { problems } = checked;
      // each text keeps its language, so it is read aloud in its own voice
      const lang = dto.lang ?? locale;
      const answers = checked.answers.map((a) => (a.text !== undefined ? { ...a, lang } : a));
      if (problems.length) {
        throw new DomainError('validation_failed', {
          fields: problems.map((p) => ({ field: `answers.${p.key}`, codes: [p.code], messages: [answerProblemMessage(p, form.questions, locale)] })),
          questions: [...new Set(problems.map((p) => p.key))],
        });
      }

      if (invitation) {
        if (!(await this.repo.spendInvitation(invitation.id))) throw new DomainError('already_answered');
      } else if (viewer) {
        if (!(await this.repo.addRespondent(form.id, viewer.id))) throw new DomainError('already_answered');
      }

      const now = this.clock.now();
      const m = (await this.municipalities.findById(form.municipalityId))!;
      const submittedOn = localDateOf(now, m.timeZone);
      if (form.anonymous) {
        // the mix: the answers wait in the inbox; once a group is there, this transaction moves it
        await this.repo.addToInbox(form.id, submittedOn, answers);
      } else {
        await this.repo.addResponse(
          { id: randomUUID(), formId: form.id, submittedOn, anonymous: false, userId: invitation ? null : (viewer?.id ?? null), invitationId: invitation?.id ?? null, groupNo: null, groupedOn: null },
          answers,
        );
      }
      // either way the answers join the reports in a group of minGroupSize, dated the day it is complete
      await this.repo.releaseGroup(form.id, form.minGroupSize, now);
      return { formId: form.id, submittedOn, anonymous: form.anonymous };
    });
  }
}
