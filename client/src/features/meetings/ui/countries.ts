import { countryName } from '../../../lib/format';

/**
 * The countries offered for "where do you live": the two of the platform first, then the
 * neighbours and the rest of Europe, then a few more, each named in the page language.
 */
const FIRST = ['BG', 'MK'];
const OTHERS = [
  'AL', 'AT', 'BA', 'BE', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MD', 'ME', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'RS',
  'SE', 'SI', 'SK', 'TR', 'UA', 'XK', 'CA', 'US', 'AU', 'IL', 'RU', 'GE', 'AM', 'AZ',
];

export function countryOptions(language: string, extra?: string): { code: string; name: string }[] {
  const named = (code: string) => ({ code, name: countryName(code, language) });
  const rest = [...new Set([...OTHERS, ...(extra && !FIRST.includes(extra) ? [extra] : [])])].map(named).sort((a, b) => a.name.localeCompare(b.name, language));
  return [...FIRST.map(named), ...rest];
}
