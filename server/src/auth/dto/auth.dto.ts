import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { UserDto } from '../../users/dto/user.dto';
import { LOCALES } from '../../common/locale';

const trimLower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RegisterDto {
  @ApiProperty({ example: 'maria@example.org' })
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password: string;

  @ApiProperty({ example: 'Мария Петрова' })
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  displayName: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: 'bg' | 'en' | 'mk';

  @ApiPropertyOptional({ example: 'Хасково' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(120)
  homeSettlement?: string;

  @ApiPropertyOptional({ example: 'BG', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z]{2}$/)
  country?: string;
}

export class TokenDto {
  @ApiProperty()
  @IsString()
  @Length(10, 200)
  token: string;
}

export class LoginDto {
  @ApiProperty()
  @Transform(trimLower)
  @IsString()
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200)
  password: string;
}

export class ForgotPasswordDto {
  @ApiProperty()
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class ResetPasswordDto {
  @ApiProperty()
  @IsString()
  @Length(10, 200)
  token: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password: string;
}

export class RegisterResponseDto {
  @ApiProperty({ type: UserDto }) user: UserDto;
}

export class AccessTokenDto {
  @ApiProperty() accessToken: string;
  @ApiProperty({ description: 'seconds' }) expiresIn: number;
}

export class LoginResponseDto extends AccessTokenDto {
  @ApiProperty({ type: UserDto }) user: UserDto;
}

export class OkDto {
  @ApiProperty({ example: true }) ok: boolean;
}
