import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SitePagesController } from './site-pages.controller';
import { SitePagesService } from './site-pages.service';

@Module({
  imports: [AuditModule],
  controllers: [SitePagesController],
  providers: [SitePagesService],
})
export class SiteModule {}
