import { publicAuthor } from './author';

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
