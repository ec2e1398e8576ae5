import { ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, ValidateIf } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { DomainError } from './domain-error';
import type { ConstraintProblem } from './field-errors';

/** Constraints that, failed on an empty text, only say again that the text is missing. */
const LENGTH_CHECKS = new Set(['isNotEmpty', 'isDefined', 'isLength', 'minLength', 'isLocalizedText']);

/**
 * A field's failed constraints as problems. A missing value (undefined or null, which only a
 * required field refuses) is one `isDefined` problem, and an empty text (or an empty object of
 * texts) that a required text refuses is one `isNotEmpty` problem, instead of every check that
 * cannot hold for nothing ("must be a string", "too long", …).
 */
function problemsOf(field: string, value: unknown, constraints: Record<string, string>): ConstraintProblem[] {
  const all = Object.entries(constraints).map(([code, fallback]) => ({ field, code, fallback }));
  if (!all.length || 'whitelistValidation' in constraints) return all;
  if (value === undefined || value === null) {
    return [{ field, code: 'isDefined', fallback: constraints.isDefined ?? constraints.isNotEmpty ?? `${field} is required` }];
  }
  const blank = typeof value === 'string' ? !value.trim() : isPlainObject(value) && !Object.keys(value).length;
  if (blank && all.some((p) => LENGTH_CHECKS.has(p.code))) {
    return [{ field, code: 'isNotEmpty', fallback: constraints.isNotEmpty ?? `${field} should not be empty` }];
  }
  return all;
}

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flatten(errors: ValidationError[], prefix = ''): ConstraintProblem[] {
  const out: ConstraintProblem[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    out.push(...problemsOf(field, e.value, e.constraints ?? {}));
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

/** The global pipe: unknown fields are refused, types are converted, failures become 400 validation_failed. */
export function createValidationPipe(): ValidationPipe {
  rememberRules();
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new DomainError('validation_failed', { problems: flatten(errors) }),
  });
}

const REMEMBERED = Symbol('sabor.rememberedRules');

/**
 * class-validator finds a class's rules by walking every class with rules on each validation (an
 * `instanceof` test against each: `getTargetValidationMetadatas`, about 1.5 % of a page's CPU,
 * docs/performance.md, fifth run), then groups them by property. All rules are declared when the
 * modules load, before the first request, so both answers are kept per class; its callers only
 * read them.
 */
function rememberRules(): void {
  const storage = getMetadataStorage() as ReturnType<typeof getMetadataStorage> & { [REMEMBERED]?: true };
  if (storage[REMEMBERED]) return;
  const find = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const found = new Map<unknown, Map<string, ValidationMetadata[]>>();
  const grouped = new WeakMap<ValidationMetadata[], Record<string, ValidationMetadata[]>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}|${always}|${strictGroups}|${groups?.join(',') ?? ''}`;
    let byOptions = found.get(target);
    if (!byOptions) found.set(target, (byOptions = new Map()));
    let rules = byOptions.get(key);
    if (!rules) byOptions.set(key, (rules = find(target, schema, always, strictGroups, groups)));
    return rules;
  };
  storage.groupByPropertyName = (metadata) => {
    let byProperty = grouped.get(metadata);
    if (!byProperty) grouped.set(metadata, (byProperty = group(metadata)));
    return byProperty;
  };
  storage[REMEMBERED] = true;
}

/**
 * A field that may be left out, but not sent as null: class-validator's @IsOptional() lets null
 * through every check, and a null then reaches a NOT NULL column (a 500). Use @IsOptional()
 * only for fields that are nullable in the API.
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_, value) => value !== undefined);
}
