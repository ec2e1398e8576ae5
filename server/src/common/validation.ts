import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError } from './domain-error';
import type { ConstraintProblem } from './field-errors';

function flatten(errors: ValidationError[], prefix = ''): ConstraintProblem[] {
  const out: ConstraintProblem[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    for (const [code, fallback] of Object.entries(e.constraints ?? {})) out.push({ field, code, fallback });
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

/** The global pipe: unknown fields are refused, types are converted, failures become 400 validation_failed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new DomainError('validation_failed', { problems: flatten(errors) }),
  });
}
