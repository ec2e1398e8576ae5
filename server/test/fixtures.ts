import type { TestApp } from './test-app';

export const ORDINANCE_BODY = `Проект на Наредба за обществените консултации и гражданските съвети

Чл. 1. (1) С тази наредба се уреждат условията и редът за обществени консултации.

Чл. 2. Принципи. Откритост, отчетност и равнопоставеност.

§ 1. Наредбата влиза в сила от деня на обнародването ѝ.`;

export const MOTIVES = {
  reasons: 'Липсват правила за обществените консултации.',
  objectives: 'Прозрачност и участие.',
  resources: 'Не са необходими допълнителни средства.',
  expectedResults: 'Повече граждани участват.',
  euCompliance: 'Съответства на правото на ЕС.',
};

/** A Haskovo ordinance published through the API; the clock is then moved into its window. */
export async function openConsultation(t: TestApp, extra: Record<string, unknown> = {}): Promise<{ id: string; sections: Array<{ id: string; ref: string }>; opensAt: string; closesAt: string }> {
  const officer = await t.login('officer@haskovo.sabor.example');
  const created = await t.post('/api/consultations', { municipalityId: 'haskovo', kind: 'ordinance', title: 'Наредба за обществените консултации', summary: '', body: ORDINANCE_BODY, motives: MOTIVES, contact: {}, ...extra }, { token: officer });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${created.text}`);
  const published = await t.post(`/api/consultations/${created.body.id}/publish`, {}, { token: officer });
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${published.text}`);
  t.clock.travelTo(new Date(new Date(published.body.opensAt).getTime() + 3600_000));
  return { id: created.body.id, sections: created.body.sections, opensAt: published.body.opensAt, closesAt: published.body.closesAt };
}
