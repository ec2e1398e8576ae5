import type { Locale } from '../common/locale';

const PARTICIPANT: Record<Locale, string> = { bg: 'Участник', en: 'Participant', mk: 'Учесник' };
const DELETED: Record<Locale, string> = { bg: 'изтрит участник', en: 'deleted participant', mk: 'избришан учесник' };

/** How a person whose account was deleted is named, in the reader's language. */
export function deletedParticipantName(locale: Locale): string {
  return DELETED[locale];
}

export interface AuthorFacts {
  publishName: boolean;
  participantNo: number;
  authorName: string | null;
  organizationName: string | null;
  /** the account behind an online contribution was deleted */
  authorDeleted: boolean;
}

/** Which name an author appears under: deleted, their own (published), or "participant N". Pure. */
function shownAs(a: Pick<AuthorFacts, 'publishName' | 'authorName' | 'authorDeleted'>): 'deleted' | 'own' | 'number' {
  if (a.authorDeleted) return 'deleted';
  return a.publishName && a.authorName ? 'own' : 'number';
}

/**
 * How an author appears in public: the name only where they chose to publish it, otherwise
 * "participant N"; an organisation's name is public when it speaks on its behalf. Pure.
 */
export function publicAuthor(a: AuthorFacts, locale: Locale): { name: string; organization: string | null } {
  const shown = shownAs(a);
  const name = shown === 'deleted' ? DELETED[locale] : shown === 'own' ? a.authorName! : `${participantNamePrefix(a, locale)} ${a.participantNo}`;
  return { name, organization: a.organizationName };
}

/**
 * "Participant" in the reader's language when the author appears as "participant N", else null.
 * The submission's stored answer is built before its number is given: the statement that gives
 * it appends " N" to this (contributions.repository.ts `submitOnline`), as `publicAuthor` does.
 */
export function participantNamePrefix(a: Pick<AuthorFacts, 'publishName' | 'authorName' | 'authorDeleted'>, locale: Locale): string | null {
  return shownAs(a) === 'number' ? PARTICIPANT[locale] : null;
}
