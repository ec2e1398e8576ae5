import { participantNamePrefix, publicAuthor } from './author';

const base = { publishName: true, participantNo: 7, authorName: 'Мария Петрова', organizationName: null, authorDeleted: false };

describe('publicAuthor', () => {
  it('shows the name the author chose to publish', () => {
    expect(publicAuthor(base, 'bg')).toEqual({ name: 'Мария Петрова', organization: null });
  });
  it('shows "participant N" in the reader’s language otherwise', () => {
    expect(publicAuthor({ ...base, publishName: false }, 'bg').name).toBe('Участник 7');
    expect(publicAuthor({ ...base, publishName: false }, 'en').name).toBe('Participant 7');
    expect(publicAuthor({ ...base, publishName: false }, 'mk').name).toBe('Учесник 7');
  });
  it('always names the organisation an author speaks for', () => {
    expect(publicAuthor({ ...base, publishName: false, organizationName: 'АРСР' }, 'bg')).toEqual({ name: 'Участник 7', organization: 'АРСР' });
  });
  it('shows a deleted account as "deleted participant"', () => {
    expect(publicAuthor({ ...base, authorDeleted: true }, 'en').name).toBe('deleted participant');
  });
});

describe('participantNamePrefix', () => {
  it('is what publicAuthor puts before the number, and nothing when the author is not shown by number', () => {
    for (const locale of ['bg', 'en', 'mk'] as const) {
      const numbered = { ...base, publishName: false };
      expect(`${participantNamePrefix(numbered, locale)} ${numbered.participantNo}`).toBe(publicAuthor(numbered, locale).name);
      expect(participantNamePrefix(base, locale)).toBeNull();
      expect(participantNamePrefix({ ...base, authorDeleted: true }, locale)).toBeNull();
      // publishing with no name to publish is "participant N" too
      expect(participantNamePrefix({ ...base, authorName: '' }, locale)).toBe(publicAuthor({ ...base, authorName: '' }, locale).name.replace(' 7', ''));
    }
  });
});
