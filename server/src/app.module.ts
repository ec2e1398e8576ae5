import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
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
import { RateLimitGuard } from './common/rate-limit.guard';
import { APP_CONFIG, AppConfig } from './config/config';
import { dataSourceOptions } from './database/data-source';
import { ConsultationsController } from './consultations/consultations.controller';
import { ConsultationsRepository } from './consultations/consultations.repository';
import { ConsultationsService } from './consultations/consultations.service';
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
import { FollowsController } from './follows/follows.controller';
import { HealthController } from './health/health.controller';
import { QUEUE, Queue } from './jobs/queue';
import { MunicipalitiesController } from './municipalities/municipalities.controller';
import { MunicipalitiesService } from './municipalities/municipalities.service';
import { OrganizationsController, PartnershipsController } from './organizations/organizations.controller';
import { OrganizationsService } from './organizations/organizations.service';

export interface AppDeps {
  config: AppConfig;
  databaseUrl: string;
  /** pg-boss, started by the caller (it lives longer than one Nest app in tests). */
  queue: Queue;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, queue }: AppDeps): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            autoLogging: { ignore: (req) => req.url === '/api/health' },
            ...(config.env === 'development' ? { transport: undefined } : {}),
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, { extra: { max: config.dbPoolSize } })),
        PassportModule,
        JwtModule.register({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
        CoreModule,
      ],
      controllers: [AuthController, MeController, UsersController, MunicipalitiesController, OrganizationsController, PartnershipsController, AuditController, HealthController, ConsultationsController, ContributionsController, ReportsController, DocumentsController, OpenDataController, FollowsController, CalendarController],
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
        MunicipalitiesService,
        OrganizationsService,
        ConsultationsRepository,
        ConsultationsService,
        ConsultationVisibility,
        ContributionsRepository,
        ContributionsService,
        ReportsRepository,
        ReportsService,
        ResponsesService,
        DocumentsService,
        OpenDataService,
      ],
      exports: [APP_CONFIG, QUEUE],
    };
  }
}
