import { LOCALES, localize } from '../common/locale';
import type { Locale, LocalizedText } from '../common/locale';

/** A municipality as the catalogue describes it: the publisher of one dataset. */
export interface CatalogMunicipality {
  slug: string;
  name: LocalizedText;
  country: 'BG' | 'MK';
  defaultLocale: Locale;
  email: string | null;
  website: string | null;
  officialCode: string | null;
  lauCode: string | null;
  modified: Date;
}

const EU = 'http://publications.europa.eu/resource/authority';
const LANGUAGE: Record<Locale, string> = { bg: `${EU}/language/BUL`, en: `${EU}/language/ENG`, mk: `${EU}/language/MKD` };
const COUNTRY: Record<'BG' | 'MK', string> = { BG: `${EU}/country/BGR`, MK: `${EU}/country/MKD` };
const IANA = 'https://www.iana.org/assignments/media-types';

export const CATALOG_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  adms: 'http://www.w3.org/ns/adms#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

const texts = (values: Partial<Record<Locale, string>>) => Object.entries(values).map(([lang, value]) => ({ '@value': value, '@language': lang }));
const dateTime = (d: Date) => ({ '@value': d.toISOString(), '@type': 'xsd:dateTime' });
const ref = (id: string) => ({ '@id': id });

/** The languages a municipality's data is in: its own first, then the other columns' (title_bg, title_en, title_mk). */
const languagesOf = (own: Locale): Locale[] => [own, ...[...LOCALES].filter((l) => l !== own)];

/**
 * The DCAT-AP catalogue of an installation as JSON-LD: one dataset per municipality ("Public
 * consultations — <municipality>") published by the municipality, with its official codes, and
 * three distributions of the same records (CSV, JSON, Atom). A portal's harvester reads it as
 * RDF; anyone else can read it as plain JSON.
 */
export function dcatCatalog(options: { base: string; license: string; municipalities: CatalogMunicipality[] }): Record<string, unknown> {
  const { base, license } = options;
  const self = `${base}/api/open-data/catalog.jsonld`;
  const datasets = options.municipalities.map((m) => {
    const name = (l: Locale) => localize(m.name, l, m.defaultLocale);
    const langs: Locale[] = m.country === 'MK' ? ['mk', 'bg', 'en'] : ['bg', 'en'];
    const q = `municipality=${encodeURIComponent(m.slug)}`;
    const distribution = (format: string, title: string, url: string, mediaType: string) => ({
      '@id': url,
      '@type': 'dcat:Distribution',
      'dct:title': title,
      'dcat:accessURL': ref(url),
      'dcat:downloadURL': ref(url),
      'dcat:mediaType': ref(`${IANA}/${mediaType}`),
      'dct:format': ref(`${EU}/file-type/${format}`),
      'dct:license': ref(license),
    });
    const publisher: Record<string, unknown> = {
      '@id': `${base}/municipalities/${m.slug}#organization`,
      '@type': 'foaf:Organization',
      'foaf:name': texts(Object.fromEntries(langs.map((l) => [l, name(l)]))),
    };
    if (m.officialCode) publisher['dct:identifier'] = m.officialCode;
    if (m.lauCode) publisher['adms:identifier'] = { '@type': 'adms:Identifier', 'skos:notation': m.lauCode, 'adms:schemaAgency': 'Eurostat (LAU)' };
    if (m.website) publisher['foaf:homepage'] = ref(m.website);
    const contact: Record<string, unknown> = { '@type': 'vcard:Organization', 'vcard:fn': name(m.defaultLocale) };
    if (m.email) contact['vcard:hasEmail'] = ref(`mailto:${m.email}`);
    if (m.website) contact['vcard:hasURL'] = ref(m.website);
    return {
      '@id': `${self}#${m.slug}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': `${base}/municipalities/${m.slug}`,
      'dct:title': texts({ bg: `Обществени консултации — ${name('bg')}`, en: `Public consultations — ${name('en')}`, ...(m.country === 'MK' ? { mk: `Јавни консултации — ${name('mk')}` } : {}) }),
      'dct:description': texts({
        bg: `Обществените консултации на ${name('bg')} в Събор: срокове, състояние, брой предложения и отговори, справка, решение и документи; по един запис на консултация.`,
        en: `The public consultations of ${name('en')} on Sabor: dates, status, numbers of proposals and answers, the summary report, the outcome and the documents; one record per consultation.`,
        ...(m.country === 'MK' ? { mk: `Јавните консултации на ${name('mk')} на Собор: рокови, состојба, број на предлози и одговори, извештај, исход и документи; по еден запис за консултација.` } : {}),
      }),
      'dct:publisher': publisher,
      'dct:spatial': ref(COUNTRY[m.country]),
      'dcat:contactPoint': contact,
      'dcat:keyword': texts({ bg: 'обществени консултации', en: 'public consultations' }).concat(texts({ bg: 'нормативни актове', en: 'regulations' })).concat(m.country === 'MK' ? texts({ mk: 'јавни консултации' }) : []),
      'dct:language': languagesOf(m.defaultLocale).map((l) => ref(LANGUAGE[l])),
      'dct:modified': dateTime(m.modified),
      'dcat:landingPage': ref(`${base}/municipalities/${m.slug}`),
      'dcat:distribution': [
        distribution('CSV', 'CSV', `${base}/api/open-data/consultations.csv?${q}`, 'text/csv'),
        distribution('JSON', 'JSON', `${base}/api/open-data/consultations.json?${q}`, 'application/json'),
        distribution('ATOM', 'Atom', `${base}/api/feeds/consultations.atom?${q}`, 'application/atom+xml'),
      ],
    };
  });
  const modified = options.municipalities.reduce((latest, m) => (m.modified > latest ? m.modified : latest), new Date(0));
  return {
    '@context': CATALOG_CONTEXT,
    '@id': self,
    '@type': 'dcat:Catalog',
    'dct:title': texts({ bg: 'Събор — обществени консултации', en: 'Sabor — public consultations' }),
    'dct:description': texts({
      bg: 'Отворени данни за обществените консултации на общините в Събор: по един набор от данни на община, в CSV, JSON и Atom.',
      en: 'Open data on the public consultations of the municipalities on Sabor: one dataset per municipality, as CSV, JSON and Atom.',
    }),
    'dct:publisher': { '@id': `${base}/#publisher`, '@type': 'foaf:Agent', 'foaf:name': 'Sabor' },
    'dct:license': ref(license),
    'dct:modified': dateTime(modified),
    'dct:language': [...LOCALES].map((l) => ref(LANGUAGE[l])),
    'foaf:homepage': ref(`${base}/`),
    'dcat:dataset': datasets,
  };
}
