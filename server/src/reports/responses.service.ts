import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { Locale, localize } from '../common/locale';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { ConsultationsRepository } from '../consultations/consultations.repository';
import type { Consultation } from '../consultations/consultation.entity';
import { consultationStatus } from '../consultations/status';
import { Policy } from '../policy/policy.service';
import { Contribution } from '../contributions/contribution.entity';
import { Tx } from '../database/transaction';
import { MailService } from '../mail/mail.service';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { DECISION_LABELS } from './report-format';
import { ReportsRepository } from './reports.repository';
import { ContributionResponse } from './contribution-response.entity';
import { RespondDto, RespondManyResultDto, ResponseDto } from './dto/response.dto';

/** Answering proposals after the consultation closes; every change is a new immutable version. */
@Injectable()
export class ResponsesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly consultations: ConsultationsRepository,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly reports: ReportsRepository,
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly policy: Policy,
    private readonly mail: MailService,
  ) {}

  private async answerable(officer: AuthUser, consultationId: string): Promise<Consultation> {
    const c = await this.policy.require(officer, 'consultation', consultationId, 'answer', { lock: true });
    const status = consultationStatus(c, this.clock.now());
    if (status === 'draft' || status === 'upcoming' || status === 'open') throw new DomainError('consultation_not_closed', { status, closesAt: c.closesAt?.toISOString() ?? null });
    if (status === 'decided') throw new DomainError('outcome_already_recorded');
    return c;
  }

  /** `locale`: the request's language, the reasoning's when the body names none. */
  respond(officer: AuthUser, contributionId: string, dto: RespondDto, locale: Locale): Promise<ResponseDto> {
    return this.tx.run(async () => {
      const contribution = await this.tx.repo(Contribution).findOneBy({ id: contributionId });
      if (!contribution) throw DomainError.notFound();
      const c = await this.answerable(officer, contribution.consultationId);
      return this.write(officer, c, [contribution], dto, dto.lang ?? locale).then((r) => r[0]);
    });
  }

  respondMany(officer: AuthUser, consultationId: string, ids: string[], dto: RespondDto, locale: Locale): Promise<RespondManyResultDto> {
    return this.tx.run(async () => {
      const c = await this.answerable(officer, consultationId);
      const unique = [...new Set(ids)];
      const contributions = await this.tx.repo(Contribution).createQueryBuilder('x').where('x.id IN (:...ids)', { ids: unique }).andWhere('x.consultation_id = :cid', { cid: c.id }).getMany();
      if (contributions.length !== unique.length) {
        const found = new Set(contributions.map((x) => x.id));
        throw DomainError.validation([{ field: 'contributionIds', code: 'not_contributions', params: { ids: unique.filter((id) => !found.has(id)).join(', ') } }]);
      }
      const items = await this.write(officer, c, contributions, dto, dto.lang ?? locale);
      return { updated: items.length, items };
    });
  }

  private async write(officer: AuthUser, c: Consultation, contributions: Contribution[], dto: RespondDto, lang: Locale): Promise<ResponseDto[]> {
    const reasoning = dto.reasoning?.trim() ?? '';
    if (dto.decision !== 'accepted' && !reasoning) throw new DomainError('reasoning_required');
    const afterReport = c.reportPublishedAt !== null;
    const repo = this.tx.repo(ContributionResponse);
    const m = (await this.municipalities.findById(c.municipalityId))!;
    const out: ResponseDto[] = [];
    for (const contribution of contributions) {
      const previous = await repo.findOneBy({ contributionId: contribution.id, current: true });
      if (previous && previous.decision === dto.decision && previous.reasoning === reasoning) {
        out.push(toDto(previous));
        continue;
      }
      if (previous) await repo.update({ id: previous.id }, { current: false });
      const saved = await repo.save(
        repo.create({ contributionId: contribution.id, consultationId: c.id, version: (previous?.version ?? 0) + 1, decision: dto.decision, reasoning, lang, officerId: officer.id, changeNote: dto.changeNote ?? null, current: true, createdAt: this.clock.now() }),
      );
      if (afterReport) {
        await this.consultations.addVersion({
          consultationId: c.id,
          subject: 'response',
          version: await this.reports.nextVersion(c.id, 'response'),
          snapshot: { contributionId: contribution.id, before: previous ? { decision: previous.decision, reasoning: previous.reasoning } : null, after: { decision: dto.decision, reasoning, lang } },
          note: dto.changeNote ?? null,
          createdBy: officer.id,
        });
      }
      await this.audit.record({ actorId: officer.id, action: 'contribution.respond', entityType: 'contribution', entityId: contribution.id, municipalityId: c.municipalityId, before: previous ? { decision: previous.decision, reasoning: previous.reasoning, version: previous.version } : null, after: { decision: dto.decision, reasoning, version: saved.version } });
      await this.notify(contribution, c, m.defaultLocale, dto.decision, reasoning);
      out.push(toDto(saved));
    }
    return out;
  }

  private async notify(contribution: Contribution, c: Consultation, fallback: Locale, decision: RespondDto['decision'], reasoning: string): Promise<void> {
    let to: string | null = contribution.authorEmail;
    let name = contribution.authorName ?? '';
    let locale: Locale = fallback;
    if (contribution.authorId) {
      const [u] = await this.reports.liveAuthor(contribution.authorId);
      to = u?.email ?? null;
      name = u?.display_name ?? name;
      locale = u?.locale ?? locale;
    }
    if (!to) return;
    await this.mail.send(to, 'proposalAnswered', locale, {
      name,
      consultation: localize(c.title, locale),
      decision: DECISION_LABELS[decision],
      reasoning,
      link: `${this.config.publicUrl}/consultations/${c.id}#contribution-${contribution.id}`,
    });
  }
}

function toDto(r: ContributionResponse): ResponseDto {
  return { contributionId: r.contributionId, decision: r.decision, reasoning: r.reasoning, lang: r.lang, version: r.version, respondedAt: r.createdAt.toISOString() };
}
