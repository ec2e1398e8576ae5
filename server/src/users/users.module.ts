import { Module } from '@nestjs/common';
import { UsersRepository } from './users.repository';

/** Users, their sessions and the repository every feature reads them with. */
@Module({
  providers: [UsersRepository],
  exports: [UsersRepository],
})
export class UsersModule {}
