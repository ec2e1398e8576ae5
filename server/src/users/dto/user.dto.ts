import { ApiProperty } from '@nestjs/swagger';
import type { User } from '../user.entity';

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ['bg', 'en', 'mk'] }) locale: string;
  @ApiProperty({ type: String, nullable: true }) homeSettlement: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'ISO 3166-1 alpha-2' }) country: string | null;
  @ApiProperty() emailVerified: boolean;
  @ApiProperty() isAdmin: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export function toUserDto(u: User): UserDto {
  return {
    id: u.id,
    email: u.email ?? '',
    displayName: u.displayName,
    locale: u.locale,
    homeSettlement: u.homeSettlement,
    country: u.country,
    emailVerified: u.emailVerifiedAt !== null,
    isAdmin: u.isAdmin,
    createdAt: u.createdAt.toISOString(),
  };
}
