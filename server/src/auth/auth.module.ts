import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { MailModule } from '../mail/mail.module';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { RefreshCookie } from './refresh-cookie';

/** Register, verify, log in and out, refresh, reset; JwtModule comes from AppModule (it needs the secret). */
@Module({
  imports: [UsersModule, MailModule],
  controllers: [AuthController],
  providers: [AuthRepository, AuthService, JwtStrategy, LocalStrategy, RefreshCookie],
})
export class AuthModule {}
