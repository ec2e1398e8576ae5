import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { logDestination } from './common/log';
import { MeController, UsersController } from './accounts/accounts.controller';
import { AuditController } from './audit/audit.controller';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { JwtStrategy } from './auth/jwt.strategy';
import { LocalStrategy } from './auth/local.strategy';
import { RefreshCookie } from './auth/refresh-cookie';
import { ApiAuthGuard } from './common/auth.guard';
import { CoreModule } from './common/core.module';
import { IdempotencyInterceptor } from './common/idempotency.interceptor';
import { PublicAnswerLimitGuard, RateLimitGuard } from './common/rate-limit.guard';
import { APP_CONFIG, AppConfig } from './config/config';
import { dataSourceOptions } from './database/data-source';
import { ConsultationsController } from './consultations/consultations.controller';
import { ConsultationsRepository } from './consultations/consultations.repository';
import { ConsultationsService } from './consultations/consultations.service';
import { ConsultationStatusFactsCache } from './consultations/status-facts-cache';
import { ConsultationVisibility } from './consultations/visibility';
import { ContributionsController } from './contributions/contributions.controller';
import { ContributionsRepository } from './contributions/contributions.repository';
import { ContributionsService } from './contributions/contributions.service';
import { ReportsController } from './reports/reports.controller';
import { ReportsRepository } from './reports/reports.repository';
import { ReportsService } from './reports/reports.service';
import { ResponsesService } from './responses/responses.service';
import { DocumentsController } from './documents/documents.controller';
import { DocumentsService } from './documents/documents.service';
import { OpenDataController } from './open-data/open-data.controller';
import { OpenDataService } from './open-data/open-data.service';
import { CalendarController } from './calendar/calendar.controller';
import { FollowsController, UnsubscribeController } from './follows/follows.controller';
import { HealthController } from './health/health.controller';
import { QUEUE, Queue } from './jobs/queue';
import { MunicipalitiesController } from './municipalities/municipalities.controller';
import { MunicipalitiesService } from './municipalities/municipalities.service';
import { MyInvitationsController, OrganizationsController, PartnershipsController } from './organizations/organizations.controller';
import { OrganizationsService } from './organizations/organizations.service';
import { BodiesController } from './bodies/bodies.controller';
import { BodiesRepository } from './bodies/bodies.repository';
import { BodiesService } from './bodies/bodies.service';
import { BodyAccess } from './bodies/body-access';
import { MeetingAccess } from './meetings/meeting-access';
import { MeetingFeedsController, MeetingsController } from './meetings/meetings.controller';
import { MeetingsRepository } from './meetings/meetings.repository';
import { MeetingsService } from './meetings/meetings.service';
import { MinutesService } from './meetings/minutes.service';
import { ParticipationService } from './meetings/participation.service';
import { RegistrationsController } from './registrations/registrations.controller';
import { RegistrationsRepository } from './registrations/registrations.repository';
import { RegistrationsService } from './registrations/registrations.service';
import { FormAccess } from './forms/form-access';
import { FormInvitationsService } from './forms/form-invitations.service';
import { FormReportsRepository } from './forms/form-reports.repository';
import { FormReportsService } from './forms/form-reports.service';
import { FormResponsesService } from './forms/form-responses.service';
import { FormsController, MyFormsController, SatisfactionController } from './forms/forms.controller';
import { FormsRepository } from './forms/forms.repository';
import { FormsService } from './forms/forms.service';
import { MyParticipationController } from './participation/participation.controller';
import { MyParticipationRepository } from './participation/participation.repository';
import { MyParticipationService } from './participation/participation.service';
import { SitePagesController } from './site/site-pages.controller';
import { SitePagesService } from './site/site-pages.service';

export interface AppDeps {
  config: AppConfig;
  databaseUrl: string;
  /** pg-boss, started by the caller (it lives longer than one Nest app in tests). */
  queue: Queue;
  /** where the log lines go (standard output by default; a test reads them) */
  logStream?: DestinationStream;
}

/** Requests with no log line: the health check, and answering a form. */
function isQuietRequest(method: string | undefined, url: string | undefined): boolean {
  return url === '/api/health' || url === '/health' || isAnswerRequest(method, url);
}

/**
 * Answering a form, and opening an invitation's link to answer: `POST /api/forms/:id/responses`,
 * `GET /api/forms/:id?token=…`. These requests are not logged.
 */
export function isAnswerRequest(method: string | undefined, url: string | undefined): boolean {
  if (!url) return false;
  url = url.replace(/^(?!\/api\/)/, '/api');
  if (method === 'POST') return /^\/api\/forms\/[^/?#]+\/responses\/?(?:[?#]|$)/.test(url);
  if (method === 'GET') return /^\/api\/forms\/[^/?#]+\/?\?(?:.*&)?token=/.test(url);
  return false;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, queue, logStream }: AppDeps): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          // one line a record: JSON in production, readable in development (common/log.ts)
          pinoHttp: [
            {
              level: config.logLevel,
              redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', 'req.query.token'],
              // single-use links (form invitations) carry their token in the query: never in a log line
              serializers: { req: (req: { url?: string }) => ({ ...req, url: req.url?.replace(/([?&]token=)[^&#]*/g, '$1[redacted]') }) },
              // no line at all for answering a form: its client address, browser and exact time would say who answered when
              // (Nest mounts this middleware under /api, which Fastify's middie strips from req.url)
              autoLogging: { ignore: (req) => isQuietRequest(req.method, (req as { originalUrl?: string }).originalUrl ?? req.url) },
            },
            logStream ?? logDestination(config.env),
          ],
        }),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, { extra: { max: config.dbPoolSize, connectionTimeoutMillis: config.dbConnectTimeoutMs } })),
        PassportModule,
        JwtModule.register({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
        CoreModule,
      ],
      controllers: [AuthController, MeController, UsersController, MunicipalitiesController, OrganizationsController, PartnershipsController, MyInvitationsController, AuditController, HealthController, ConsultationsController, ContributionsController, ReportsController, DocumentsController, OpenDataController, FollowsController, CalendarController, BodiesController, MeetingsController, MeetingFeedsController, RegistrationsController, FormsController, MyFormsController, SatisfactionController, UnsubscribeController, MyParticipationController, SitePagesController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: QUEUE, useValue: queue },
        { provide: APP_GUARD, useClass: ApiAuthGuard },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        AuthService,
        JwtStrategy,
        LocalStrategy,
        RefreshCookie,
        RateLimitGuard,
        PublicAnswerLimitGuard,
        MunicipalitiesService,
        OrganizationsService,
        ConsultationsRepository,
        ConsultationsService,
        ConsultationVisibility,
        ConsultationStatusFactsCache,
        ContributionsRepository,
        ContributionsService,
        ReportsRepository,
        ReportsService,
        ResponsesService,
        DocumentsService,
        OpenDataService,
        BodiesRepository,
        BodyAccess,
        BodiesService,
        MeetingsRepository,
        MeetingAccess,
        MeetingsService,
        MinutesService,
        ParticipationService,
        RegistrationsRepository,
        RegistrationsService,
        FormsRepository,
        FormReportsRepository,
        FormAccess,
        FormsService,
        FormResponsesService,
        FormInvitationsService,
        FormReportsService,
        MyParticipationRepository,
        MyParticipationService,
        SitePagesService,
      ],
      exports: [APP_CONFIG, QUEUE],
    };
  }
}
