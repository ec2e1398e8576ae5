import { escapeMarkup } from './markup';

describe('escapeMarkup', () => {
  it.each([
    ['Правила за парковете & градините', 'Правила за парковете &amp; градините'],
    [`<b>"it's"</b>`, '&lt;b&gt;&quot;it&#39;s&quot;&lt;/b&gt;'],
    ['bell\u0007, NUL\u0000 and form feed\u000C go; tab\t and newline\n stay', 'bell, NUL and form feed go; tab\t and newline\n stay'],
    ['lone \uD800 surrogate, a pair 🎉 stays', 'lone  surrogate, a pair 🎉 stays'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkup(input)).toBe(expected);
  });
});
