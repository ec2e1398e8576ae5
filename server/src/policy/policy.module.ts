import { Global, Module } from '@nestjs/common';
import { Access } from './access';
import { Policy } from './policy.service';
import { StandingLoader } from './standing.loader';

/**
 * Who may do what: the caller's standing and every subject's policy, asked by every feature.
 * Global, and free of features: each feature registers how its subjects' facts are loaded
 * (`Policy.register`, from its own module).
 */
@Global()
@Module({
  providers: [StandingLoader, Policy, Access],
  exports: [StandingLoader, Policy, Access],
})
export class PolicyModule {}
