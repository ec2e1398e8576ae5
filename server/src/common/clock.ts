import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';

/**
 * The one source of "now". With SABOR_FAKE_NOW (never in production) the clock starts at that
 * moment and runs on from there, so a reviewer can watch a consultation close without waiting.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;
  private readonly production: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.production = config.env === 'production';
    if (config.fakeNow) this.offsetMs = Date.parse(config.fakeNow) - Date.now();
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves the clock (tests and demos only; the config refuses a fake clock in production). */
  travelTo(instant: Date): void {
    if (this.production) throw new Error('The clock cannot be moved in production');
    this.offsetMs = instant.getTime() - Date.now();
  }
}
