import { SaxesParser } from 'saxes';
import { openConsultation } from './fixtures';
import { TestApp } from './test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

function multipart(fields: Record<string, string>, file?: { name: string; data: Buffer; type?: string }) {
  const boundary = '----sabor-test-boundary';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`));
    parts.push(file.data, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

interface AtomEntry { id: string; lang: string; title: string; alternate: string; published: string; updated: string; summary: string }

/** The feed as a strict, namespace-aware XML parser reads it (a malformed feed throws). */
function parseAtom(xml: string): { updated: string; entries: AtomEntry[] } {
  const parser = new SaxesParser({ xmlns: true });
  const entries: AtomEntry[] = [];
  let feedUpdated = '';
  let entry: Partial<AtomEntry> | null = null;
  const path: string[] = [];
  let text = '';
  parser.on('opentag', (tag) => {
    expect(tag.uri).toBe('http://www.w3.org/2005/Atom');
    path.push(tag.local);
    text = '';
    if (tag.local === 'entry') entry = { lang: tag.attributes['xml:lang']?.value ?? '' };
    if (tag.local === 'link' && entry && tag.attributes.rel?.value === 'alternate') entry.alternate = tag.attributes.href.value;
  });
  parser.on('text', (t) => (text += t));
  parser.on('closetag', (tag) => {
    path.pop();
    if (entry && ['id', 'title', 'published', 'updated', 'summary'].includes(tag.local) && path[path.length - 1] === 'entry') (entry as Record<string, string>)[tag.local] = text;
    if (tag.local === 'updated' && path[path.length - 1] === 'feed') feedUpdated = text;
    if (tag.local === 'entry') {
      entries.push(entry as AtomEntry);
      entry = null;
    }
  });
  parser.write(xml).close();
  return { updated: feedUpdated, entries };
}

describe('documents, open data and transparency', () => {
  let t: TestApp;
  let officer: string;
  let c: Awaited<ReturnType<typeof openConsultation>>;
  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-03-02T08:00:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
    c = await openConsultation(t, { title: { bg: 'Наредба за зелените площи', en: 'Green spaces ordinance' }, summary: 'Правила за парковете & градините' });
  });
  afterAll(() => t.close());

  const upload = (token: string, fields: Record<string, string>, file?: { name: string; data: Buffer; type?: string }) => {
    const { payload, headers } = multipart(fields, file);
    return t.app.inject({ method: 'POST', url: `/api/consultations/${c.id}/documents`, payload, headers: { ...headers, authorization: `Bearer ${token}` } });
  };

  it('publishes a document checked by its content, and serves it back byte for byte', async () => {
    const res = await upload(officer, { kind: 'motives' }, { name: 'Мотиви към проекта.pdf', data: PDF, type: 'application/pdf' });
    expect(res.statusCode).toBe(201);
    const doc = res.json();
    expect(doc).toMatchObject({ kind: 'motives', filename: 'Мотиви към проекта.pdf', mimeType: 'application/pdf', size: PDF.length });
    const dl = await t.app.inject({ method: 'GET', url: doc.url });
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['content-disposition']).toContain("filename*=UTF-8''%D0%9C%D0%BE%D1%82%D0%B8%D0%B2%D0%B8");
    expect(dl.rawPayload.equals(PDF)).toBe(true);
    expect((await t.get(`/api/consultations/${c.id}`)).body.documents.map((d: { id: string }) => d.id)).toEqual([doc.id]);
  });

  it('refuses a file whose content is not an allowed type, whatever its name', async () => {
    const res = await upload(officer, { kind: 'other' }, { name: 'report.pdf', data: Buffer.from('MZ\x90\x00 not a pdf'), type: 'application/pdf' });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('unsupported_file_type');
  });

  it('refuses a file over 20 MB with 413, and keeps nothing of it', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(20 * 1024 * 1024 + 10, 0x20)]);
    const res = await upload(officer, { kind: 'draft' }, { name: 'big.pdf', data: big });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payload_too_large');
    const [{ n }] = await t.query(`SELECT count(*)::int AS n FROM documents WHERE filename = 'big.pdf'`);
    expect(n).toBe(0);
  });

  it('refuses a missing kind or file, and uploads by anyone but the municipality’s officers', async () => {
    const res = await upload(officer, {}, { name: 'x.pdf', data: PDF });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.fields.map((f: { field: string }) => f.field)).toEqual(['kind']);
    expect((await upload(await t.login('officer@dupnitsa.sabor.example'), { kind: 'other' }, { name: 'x.pdf', data: PDF })).statusCode).toBe(403);
    expect((await upload(await t.login('citizen@sabor.example'), { kind: 'other' }, { name: 'x.pdf', data: PDF })).statusCode).toBe(403);
  });

  it('offers an Atom feed of published consultations per municipality, as a strict XML parser reads it', async () => {
    const res = await t.get('/api/feeds/consultations.atom?municipality=haskovo', { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/atom\+xml/);
    const feed = parseAtom(res.text);
    expect(feed.updated).toBe(feed.entries[0].updated);
    const entry = feed.entries.find((e) => e.id === `urn:uuid:${c.id}`)!;
    expect(entry).toMatchObject({ lang: 'en', title: 'Green spaces ordinance', alternate: `http://sabor.test/consultations/${c.id}` });
    expect(entry.summary).toContain('Правила за парковете & градините');
    for (const e of feed.entries) expect(Date.parse(e.updated)).toBeGreaterThanOrEqual(Date.parse(e.published));
    // a consultation without an English title is said to be in Bulgarian
    const bgOnly = await openConsultation(t, { title: 'Наредба за обществения ред', summary: 'Ред\u0007 и тишина' });
    const again = parseAtom((await t.get('/api/feeds/consultations.atom?municipality=haskovo', { headers: { 'accept-language': 'en' } })).text);
    const bgEntry = again.entries.find((e) => e.id === `urn:uuid:${bgOnly.id}`)!;
    expect(bgEntry).toMatchObject({ lang: 'bg', title: 'Наредба за обществения ред' });
    expect(bgEntry.summary).toMatch(/^Ред и тишина/); // a control character XML forbids is dropped, not sent
    expect(parseAtom((await t.get('/api/feeds/consultations.atom?municipality=dupnitsa')).text).entries).toEqual([]);
  });

  it('lets feed readers ask again cheaply: ETag, Last-Modified, 304, one copy per language', async () => {
    const res = await t.get('/api/feeds/consultations.atom?municipality=haskovo');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers.vary).toBe('Accept-Language');
    expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(new Date(String(res.headers['last-modified'])).toISOString()).toBe(new Date(Math.floor(Date.parse(parseAtom(res.text).updated) / 1000) * 1000).toISOString());
    const byTag = await t.get('/api/feeds/consultations.atom?municipality=haskovo', { headers: { 'if-none-match': String(res.headers.etag) } });
    expect([byTag.status, byTag.text]).toEqual([304, '']);
    const byDate = await t.get('/api/feeds/consultations.atom?municipality=haskovo', { headers: { 'if-modified-since': String(res.headers['last-modified']) } });
    expect(byDate.status).toBe(304);
    const other = await t.get('/api/feeds/consultations.atom?municipality=haskovo', { headers: { 'if-none-match': String(res.headers.etag), 'accept-language': 'en' } });
    expect(other.status).toBe(200);
  });

  it('offers CSV of consultations and of anonymised contributions', async () => {
    const citizen = await t.login('citizen@sabor.example');
    await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'proposal', body: 'Повече дървета, моля', publishName: false }, { token: citizen });
    await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: 'Подкрепа', publishName: true }, { token: await t.login('ngo@arsr.sabor.example') });
    const list = await t.get('/api/open-data/consultations.csv');
    const rows = list.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    const header = 'id,url,municipality,language,kind,status,title,title_bg,title_en,title_mk,summary,published_at,opens_at,closes_at,last_day,contributions,proposals,answered,report_published_at,report_url,outcome,documents';
    expect(rows[0]).toBe(header);
    // the same columns and values in any interface language: codes, ISO times, each language's title in its own column
    expect((await t.get('/api/open-data/consultations.csv', { headers: { 'accept-language': 'en' } })).text).toBe(list.text);
    expect((await t.get('/api/open-data/consultations.csv', { headers: { 'accept-language': 'mk' } })).text).toBe(list.text);
    const row = rows.find((r) => r.startsWith(c.id))!;
    expect(row).toContain(`,http://sabor.test/consultations/${c.id},haskovo,bg,ordinance,open,Наредба за зелените площи,Наредба за зелените площи,Green spaces ordinance,,Правила за парковете & градините,`);
    // the legal last day as a calendar date, not a JavaScript date string
    expect(row.split(',')[14]).toBe((await t.get(`/api/consultations/${c.id}`)).body.lastDay);
    expect(list.headers['access-control-allow-origin']).toBe('*');
    expect(list.headers.link).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    const contributions = await t.get(`/api/consultations/${c.id}/contributions.csv`);
    expect(contributions.text).toContain('Участник 1');
    expect(contributions.text).toContain('Десислава Колева (АРСР)');
    expect(contributions.text).not.toContain('Иван Петров');
  });

  it('offers the same records as JSON, with the licence, for a portal to harvest; 304 when nothing changed', async () => {
    const res = await t.get('/api/open-data/consultations.json?municipality=haskovo');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.body.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(res.body.nextCursor).toBeNull();
    const record = res.body.items.find((r: { id: string }) => r.id === c.id);
    expect(record).toMatchObject({ url: `http://sabor.test/consultations/${c.id}`, municipality: 'haskovo', language: 'bg', kind: 'ordinance', title_en: 'Green spaces ordinance', report_url: null, outcome: null, documents: [expect.stringMatching(/^http:\/\/sabor\.test\/api\/documents\/[0-9a-f-]+\/download$/)] });
    // the CSV row says what the JSON record says
    const csv = (await t.get('/api/open-data/consultations.csv?municipality=haskovo')).text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv).toHaveLength(res.body.items.length + 1);
    expect(csv.find((r) => r.startsWith(c.id))!.split(',').slice(0, 6)).toEqual([record.id, record.url, record.municipality, record.language, record.kind, record.status]);
    const again = await t.get('/api/open-data/consultations.json?municipality=haskovo', { headers: { 'if-none-match': String(res.headers.etag) } });
    expect(again.status).toBe(304);
    expect(new Date(String(res.headers['last-modified'])).getTime()).toBeGreaterThan(0);
    expect((await t.get('/api/open-data/consultations.json?municipality=atlantis')).status).toBe(404);
  });

  it('describes the data in a DCAT-AP catalogue a portal harvests, every download address answering', async () => {
    const res = await t.get('/api/open-data/catalog.jsonld', { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const catalog = JSON.parse(res.text);
    for (const prefix of ['dcat', 'dct', 'foaf', 'vcard', 'adms', 'xsd']) expect(catalog['@context'][prefix]).toMatch(/^http/);
    expect(catalog['@context'].dcat).toBe('http://www.w3.org/ns/dcat#');
    expect(catalog['@type']).toBe('dcat:Catalog');
    // DCAT-AP mandatory for a catalogue: title, description, publisher, datasets
    const languages = (texts: Array<{ '@language': string; '@value': string }>) => texts.map((x) => x['@language']).sort();
    expect(languages(catalog['dct:title'])).toEqual(['bg', 'en']);
    expect(languages(catalog['dct:description'])).toEqual(['bg', 'en']);
    expect(catalog['dct:publisher']).toMatchObject({ '@type': 'foaf:Agent', 'foaf:name': 'Sabor' });
    expect(catalog['dct:license']).toEqual({ '@id': 'https://creativecommons.org/licenses/by/4.0/' });
    expect(catalog['foaf:homepage']).toEqual({ '@id': 'http://sabor.test/' });
    expect(catalog['dct:modified']['@type']).toBe('xsd:dateTime');
    expect(catalog['dcat:dataset']).toHaveLength(5);

    const haskovo = catalog['dcat:dataset'].find((d: { '@id': string }) => d['@id'].endsWith('#haskovo'));
    expect(haskovo['@type']).toBe('dcat:Dataset');
    expect(haskovo['dct:title']).toContainEqual({ '@value': 'Public consultations — Haskovo', '@language': 'en' });
    expect(haskovo['dct:title']).toContainEqual({ '@value': 'Обществени консултации — Хасково', '@language': 'bg' });
    expect(languages(haskovo['dct:description'])).toEqual(['bg', 'en']);
    expect(haskovo['dct:publisher']).toMatchObject({ '@type': 'foaf:Organization', 'dct:identifier': 'HKV34', 'adms:identifier': { '@type': 'adms:Identifier', 'skos:notation': 'HKV34' } });
    expect(haskovo['dct:publisher']['foaf:name']).toContainEqual({ '@value': 'Хасково', '@language': 'bg' });
    expect(haskovo['dct:spatial']).toEqual({ '@id': 'http://publications.europa.eu/resource/authority/country/BGR' });
    expect(haskovo['dcat:contactPoint']).toMatchObject({ '@type': 'vcard:Organization', 'vcard:fn': 'Хасково' });
    expect(haskovo['dcat:keyword']).toContainEqual({ '@value': 'public consultations', '@language': 'en' });
    expect(haskovo['dct:language'][0]).toEqual({ '@id': 'http://publications.europa.eu/resource/authority/language/BUL' });
    // modified: the newest change of the municipality or its published consultations
    expect(haskovo['dct:modified']['@type']).toBe('xsd:dateTime');
    expect(Date.parse(haskovo['dct:modified']['@value'])).toBeGreaterThanOrEqual(Date.parse(c.opensAt) - 86400_000);
    expect(haskovo['dcat:distribution'].map((d: { 'dcat:mediaType': { '@id': string } }) => d['dcat:mediaType']['@id'])).toEqual([
      'https://www.iana.org/assignments/media-types/text/csv',
      'https://www.iana.org/assignments/media-types/application/json',
      'https://www.iana.org/assignments/media-types/application/atom+xml',
    ]);
    // a municipality without codes is published without them, never with invented ones
    const kriva = catalog['dcat:dataset'].find((d: { '@id': string }) => d['@id'].endsWith('#kriva-palanka'));
    expect(kriva['dct:publisher']['dct:identifier']).toBeUndefined();
    expect(kriva['dct:publisher']['adms:identifier']).toBeUndefined();
    expect(kriva['dct:title']).toContainEqual({ '@value': 'Јавни консултации — Крива Паланка', '@language': 'mk' });
    expect(kriva['dct:language'][0]).toEqual({ '@id': 'http://publications.europa.eu/resource/authority/language/MKD' });

    for (const dataset of catalog['dcat:dataset']) {
      expect(dataset['dct:title'].length).toBeGreaterThan(0);
      expect(dataset['dct:description'].length).toBeGreaterThan(0);
      expect(dataset['dcat:distribution']).toHaveLength(3);
      for (const d of dataset['dcat:distribution']) {
        expect(d['dcat:accessURL']['@id']).toMatch(/^http:\/\/sabor\.test\//);
        expect(d['dct:license']).toEqual({ '@id': 'https://creativecommons.org/licenses/by/4.0/' });
        expect(d['dct:format']['@id']).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/file-type\/(CSV|JSON|ATOM)$/);
        const download = await t.get(d['dcat:downloadURL']['@id'].replace('http://sabor.test', ''));
        expect([d['dcat:downloadURL']['@id'], download.status]).toEqual([d['dcat:downloadURL']['@id'], 200]);
        expect(download.headers['content-type']).toContain(d['dcat:mediaType']['@id'].replace('https://www.iana.org/assignments/media-types/', ''));
      }
    }
    // the same bytes whatever the reader's language, and 304 when nothing changed
    expect((await t.get('/api/open-data/catalog.jsonld', { headers: { 'accept-language': 'bg' } })).text).toBe(res.text);
    expect((await t.get('/api/open-data/catalog.jsonld', { headers: { 'if-none-match': String(res.headers.etag) } })).status).toBe(304);
    // a new code shows at once
    await t.patch(`/api/municipalities/${await t.idOf('municipalities', 'kriva-palanka')}`, { officialCode: 'TESTMK1' }, { token: await t.login('admin@sabor.example') });
    const after = JSON.parse((await t.get('/api/open-data/catalog.jsonld', { headers: { 'if-none-match': String(res.headers.etag) } })).text);
    expect(after['dcat:dataset'].find((d: { '@id': string }) => d['@id'].endsWith('#kriva-palanka'))['dct:publisher']['dct:identifier']).toBe('TESTMK1');
  });

  it('answers 404 with the usual error body for an unknown municipality or consultation', async () => {
    for (const path of ['/api/feeds/consultations.atom?municipality=atlantis', '/api/open-data/consultations.csv?municipality=atlantis', '/api/consultations/00000000-0000-4000-8000-000000000000/contributions.csv']) {
      const res = await t.get(path);
      expect([path, res.status, res.body.code]).toEqual([path, 404, 'not_found']);
    }
  });

  it('computes the municipality’s transparency figures', async () => {
    const res = await t.get('/api/municipalities/haskovo/transparency');
    expect(res.status).toBe(200);
    // the green spaces ordinance and the public order one of the Atom test
    expect(res.body).toEqual({ consultations: 2, withFullPeriod: 2, withReport: 0, proposals: 1, answered: 0, answerRate: 0, medianDaysToAnswer: null });
    t.clock.travelTo(new Date(new Date(c.closesAt).getTime() + 2 * 86400_000));
    const [p] = await t.query(`SELECT id FROM contributions WHERE body = 'Повече дървета, моля'`);
    await t.put(`/api/contributions/${p.id}/response`, { decision: 'accepted' }, { token: officer });
    const after = await t.get(`/api/municipalities/${await t.idOf('municipalities', 'haskovo')}/transparency`);
    expect(after.body).toMatchObject({ proposals: 1, answered: 1, answerRate: 1, medianDaysToAnswer: 2 });
    expect((await t.get('/api/municipalities/nowhere/transparency')).status).toBe(404);
  });

  it('offers the contributions with a header and values that do not change with the language, decisions as codes, and as JSON', async () => {
    const [p] = await t.query(`SELECT id FROM contributions WHERE body = 'Повече дървета, моля'`);
    // after the close (the transparency test): the officer answers with a partial acceptance
    const answered = await t.put(`/api/contributions/${p.id}/response`, { decision: 'partially_accepted', reasoning: 'Ще бъдат засадени 50 дървета.' }, { token: officer });
    expect(answered.status).toBe(200);
    const bg = await t.get(`/api/consultations/${c.id}/contributions.csv`);
    const en = await t.get(`/api/consultations/${c.id}/contributions.csv`, { headers: { 'accept-language': 'en' } });
    expect(en.text).toBe(bg.text);
    expect((await t.get(`/api/consultations/${c.id}/contributions.csv`, { headers: { 'accept-language': 'mk' } })).text).toBe(bg.text);
    expect(bg.headers['access-control-allow-origin']).toBe('*');
    const rows = bg.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toBe('number,id,kind,section,parent_id,author,organization,channel,received_at,supports,lang,text,hidden_reason,decision,decision_bg,decision_en,decision_mk,reasoning');
    const proposal = rows.find((r) => r.includes('Повече дървета, моля'))!;
    expect(proposal).toContain(',bg,"Повече дървета, моля",,partially_accepted,Приема се частично,Partially accepted,Делумно се прифаќа,Ще бъдат засадени 50 дървета.');

    const json = await t.get(`/api/consultations/${c.id}/contributions.json`, { headers: { 'accept-language': 'mk' } });
    expect(json.status).toBe(200);
    expect(json.headers['access-control-allow-origin']).toBe('*');
    expect(json.body.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(json.body.nextCursor).toBeNull();
    expect(json.body.items).toHaveLength(rows.length - 1);
    expect(json.body.items.find((r: { id: string }) => r.id === p.id)).toMatchObject({ kind: 'proposal', lang: 'bg', author: 'Участник 1', decision: 'partially_accepted', decision_en: 'Partially accepted', reasoning: 'Ще бъдат засадени 50 дървета.' });
    expect(json.body.items.map((r: { number: number }) => r.number)).toEqual(json.body.items.map((_: unknown, i: number) => i + 1));
    expect((await t.get('/api/consultations/00000000-0000-4000-8000-000000000000/contributions.json')).status).toBe(404);
  });
});
