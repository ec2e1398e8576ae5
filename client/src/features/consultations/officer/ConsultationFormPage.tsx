import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import { useCreateConsultation, useUpdateConsultation } from '../../../api/consultations';
import { useSession } from '../../../api/me';
import { useMunicipalities } from '../../../api/municipalities';
import {
  CONSULTATION_KINDS,
  MOTIVE_ITEMS,
  type Consultation,
  type ConsultationKind,
  type CreateConsultationBody,
  type LocalizedText,
  type Me,
  type MotiveItem,
  type Motives,
  type Municipality,
  type UpdateConsultationBody,
} from '../../../api/types';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { RadioGroup, SelectField, TextareaField, TextField } from '../../../components/fields';
import { Notice } from '../../../components/Status';
import { useFormErrors } from '../../../components/useFormErrors';
import { usePageTitle } from '../../../components/usePageTitle';
import { looksLikeEmail } from '../../../lib/validation';
import { useLocalize } from '../../../lib/useLocalize';
import { ConsultationFrame } from './ConsultationFrame';
import type { ManageFlash } from './ManagePage';

const MOTIVE_FIELD = {
  reasons: 'motivesReasons',
  objectives: 'motivesObjectives',
  resources: 'motivesResources',
  expectedResults: 'motivesExpectedResults',
  euCompliance: 'motivesEuCompliance',
} as const satisfies Record<MotiveItem, string>;

const FIELDS = {
  municipality: 'consultation-municipality',
  kind: 'consultation-kind',
  title: 'consultation-title',
  summary: 'consultation-summary',
  body: 'consultation-body',
  motivesReasons: 'motives-reasons',
  motivesObjectives: 'motives-objectives',
  motivesResources: 'motives-resources',
  motivesExpectedResults: 'motives-expected-results',
  motivesEuCompliance: 'motives-eu-compliance',
  contactName: 'contact-name',
  contactEmail: 'contact-email',
  contactPhone: 'contact-phone',
  periodDays: 'consultation-period-days',
  shortenedReason: 'consultation-shortened-reason',
  correctionNote: 'consultation-correction-note',
} as const;
type Field = keyof typeof FIELDS;

const SERVER_FIELDS: Record<string, Field> = {
  municipalityId: 'municipality',
  kind: 'kind',
  title: 'title',
  summary: 'summary',
  body: 'body',
  'contact.name': 'contactName',
  'contact.email': 'contactEmail',
  'contact.phone': 'contactPhone',
  contact: 'contactName',
  periodDays: 'periodDays',
  shortenedReason: 'shortenedReason',
  correctionNote: 'correctionNote',
  ...Object.fromEntries(MOTIVE_ITEMS.flatMap((item) => [[`motives.${item}`, MOTIVE_FIELD[item]]])),
  ...Object.fromEntries(['bg', 'en', 'mk'].flatMap((l) => [[`title.${l}`, 'title'], [`summary.${l}`, 'summary'], [`body.${l}`, 'body']])),
};

const MAX = { title: 500, summary: 5000, motive: 20_000, contact: 200, phone: 60, reason: 5000, note: 2000 };

/** `/officer/consultations/new` */
export function NewConsultationPage() {
  const { t } = useTranslation('officer');
  usePageTitle(t('form.createTitle'));
  const { me } = useSession();
  return (
    <div className="page-narrow page-form">
      <Breadcrumbs items={[{ to: '/officer', label: t('home.title') }]} />
      {me && <ConsultationForm me={me} title={t('form.createTitle')} />}
    </div>
  );
}

/** `/officer/consultations/:id/edit` — a draft freely; once published, a correction that makes a new version. */
export function EditConsultationPage() {
  const { t } = useTranslation('officer');
  return (
    <div className="page-narrow page-form">
      <ConsultationFrame title={t('form.editTitle')}>
        {({ consultation, municipality, me }) =>
          consultation.status === 'reported' || consultation.status === 'decided' ? (
            <Notice tone="info">
              <p>{t('form.locked')}</p>
            </Notice>
          ) : (
            <ConsultationForm key={consultation.id} me={me} existing={consultation} municipality={municipality} />
          )
        }
      </ConsultationFrame>
    </div>
  );
}

/** The text of one language out of a stored value that may be plain text or per-language. */
function textIn(value: LocalizedText | string | null | undefined, locale: string): string {
  if (!value) return '';
  if (typeof value === 'string') return value;
  return value[locale as keyof LocalizedText] ?? '';
}

/** The stored per-language value with one language replaced: the other translations stay. */
function merged(value: LocalizedText | string | null | undefined, locale: string, text: string): LocalizedText {
  const base: LocalizedText = typeof value === 'string' ? {} : { ...(value ?? {}) };
  return { ...base, [locale]: text };
}

interface FormProps {
  me: Me;
  existing?: Consultation;
  municipality?: Municipality;
  /** h1 of the create page (the edit page has the frame's) */
  title?: string;
}

function ConsultationForm({ me, existing, municipality, title }: FormProps) {
  const { t } = useTranslation(['officer', 'consultations', 'common']);
  const navigate = useNavigate();
  const localize = useLocalize();
  const create = useCreateConsultation();
  const update = useUpdateConsultation(existing?.id ?? '');
  const pending = create.isPending || update.isPending;
  const errors = useFormErrors(FIELDS);
  const published = Boolean(existing && existing.status !== 'draft');
  const locale = municipality?.defaultLocale ?? 'bg';
  const all = useMunicipalities();
  // a draft belongs to the officers of its municipality (a platform admin without that role could not see it)
  const choices = me.staff.filter((s) => s.role === 'officer').map((s) => all.data?.pages.flatMap((p) => p.items).find((m) => m.id === s.municipalityId) ?? ({ id: s.municipalityId, slug: s.municipalitySlug, name: { bg: s.municipalitySlug }, defaultLocale: 'bg' } as Municipality));

  const [municipalityId, setMunicipalityId] = useState(existing?.municipalityId ?? (choices.length === 1 ? choices[0].id : ''));
  const country = municipality?.country ?? choices.find((m) => m.id === municipalityId)?.country;
  const [kind, setKind] = useState<ConsultationKind | ''>(existing?.kind ?? '');
  const [titleText, setTitleText] = useState(textIn(existing?.title, locale));
  const [summary, setSummary] = useState(textIn(existing?.summary, locale));
  const [body, setBody] = useState(textIn(existing?.body, locale));
  const [motives, setMotives] = useState<Record<MotiveItem, string>>(
    () => Object.fromEntries(MOTIVE_ITEMS.map((item) => [item, textIn(existing?.motives?.[item], locale)])) as Record<MotiveItem, string>,
  );
  const [contactName, setContactName] = useState(existing?.contact.name ?? '');
  const [contactEmail, setContactEmail] = useState(existing?.contact.email ?? '');
  const [contactPhone, setContactPhone] = useState(existing?.contact.phone ?? '');
  const [periodDays, setPeriodDays] = useState(String(existing?.periodDays ?? 30));
  const [shortenedReason, setShortenedReason] = useState(existing?.shortenedReason ?? '');
  const [correctionNote, setCorrectionNote] = useState('');

  function validate(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (!existing && !municipalityId) found.municipality = t('form.municipalityRequired');
    if (!kind) found.kind = t('form.kindRequired');
    if (!titleText.trim()) found.title = t('form.titleRequired');
    else if (titleText.trim().length > MAX.title) found.title = t('form.tooLong', { max: MAX.title });
    if (summary.trim().length > MAX.summary) found.summary = t('form.tooLong', { max: MAX.summary });
    if (!body.trim()) found.body = t('form.bodyRequired');
    if (kind === 'ordinance') for (const item of MOTIVE_ITEMS) if (motives[item].length > MAX.motive) found[MOTIVE_FIELD[item]] = t('form.tooLong', { max: MAX.motive });
    if (contactName.length > MAX.contact) found.contactName = t('form.tooLong', { max: MAX.contact });
    if (contactEmail.trim() && !looksLikeEmail(contactEmail)) found.contactEmail = t('form.emailInvalid');
    if (contactPhone.length > MAX.phone) found.contactPhone = t('form.tooLong', { max: MAX.phone });
    if (!published) {
      const days = Number(periodDays);
      if (!/^\d+$/.test(periodDays.trim()) || days < 1 || days > 365) found.periodDays = t('form.periodInvalid');
      if (shortenedReason.length > MAX.reason) found.shortenedReason = t('form.tooLong', { max: MAX.reason });
    }
    if (published && !correctionNote.trim()) found.correctionNote = t('form.correctionNoteRequired');
    else if (correctionNote.length > MAX.note) found.correctionNote = t('form.tooLong', { max: MAX.note });
    return found;
  }

  function contact() {
    return Object.fromEntries(
      Object.entries({ name: contactName.trim(), email: contactEmail.trim(), phone: contactPhone.trim() }).filter(([, value]) => value),
    );
  }

  function motivesBody(): Motives | undefined {
    if (kind !== 'ordinance') return undefined;
    return Object.fromEntries(MOTIVE_ITEMS.map((item) => [item, existing ? merged(existing.motives?.[item], locale, motives[item].trim()) : motives[item].trim()]));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (pending || errors.showClientErrors(validate())) return;
    try {
      let state: ManageFlash;
      let id: string;
      if (existing) {
        const patch: UpdateConsultationBody = {
          title: merged(existing.title, locale, titleText.trim()),
          summary: merged(existing.summary, locale, summary.trim()),
          body: merged(existing.body, locale, body),
          contact: contact(),
          ...(kind === 'ordinance' ? { motives: motivesBody() } : {}),
          ...(published
            ? { correctionNote: correctionNote.trim() }
            : { kind: kind as ConsultationKind, periodDays: Number(periodDays), shortenedReason: shortenedReason.trim() || null }),
        };
        id = (await update.mutateAsync(patch)).id;
        state = { flash: published ? 'corrected' : 'saved' };
      } else {
        const body_: CreateConsultationBody = {
          municipalityId,
          kind: kind as ConsultationKind,
          title: titleText.trim(),
          summary: summary.trim(),
          body,
          contact: contact(),
          periodDays: Number(periodDays),
          ...(shortenedReason.trim() ? { shortenedReason: shortenedReason.trim() } : {}),
          ...(kind === 'ordinance' ? { motives: motivesBody() } : {}),
        };
        id = (await create.mutateAsync(body_)).id;
        state = { flash: 'created' };
      }
      navigate(`/officer/consultations/${id}`, { state });
    } catch (error) {
      errors.showApiError(error, { fields: SERVER_FIELDS, codes: { correction_note_required: 'correctionNote' } });
    }
  }

  return (
    <>
      <ErrorSummary items={errors.summary} focusKey={errors.focusKey} />
      {title && <h1>{title}</h1>}
      {published && existing && (
        <Notice tone="warning" title={t('form.correctionTitle')}>
          <p>{t('form.correctionBody', { version: existing.version + 1 })}</p>
        </Notice>
      )}
      <form onSubmit={onSubmit} noValidate>
        {!existing && (
          <SelectField id={FIELDS.municipality} label={t('form.municipality')} value={municipalityId} onChange={(e) => setMunicipalityId(e.target.value)} error={errors.fieldErrors.municipality}>
            <option value="">{t('form.chooseMunicipality')}</option>
            {choices.map((m) => {
              const name = localize(m.name, m.defaultLocale);
              return (
                <option key={m.id} value={m.id} lang={name.lang}>
                  {name.text}
                </option>
              );
            })}
          </SelectField>
        )}
        {!published && (
          <RadioGroup<ConsultationKind>
            id={FIELDS.kind}
            name="kind"
            legend={t('form.kind')}
            value={kind}
            onChange={setKind}
            error={errors.fieldErrors.kind}
            options={CONSULTATION_KINDS.map((k) => ({ value: k, label: t(`consultations:kinds.${k}`), hint: k === 'ordinance' ? t('form.ordinanceHint') : undefined }))}
          />
        )}
        <TextField id={FIELDS.title} label={t('form.title')} width="full" value={titleText} onChange={(e) => setTitleText(e.target.value)} error={errors.fieldErrors.title} />
        <TextareaField id={FIELDS.summary} label={t('form.summary')} hint={t('form.summaryHint')} optional rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} error={errors.fieldErrors.summary} />
        <TextareaField
          id={FIELDS.body}
          label={t('form.body')}
          hint={t('form.bodyHint')}
          rows={18}
          spellCheck
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={errors.fieldErrors.body}
        />
        {kind === 'ordinance' && (
          <fieldset className="fieldset field-group" aria-describedby="motives-hint">
            <legend className="field-group__legend">{t('form.motives')}</legend>
            <p id="motives-hint" className="field__hint">
              {t('form.motivesHint')}
            </p>
            {MOTIVE_ITEMS.map((item) => (
              <TextareaField
                key={item}
                id={FIELDS[MOTIVE_FIELD[item]]}
                label={t(`consultations:motives.${item}`)}
                rows={4}
                value={motives[item]}
                onChange={(e) => setMotives((prev) => ({ ...prev, [item]: e.target.value }))}
                error={errors.fieldErrors[MOTIVE_FIELD[item]]}
              />
            ))}
          </fieldset>
        )}
        <fieldset className="fieldset field-group">
          <legend className="field-group__legend">{t('form.contact')}</legend>
          <TextField id={FIELDS.contactName} label={t('form.contactName')} hint={t('form.contactNameHint')} optional width="full" autoComplete="organization" value={contactName} onChange={(e) => setContactName(e.target.value)} error={errors.fieldErrors.contactName} />
          <TextField id={FIELDS.contactEmail} label={t('form.contactEmail')} optional type="email" spellCheck={false} value={contactEmail} onChange={(e) => setContactEmail(e.target.value)} error={errors.fieldErrors.contactEmail} />
          <TextField id={FIELDS.contactPhone} label={t('form.contactPhone')} optional type="tel" width="short" value={contactPhone} onChange={(e) => setContactPhone(e.target.value)} error={errors.fieldErrors.contactPhone} />
        </fieldset>
        {!published && (
          <>
            <TextField
              id={FIELDS.periodDays}
              label={t('form.periodDays')}
              hint={country ? t(`form.periodDaysHint${country}`) : t('form.periodDaysHint')}
              inputMode="numeric"
              width="short"
              value={periodDays}
              onChange={(e) => setPeriodDays(e.target.value)}
              error={errors.fieldErrors.periodDays}
            />
            <TextareaField
              id={FIELDS.shortenedReason}
              label={t('form.shortenedReason')}
              hint={t('form.shortenedReasonHint')}
              optional
              rows={3}
              value={shortenedReason}
              onChange={(e) => setShortenedReason(e.target.value)}
              error={errors.fieldErrors.shortenedReason}
            />
          </>
        )}
        {published && (
          <TextareaField
            id={FIELDS.correctionNote}
            label={t('form.correctionNote')}
            hint={t('form.correctionNoteHint')}
            rows={3}
            value={correctionNote}
            onChange={(e) => setCorrectionNote(e.target.value)}
            error={errors.fieldErrors.correctionNote}
          />
        )}
        <div className="button-group">
          <Button type="submit" busy={pending} busyLabel={t('common:status.saving')}>
            {existing ? (published ? t('form.saveCorrection') : t('form.save')) : t('form.create')}
          </Button>
          <Link to={existing ? `/officer/consultations/${existing.id}` : '/officer'}>{t('form.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
