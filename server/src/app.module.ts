import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DestinationStream } from 'pino';
import { AccountsModule } from './accounts/accounts.module';
import { AuditLogModule } from './audit-log/audit-log.module';
import { AuthModule } from './auth/auth.module';
import { BodiesModule } from './bodies/bodies.module';
import { CalendarModule } from './calendar/calendar.module';
import { ApiAuthGuard } from './common/auth.guard';
import { CommonModule } from './common/common.module';
import { PublicAnswerLimitGuard, RateLimitGuard } from './common/rate-limit.guard';
import { APP_CONFIG, AppConfig } from './config/config';
import { CONSULTATION_DOCUMENTS, ConsultationDocuments } from './consultations/consultation-documents';
import { ConsultationsModule } from './consultations/consultations.module';
import { ContributionsModule } from './contributions/contributions.module';
import { DocumentsModule } from './documents/documents.module';
import { DocumentsService, toDocumentDto } from './documents/documents.service';
import { FollowsModule } from './follows/follows.module';
import { FormsModule } from './forms/forms.module';
import { HealthModule } from './health/health.module';
import { MeetingsModule } from './meetings/meetings.module';
import { MunicipalitiesModule } from './municipalities/municipalities.module';
import { OpenDataModule } from './open-data/open-data.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { ParticipationModule } from './participation/participation.module';
import { QUEUE, Queue } from './queue/queue';
import { ReportsModule } from './reports/reports.module';
import { dataSourceOptions } from './schema/data-source';
import { SiteModule } from './site/site.module';
import { Tx } from './database/transaction';
import { PolicyModule } from './policy/policy.module';
import { FILE_STORAGE } from './storage/file-storage';
import { createFileStorage } from './storage/storage';

export interface AppDeps {
  config: AppConfig;
  databaseUrl: string;
  /** pg-boss, started by the caller (it lives longer than one Nest app in tests). */
  queue: Queue;
  /** where the log lines go (standard output by default; a test reads them) */
  logStream?: DestinationStream;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, queue }: AppDeps): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, { extra: { max: config.dbPoolSize, connectionTimeoutMillis: config.dbConnectTimeoutMs } })),
        PassportModule,
        JwtModule.register({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
        CommonModule,
        // who may do what, below every feature (each registers its subjects' facts with it)
        PolicyModule,
        // one module per feature, each importing what it uses (in the order of their routes in the API document)
        AuthModule,
        AccountsModule,
        MunicipalitiesModule,
        OrganizationsModule,
        AuditLogModule,
        HealthModule,
        ConsultationsModule,
        ContributionsModule,
        ReportsModule,
        DocumentsModule,
        OpenDataModule,
        FollowsModule,
        CalendarModule,
        BodiesModule,
        MeetingsModule,
        FormsModule,
        ParticipationModule,
        SiteModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: QUEUE, useValue: queue },
        { provide: APP_GUARD, useClass: ApiAuthGuard },
        RateLimitGuard,
        PublicAnswerLimitGuard,
        // consultations/ lists a consultation's files without importing documents/ (which imports consultations/)
        { provide: CONSULTATION_DOCUMENTS, inject: [DocumentsService], useFactory: (d: DocumentsService): ConsultationDocuments => ({ listFor: async (id) => (await d.listFor(id)).map(toDocumentDto) }) },
        // uploaded files, where every instance reaches them (PostgreSQL, or S3 when configured)
        { provide: FILE_STORAGE, useFactory: (tx: Tx) => createFileStorage(config, tx.dataSource), inject: [Tx] },
      ],
      // global: the configuration, the queue, JWT signing (auth/), the consultation's files
      // (consultations/) and the file store
      exports: [APP_CONFIG, QUEUE, JwtModule, CONSULTATION_DOCUMENTS, FILE_STORAGE],
    };
  }
}
