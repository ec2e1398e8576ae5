import { Body, Controller, HttpCode, Req, Res, UseGuards } from '@nestjs/common';
import { Post } from '../common/post';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toUserDto } from '../users/dto/user.dto';
import type { User } from '../users/user.entity';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser, RequestLocale } from '../common/decorators';
import type { Locale } from '../common/locale';
import { RateLimit, RateLimitBucket } from '../common/rate-limit.guard';
import { AuthService, IssuedTokens } from './auth.service';
import { AccessTokenDto, ForgotPasswordDto, LoginDto, LoginResponseDto, OkDto, RegisterDto, RegisterResponseDto, ResetPasswordDto, TokenDto } from './dto/auth.dto';
import { LocalAuthGuard } from './local-auth.guard';
import { REFRESH_COOKIE, RefreshCookie } from './refresh-cookie';
import { isDatabaseUnavailable } from '../database/unavailable';

@ApiTags('auth')
/** Every route counts per client address: login, register, password reset and refresh each in a bucket of their own. */
@Controller('auth')
@RateLimit()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: RefreshCookie,
  ) {}

  @Post('register')
  @RateLimitBucket('register')
  @ApiCreatedResponse({ type: RegisterResponseDto, description: 'Account created; a verification e-mail is on its way. An address already in use creates nothing and gets the same answer (its owner is told by e-mail).' })
  async register(@Body() dto: RegisterDto, @RequestLocale() locale: Locale): Promise<RegisterResponseDto> {
    return { user: toUserDto(await this.auth.register(dto, locale)) };
  }

  @Post('verify-email')
  @HttpCode(200)
  @ApiOkResponse({ type: OkDto })
  async verifyEmail(@Body() dto: TokenDto): Promise<OkDto> {
    await this.auth.verifyEmail(dto.token);
    return { ok: true };
  }

  @Post('verify-email/resend')
  @HttpCode(202)
  @Auth()
  @ApiAcceptedResponse({ type: OkDto })
  async resend(@CurrentUser() user: AuthUser): Promise<OkDto> {
    await this.auth.resendVerification(user.id);
    return { ok: true };
  }

  @Post('login')
  @RateLimitBucket('login')
  @HttpCode(200)
  @UseGuards(LocalAuthGuard)
  @ApiOkResponse({ type: LoginResponseDto })
  async login(@Body() _dto: LoginDto, @Req() req: FastifyRequest & { user: User }, @Res({ passthrough: true }) reply: FastifyReply): Promise<LoginResponseDto> {
    const tokens = await this.auth.login(req.user);
    this.setCookie(reply, tokens);
    return { accessToken: tokens.accessToken, expiresIn: tokens.expiresIn, user: toUserDto(req.user) };
  }

  @Post('refresh')
  @RateLimitBucket('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: AccessTokenDto })
  async refresh(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<AccessTokenDto> {
    try {
      const tokens = await this.auth.refresh(req.cookies[REFRESH_COOKIE]);
      this.setCookie(reply, tokens);
      return { accessToken: tokens.accessToken, expiresIn: tokens.expiresIn };
    } catch (e) {
      if (!isDatabaseUnavailable(e)) this.cookie.clear(reply); // an outage keeps the session
      throw e;
    }
  }

  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(req.cookies[REFRESH_COOKIE]);
    this.cookie.clear(reply);
  }

  @Post('password/forgot')
  @RateLimitBucket('password_reset')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: OkDto, description: 'Always 202, whether or not the address is registered' })
  async forgot(@Body() dto: ForgotPasswordDto): Promise<OkDto> {
    await this.auth.forgotPassword(dto.email);
    return { ok: true };
  }

  @Post('password/reset')
  @RateLimitBucket('password_reset')
  @HttpCode(200)
  @ApiOkResponse({ type: OkDto })
  async reset(@Body() dto: ResetPasswordDto): Promise<OkDto> {
    await this.auth.resetPassword(dto.token, dto.password);
    return { ok: true };
  }

  private setCookie(reply: FastifyReply, tokens: IssuedTokens) {
    this.cookie.set(reply, tokens.refreshToken, tokens.refreshExpiresAt);
  }
}
