import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import { useBodies } from '../../../api/bodies';
import { ApiError, isApiError } from '../../../api/errors';
import { useSession } from '../../../api/me';
import { MEETING_KINDS, partnersOf, useCreateMeeting, useMeeting, useUpdateMeeting, type CreateMeetingBody, type Meeting, type MeetingKind } from '../../../api/meetings';
import { useMunicipalities, useMunicipality } from '../../../api/municipalities';
import type { Municipality } from '../../../api/types';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { CheckboxField, RadioGroup, SelectField, TextField, TextareaField } from '../../../components/fields';
import { Forbidden, NotFound } from '../../../components/Pages';
import { LoadError, Loading } from '../../../components/Status';
import { useFormErrors } from '../../../components/useFormErrors';
import { usePageTitle } from '../../../components/usePageTitle';
import { formatDay } from '../../../lib/format';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { daysBetween, wallClock, zonedToIso } from '../../../lib/zoned';
import { cleanLocalized, LocalizedFields, localizedId, type LocalizedValue } from '../../../components/LocalizedFields';
import { useLocalize } from '../../../lib/useLocalize';
import '../ui/meetings.css';

interface ProgrammeRow {
  key: string;
  day: string;
  from: string;
  to: string;
  title: LocalizedValue;
  description: LocalizedValue;
}

interface Values {
  municipality: string;
  kind: MeetingKind | '';
  bodyId: string;
  title: LocalizedValue;
  description: LocalizedValue;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  location: LocalizedValue;
  onlineUrl: string;
  capacity: string;
  open: boolean;
  requireApproval: boolean;
  closesDate: string;
  closesTime: string;
  partners: string[];
  programme: ProgrammeRow[];
}

type Field = 'municipality' | 'kind' | 'bodyId' | 'title' | 'startDate' | 'endDate' | 'location' | 'onlineUrl' | 'capacity' | 'closesDate' | 'programme';

const ids = (locale: string): Record<Field, string> => ({
  municipality: 'meeting-municipality',
  kind: 'meeting-kind',
  bodyId: 'meeting-body',
  title: localizedId('meeting-title', locale),
  startDate: 'meeting-start-date',
  endDate: 'meeting-end-date',
  location: localizedId('meeting-location', locale),
  onlineUrl: 'meeting-online',
  capacity: 'meeting-capacity',
  closesDate: 'meeting-closes-date',
  programme: 'programme-add',
});

let rowKeys = 0;
const newRow = (day: string): ProgrammeRow => ({ key: `row-${++rowKeys}`, day, from: '', to: '', title: {}, description: {} });

function fromMeeting(m: Meeting, tz: string): Values {
  const start = wallClock(m.startsAt, tz);
  const end = wallClock(m.endsAt, tz);
  const closes = m.registration.closesAt ? wallClock(m.registration.closesAt, tz) : null;
  return {
    municipality: m.municipalitySlug,
    kind: m.kind,
    bodyId: m.bodyId ?? '',
    title: m.title,
    description: m.description,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    location: m.location,
    onlineUrl: m.onlineUrl ?? '',
    capacity: m.capacity ? String(m.capacity) : '',
    open: m.registration.open,
    requireApproval: m.registration.requireApproval,
    closesDate: closes?.date ?? '',
    closesTime: closes?.time ?? '',
    partners: partnersOf(m).map((p) => p.slug),
    programme: m.programme.map((p) => ({
      key: `row-${++rowKeys}`,
      day: p.day,
      from: p.startsAt ? wallClock(p.startsAt, tz).time : '',
      to: p.endsAt ? wallClock(p.endsAt, tz).time : '',
      title: p.title,
      description: p.description,
    })),
  };
}

function blank(municipality: string, bodyId: string): Values {
  return {
    municipality,
    kind: bodyId ? 'body_meeting' : '',
    bodyId,
    title: {},
    description: {},
    startDate: '',
    startTime: '',
    endDate: '',
    endTime: '',
    location: {},
    onlineUrl: '',
    capacity: '',
    open: false,
    requireApproval: false,
    closesDate: '',
    closesTime: '',
    partners: [],
    programme: [],
  };
}

/** `/officer/meetings/new?municipality=&body=` — a new meeting or event. */
export function NewMeetingPage() {
  const { t } = useTranslation('meetings');
  usePageTitle(t('officer.form.newTitle'));
  const [params] = useSearchParams();
  const { me } = useSession();
  const all = useMunicipalities();
  const list = all.data?.pages.flatMap((p) => p.items) ?? [];
  const mine = me?.isAdmin ? list : list.filter((m) => me?.staff.some((s) => s.role === 'officer' && s.municipalityId === m.id));
  const wanted = params.get('municipality') ?? mine[0]?.slug ?? '';
  return (
    <>
      <Breadcrumbs items={[{ to: '/officer/meetings', label: t('officer.home.title') }]} />
      <h1>{t('officer.form.newTitle')}</h1>
      {all.isPending && <Loading />}
      {all.isError && <LoadError error={all.error} onRetry={() => void all.refetch()} />}
      {all.isSuccess && mine.length === 0 && <Forbidden />}
      {all.isSuccess && mine.length > 0 && <MeetingForm initial={blank(mine.some((m) => m.slug === wanted) ? wanted : mine[0].slug, params.get('body') ?? '')} choices={mine} all={list} />}
    </>
  );
}

/** `/officer/meetings/:id/edit` */
export function EditMeetingPage() {
  const { t } = useTranslation(['meetings', 'common']);
  const { id = '' } = useParams();
  const query = useMeeting(id);
  const municipality = useMunicipality(query.data?.municipalitySlug ?? '');
  const all = useMunicipalities();
  const localize = useLocalize();
  const title = query.data ? localize(query.data.title).text : undefined;
  usePageTitle(title ? `${t('officer.form.editTitle')}: ${title}` : t('officer.form.editTitle'));
  if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) return <NotFound />;
  if (query.data && !query.data.canManage) return <Forbidden />;
  const list = all.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <Breadcrumbs items={[{ to: '/officer/meetings', label: t('officer.home.title') }, ...(title ? [{ to: `/officer/meetings/${id}`, label: title }] : [])]} />
      {title && <p className="caption">{title}</p>}
      <h1>{t('officer.form.editTitle')}</h1>
      {(query.isPending || municipality.isPending || all.isPending) && <Loading />}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && municipality.data && all.isSuccess && <MeetingForm meeting={query.data} initial={fromMeeting(query.data, municipality.data.timeZone)} choices={[municipality.data]} all={list} />}
    </>
  );
}

function MeetingForm({ meeting, initial, choices, all }: { meeting?: Meeting; initial: Values; choices: Municipality[]; all: Municipality[] }) {
  const { t, i18n } = useTranslation(['meetings', 'common']);
  const navigate = useNavigate();
  const localize = useLocalize();
  const [v, setV] = useState<Values>(initial);
  const host = choices.find((m) => m.slug === v.municipality) ?? choices[0];
  const L = host.defaultLocale;
  const fieldIds = useMemo(() => ids(L), [L]);
  const form = useFormErrors(fieldIds);
  const create = useCreateMeeting();
  const update = useUpdateMeeting(meeting?.id ?? '');
  const busy = create.isPending || update.isPending;
  const key = useRef(newIdempotencyKey());
  const bodies = useBodies({ municipality: v.municipality });
  const bodyOptions = (bodies.data?.pages.flatMap((p) => p.items) ?? []).filter((b) => b.status === 'active' || b.id === v.bodyId);
  const days = v.startDate && v.endDate ? daysBetween(v.startDate, v.endDate) : [];
  const set = (patch: Partial<Values>) => setV((old) => ({ ...old, ...patch }));
  const setRow = (key: string, patch: Partial<ProgrammeRow>) => setV((old) => ({ ...old, programme: old.programme.map((r) => (r.key === key ? { ...r, ...patch } : r)) }));
  const partnerChoices = all.filter((m) => m.slug !== v.municipality).map((m) => ({ slug: m.slug, name: localize(m.name, m.defaultLocale) }));

  function check(): Partial<Record<Field, string>> {
    const e: Partial<Record<Field, string>> = {};
    if (!v.kind) e.kind = t('officer.form.errors.kind');
    if (v.kind === 'body_meeting' && !v.bodyId) e.bodyId = t('officer.form.errors.body');
    if (!v.title[L as 'bg']?.trim()) e.title = t('officer.form.errors.title');
    const starts = zonedToIso(v.startDate, v.startTime, host.timeZone);
    const ends = zonedToIso(v.endDate, v.endTime, host.timeZone);
    if (!starts) e.startDate = t('officer.form.errors.start');
    if (!ends) e.endDate = t('officer.form.errors.end');
    else if (starts && ends <= starts) e.endDate = t('officer.form.errors.endBeforeStart');
    else if (days.length > 31) e.endDate = t('officer.form.errors.tooLong');
    if (!Object.values(v.location).some((x) => x?.trim()) && !v.onlineUrl.trim()) e.location = t('officer.form.errors.place');
    if (v.onlineUrl.trim() && !/^https?:\/\/\S+$/.test(v.onlineUrl.trim())) e.onlineUrl = t('officer.form.errors.url');
    if (v.capacity && !(/^\d+$/.test(v.capacity) && Number(v.capacity) >= 1)) e.capacity = t('officer.form.errors.capacity');
    if ((v.closesDate || v.closesTime) && !zonedToIso(v.closesDate, v.closesTime || '23:59', host.timeZone)) e.closesDate = t('officer.form.errors.closes');
    const badRow = v.programme.findIndex((r) => !r.title[L as 'bg']?.trim() || !days.includes(r.day) || (r.from && r.to && r.to < r.from));
    if (badRow >= 0) e.programme = t('officer.form.errors.programme', { n: badRow + 1 });
    return e;
  }

  function body(): CreateMeetingBody {
    const tz = host.timeZone;
    return {
      municipalityId: v.municipality,
      kind: v.kind as MeetingKind,
      bodyId: v.bodyId || null,
      title: cleanLocalized(v.title),
      description: cleanLocalized(v.description),
      startsAt: zonedToIso(v.startDate, v.startTime, tz)!,
      endsAt: zonedToIso(v.endDate, v.endTime, tz)!,
      location: cleanLocalized(v.location),
      onlineUrl: v.onlineUrl.trim() || null,
      capacity: v.capacity ? Number(v.capacity) : null,
      registration: { open: v.open, requireApproval: v.requireApproval, closesAt: v.closesDate ? zonedToIso(v.closesDate, v.closesTime || '23:59', tz) : null },
      programme: v.programme.map((r) => ({
        day: r.day,
        startsAt: r.from ? zonedToIso(r.day, r.from, tz) : null,
        endsAt: r.to ? zonedToIso(r.day, r.to, tz) : null,
        title: cleanLocalized(r.title),
        description: cleanLocalized(r.description),
      })),
      partnerMunicipalityIds: v.partners,
    };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || form.showClientErrors(check())) return;
    try {
      const b = body();
      if (meeting) {
        const { municipalityId: _m, ...patch } = b;
        await update.mutateAsync(patch);
        navigate(`/officer/meetings/${meeting.id}`, { state: { flash: 'saved' } });
      } else {
        const saved = await create.mutateAsync({ body: b, idempotencyKey: key.current });
        navigate(`/officer/meetings/${saved.id}`, { state: { flash: 'created' } });
      }
    } catch (error) {
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) key.current = newIdempotencyKey();
      const fields: Record<string, Field> = { municipalityId: 'municipality', startsAt: 'startDate', endsAt: 'endDate', 'registration.closesAt': 'closesDate', 'registration.opensAt': 'closesDate', partnerMunicipalityIds: 'municipality' };
      if (error instanceof ApiError) for (const f of error.fields) if (/^(title|location|description)\./.test(f.field)) fields[f.field] = f.field.startsWith('title') ? 'title' : 'location';
      if (error instanceof ApiError) for (const f of error.fields) if (f.field.startsWith('programme')) fields[f.field] = 'programme';
      form.showApiError(error, { fields, codes: { body_dissolved: 'bodyId' } });
    }
  }

  return (
    <form onSubmit={submit} noValidate className="page-narrow meeting-form">
      <ErrorSummary items={form.summary} focusKey={form.focusKey} />
      {!meeting && choices.length > 1 && (
        <SelectField id={fieldIds.municipality} label={t('list.municipality')} value={v.municipality} onChange={(e) => set({ municipality: e.target.value, bodyId: '', partners: [] })} error={form.fieldErrors.municipality}>
          {choices.map((m) => {
            const n = localize(m.name, m.defaultLocale);
            return (
              <option key={m.slug} value={m.slug} lang={n.lang}>
                {n.text}
              </option>
            );
          })}
        </SelectField>
      )}
      <RadioGroup<MeetingKind> id={fieldIds.kind} name="meeting-kind" legend={t('officer.form.kind')} options={MEETING_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} value={v.kind} onChange={(kind) => set({ kind })} error={form.fieldErrors.kind} />
      <SelectField
        id={fieldIds.bodyId}
        label={t('officer.form.body')}
        hint={t('officer.form.bodyHint')}
        optional={v.kind !== 'body_meeting'}
        value={v.bodyId}
        onChange={(e) => set({ bodyId: e.target.value })}
        error={form.fieldErrors.bodyId}
      >
        <option value="">{t('officer.form.noBody')}</option>
        {bodyOptions.map((b) => {
          const n = localize(b.name, L);
          return (
            <option key={b.id} value={b.id} lang={n.lang}>
              {n.text}
            </option>
          );
        })}
      </SelectField>
      <LocalizedFields id="meeting-title" label={t('officer.form.title')} value={v.title} onChange={(title) => set({ title })} defaultLocale={L} error={form.fieldErrors.title} maxLength={500} />
      <LocalizedFields id="meeting-description" label={t('officer.form.description')} hint={t('officer.form.descriptionHint')} value={v.description} onChange={(description) => set({ description })} defaultLocale={L} optional multiline rows={6} />

      <fieldset className="fieldset field">
        <legend className="field__label">{t('officer.form.when')}</legend>
        <p className="field__hint">{t('officer.form.whenHint', { zone: host.timeZone })}</p>
        <div className="field-row">
          <TextField id={fieldIds.startDate} label={t('officer.form.startDate')} type="date" width="short" value={v.startDate} onChange={(e) => set({ startDate: e.target.value, endDate: v.endDate && v.endDate >= e.target.value ? v.endDate : e.target.value })} error={form.fieldErrors.startDate} />
          <TextField id="meeting-start-time" label={t('officer.form.startTime')} type="time" width="short" value={v.startTime} onChange={(e) => set({ startTime: e.target.value })} />
        </div>
        <div className="field-row">
          <TextField id={fieldIds.endDate} label={t('officer.form.endDate')} type="date" width="short" min={v.startDate || undefined} value={v.endDate} onChange={(e) => set({ endDate: e.target.value })} error={form.fieldErrors.endDate} />
          <TextField id="meeting-end-time" label={t('officer.form.endTime')} type="time" width="short" value={v.endTime} onChange={(e) => set({ endTime: e.target.value })} />
        </div>
      </fieldset>

      <LocalizedFields id="meeting-location" label={t('officer.form.location')} hint={t('officer.form.locationHint')} value={v.location} onChange={(location) => set({ location })} defaultLocale={L} optional error={form.fieldErrors.location} maxLength={500} />
      <TextField id={fieldIds.onlineUrl} label={t('officer.form.onlineUrl')} hint={t('officer.form.onlineUrlHint')} optional type="url" inputMode="url" width="full" value={v.onlineUrl} onChange={(e) => set({ onlineUrl: e.target.value })} error={form.fieldErrors.onlineUrl} />

      <fieldset className="fieldset field">
        <legend className="field__label">{t('officer.form.registration')}</legend>
        <CheckboxField id="meeting-open" label={t('officer.form.open')} hint={t('officer.form.openHint')} checked={v.open} onChange={(open) => set({ open })} />
        <CheckboxField id="meeting-approval" label={t('officer.form.approval')} hint={t('officer.form.approvalHint')} checked={v.requireApproval} onChange={(requireApproval) => set({ requireApproval })} />
        <TextField id={fieldIds.capacity} label={t('officer.form.capacity')} hint={t('officer.form.capacityHint')} optional inputMode="numeric" width="short" value={v.capacity} onChange={(e) => set({ capacity: e.target.value })} error={form.fieldErrors.capacity} />
        <div className="field-row">
          <TextField id={fieldIds.closesDate} label={t('officer.form.closesDate')} hint={t('officer.form.closesHint')} optional type="date" width="short" value={v.closesDate} onChange={(e) => set({ closesDate: e.target.value })} error={form.fieldErrors.closesDate} />
          <TextField id="meeting-closes-time" label={t('officer.form.closesTime')} optional type="time" width="short" value={v.closesTime} onChange={(e) => set({ closesTime: e.target.value })} />
        </div>
      </fieldset>

      {partnerChoices.length > 0 && (
        <fieldset className="fieldset field">
          <legend className="field__label">
            {t('meeting.partners')} <span className="field__optional">{t('common:form.optional')}</span>
          </legend>
          <p className="field__hint">{t('officer.form.partnersHint')}</p>
          {partnerChoices.map((p) => (
            <CheckboxField
              key={p.slug}
              id={`partner-${p.slug}`}
              label={<span lang={p.name.lang}>{p.name.text}</span>}
              checked={v.partners.includes(p.slug)}
              onChange={(on) => set({ partners: on ? [...v.partners, p.slug] : v.partners.filter((x) => x !== p.slug) })}
            />
          ))}
        </fieldset>
      )}

      <fieldset className="fieldset field">
        <legend className="field__label">{t('meeting.programme')}</legend>
        <p className="field__hint">{days.length ? t('officer.form.programmeHint') : t('officer.form.programmeNeedsDates')}</p>
        {form.fieldErrors.programme && (
          <p className="field__error">
            <span className="visually-hidden">{t('common:form.errorPrefix')} </span>
            {form.fieldErrors.programme}
          </p>
        )}
        {v.programme.map((r, index) => (
          <fieldset key={r.key} className="repeat-item fieldset">
            <legend className="repeat-item__legend">{t('officer.form.item', { n: index + 1 })}</legend>
            <div className="field-row">
              <SelectField id={`${r.key}-day`} label={t('officer.form.itemDay')} value={r.day} onChange={(e) => setRow(r.key, { day: e.target.value })}>
                {!days.includes(r.day) && <option value={r.day}>{r.day ? formatDay(r.day, i18n.language) : '—'}</option>}
                {days.map((d) => (
                  <option key={d} value={d}>
                    {formatDay(d, i18n.language, { weekday: true })}
                  </option>
                ))}
              </SelectField>
              <TextField id={`${r.key}-from`} label={t('officer.form.itemFrom')} optional type="time" width="short" value={r.from} onChange={(e) => setRow(r.key, { from: e.target.value })} />
              <TextField id={`${r.key}-to`} label={t('officer.form.itemTo')} optional type="time" width="short" value={r.to} onChange={(e) => setRow(r.key, { to: e.target.value })} />
            </div>
            <LocalizedFields id={`${r.key}-title`} label={t('officer.form.itemTitle')} value={r.title} onChange={(title) => setRow(r.key, { title })} defaultLocale={L} maxLength={500} />
            <TextareaField
              id={`${r.key}-description`}
              label={t('officer.form.itemDescription')}
              optional
              rows={2}
              lang={L}
              value={r.description[L as 'bg'] ?? ''}
              onChange={(e) => setRow(r.key, { description: { ...r.description, [L]: e.target.value } })}
            />
            <button type="button" className="button button--secondary button--small" onClick={() => set({ programme: v.programme.filter((x) => x.key !== r.key) })}>
              {t('officer.form.removeItem')}
              <span className="visually-hidden"> {index + 1}</span>
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          id={fieldIds.programme}
          className="button button--secondary"
          disabled={days.length === 0}
          onClick={() => {
            const last = v.programme.at(-1);
            setV((old) => ({ ...old, programme: [...old.programme, newRow(last?.day && days.includes(last.day) ? last.day : days[0])] }));
            // focus the new item's first field once it is drawn
            setTimeout(() => document.getElementById(`row-${rowKeys}-day`)?.focus(), 0);
          }}
        >
          {t('officer.form.addItem')}
        </button>
      </fieldset>

      <Button type="submit" busy={busy} busyLabel={t('common:status.saving')}>
        {meeting ? t('officer.form.save') : t('officer.form.create')}
      </Button>
    </form>
  );
}
