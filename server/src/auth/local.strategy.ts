import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { AuthService } from './auth.service';
import type { User } from '../users/user.entity';

/** E-mail and password login; the timing is the same for an unknown e-mail (see AuthService). */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: { ip: string }, email: string, password: string): Promise<User> {
    return this.auth.checkCredentials(email, password, req.ip);
  }
}
