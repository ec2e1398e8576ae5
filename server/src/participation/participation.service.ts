import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { Page, PageQuery, decodeCursor, pageLimit, toPage } from '../common/pagination';
import { consultationStatus } from '../consultations/status';
import type { MyAnsweredFormDto, MyContributionDto } from './participation.dto';
import { MyContributionRow, MyParticipationRepository } from './participation.repository';

/** "My participation": a person's own contributions and the forms they answered. */
@Injectable()
export class MyParticipationService {
  constructor(
    private readonly repo: MyParticipationRepository,
    private readonly clock: Clock,
  ) {}

  async contributions(user: AuthUser, q: PageQuery): Promise<Page<MyContributionDto>> {
    const limit = pageLimit(q);
    const after = decodeCursor(q.cursor, 2) as [string, string] | undefined;
    if (after && (Number.isNaN(Date.parse(after[0])) || !/^[0-9a-f-]{36}$/i.test(String(after[1])))) throw DomainError.validation([{ field: 'cursor', code: 'invalid_cursor' }]);
    const rows = await this.repo.contributionsOf(user.id, limit + 1, after);
    const now = this.clock.now();
    return toPage(rows, limit, (r) => toDto(r, now), (r) => [new Date(r.received_at).toISOString(), r.id]);
  }

  async answeredForms(user: AuthUser): Promise<MyAnsweredFormDto[]> {
    const rows = await this.repo.answeredFormsOf(user.id);
    return rows.map((r) => ({ formId: r.form_id, title: r.title, municipalitySlug: r.municipality_slug, anonymous: r.anonymous, closesAt: r.closes_at ? new Date(r.closes_at).toISOString() : null }));
  }
}

/**
 * The author sees their own text even when a moderator hid it, with the reason. The answer shows as
 * it does on the consultation's page: once the municipality has given it.
 */
function toDto(r: MyContributionRow, now: Date): MyContributionDto {
  return {
    id: r.id,
    consultationId: r.consultation_id,
    consultationTitle: r.title,
    consultationStatus: consultationStatus({ publishedAt: r.published_at, opensAt: r.opens_at, closesAt: r.closes_at, reportPublishedAt: r.report_published_at, outcomeRecordedAt: r.outcome_recorded_at }, now),
    municipalitySlug: r.municipality_slug,
    consultationLanguage: r.municipality_locale,
    kind: r.kind,
    body: r.body,
    lang: r.lang,
    receivedAt: new Date(r.received_at).toISOString(),
    parentId: r.parent_id,
    hidden: r.hidden_at !== null,
    hiddenReason: r.hidden_reason,
    response: r.decision ? { decision: r.decision, reasoning: r.reasoning ?? '' } : null,
  };
}
