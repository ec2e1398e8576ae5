import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import { BODY_KINDS, useBody, useCreateBody, useUpdateBody, type Body, type BodyKind, type CreateBodyBody } from '../../../api/bodies';
import { useConsultations } from '../../../api/consultations';
import { ApiError, isApiError } from '../../../api/errors';
import { useSession } from '../../../api/me';
import { useMunicipalities, useMunicipality } from '../../../api/municipalities';
import type { Municipality } from '../../../api/types';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { CheckboxField, RadioGroup, SelectField } from '../../../components/fields';
import { Forbidden, NotFound } from '../../../components/Pages';
import { LoadError, Loading } from '../../../components/Status';
import { useFormErrors } from '../../../components/useFormErrors';
import { usePageTitle } from '../../../components/usePageTitle';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { cleanLocalized, LocalizedFields, localizedId, type LocalizedValue } from '../../../components/LocalizedFields';
import { useLocalize } from '../../../lib/useLocalize';
import '../ui/bodies.css';

interface Values {
  municipality: string;
  kind: BodyKind | '';
  name: LocalizedValue;
  mandate: LocalizedValue;
  visibility: 'public' | 'private';
  status: 'active' | 'dissolved';
  consultations: string[];
}

type Field = 'municipality' | 'kind' | 'name' | 'visibility';

/** `/officer/bodies/new?municipality=` */
export function NewBodyPage() {
  const { t } = useTranslation('bodies');
  usePageTitle(t('form.newTitle'));
  const [params] = useSearchParams();
  const { me } = useSession();
  const all = useMunicipalities();
  const list = all.data?.pages.flatMap((p) => p.items) ?? [];
  const mine = me?.isAdmin ? list : list.filter((m) => me?.staff.some((s) => s.role === 'officer' && s.municipalityId === m.id));
  const wanted = params.get('municipality');
  const first = mine.find((m) => m.slug === wanted)?.slug ?? mine[0]?.slug ?? '';
  return (
    <>
      <Breadcrumbs items={[{ to: '/officer/meetings', label: t('list.manage') }]} />
      <h1>{t('form.newTitle')}</h1>
      {all.isPending && <Loading />}
      {all.isError && <LoadError error={all.error} onRetry={() => void all.refetch()} />}
      {all.isSuccess && mine.length === 0 && <Forbidden />}
      {all.isSuccess && mine.length > 0 && <BodyForm choices={mine} initial={{ municipality: first, kind: '', name: {}, mandate: {}, visibility: 'public', status: 'active', consultations: [] }} />}
    </>
  );
}

/** `/officer/bodies/:id/edit` */
export function EditBodyPage() {
  const { t } = useTranslation(['bodies', 'common']);
  const { id = '' } = useParams();
  const query = useBody(id);
  const municipality = useMunicipality(query.data?.municipalitySlug ?? '');
  const localize = useLocalize();
  const name = query.data ? localize(query.data.name).text : undefined;
  usePageTitle(name ? `${t('form.editTitle')}: ${name}` : t('form.editTitle'));
  if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) return <NotFound />;
  if (query.data && !query.data.canManage) return <Forbidden />;
  return (
    <>
      <Breadcrumbs items={[{ to: '/officer/meetings', label: t('list.manage') }, ...(name ? [{ to: `/bodies/${id}`, label: name }] : [])]} />
      {name && <p className="caption">{name}</p>}
      <h1>{t('form.editTitle')}</h1>
      {(query.isPending || municipality.isPending) && <Loading />}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && municipality.data && (
        <BodyForm
          body={query.data}
          choices={[municipality.data]}
          initial={{
            municipality: query.data.municipalitySlug,
            kind: query.data.kind,
            name: query.data.name,
            mandate: query.data.mandate,
            visibility: query.data.visibility === 'private' ? 'private' : 'public',
            status: query.data.status === 'dissolved' ? 'dissolved' : 'active',
            consultations: query.data.consultations.map((c) => c.id),
          }}
        />
      )}
    </>
  );
}

function BodyForm({ body, choices, initial }: { body?: Body; choices: Municipality[]; initial: Values }) {
  const { t } = useTranslation(['bodies', 'common']);
  const navigate = useNavigate();
  const localize = useLocalize();
  const [v, setV] = useState<Values>(initial);
  const host = choices.find((m) => m.slug === v.municipality) ?? choices[0];
  const L = host.defaultLocale;
  const ids = useMemo<Record<Field, string>>(() => ({ municipality: 'body-municipality', kind: 'body-kind', name: localizedId('body-name', L), visibility: 'body-visibility' }), [L]);
  const form = useFormErrors(ids);
  const create = useCreateBody();
  const update = useUpdateBody(body?.id ?? '');
  const busy = create.isPending || update.isPending;
  const key = useRef(newIdempotencyKey());
  const consultations = useConsultations({ municipality: v.municipality }, { pageSize: 100 });
  const consultationItems = consultations.data?.pages.flatMap((p) => p.items) ?? [];
  const set = (patch: Partial<Values>) => setV((old) => ({ ...old, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: Partial<Record<Field, string>> = {};
    if (!v.kind) errors.kind = t('form.errors.kind');
    if (!v.name[L as 'bg']?.trim()) errors.name = t('form.errors.name');
    if (form.showClientErrors(errors)) return;
    const payload: CreateBodyBody = { municipalityId: v.municipality, kind: v.kind as BodyKind, name: cleanLocalized(v.name), mandate: cleanLocalized(v.mandate), visibility: v.visibility, consultationIds: v.consultations };
    try {
      if (body) {
        const { municipalityId: _m, ...patch } = payload;
        const saved = await update.mutateAsync({ ...patch, status: v.status });
        navigate(`/bodies/${saved.id}`);
      } else {
        const saved = await create.mutateAsync({ body: payload, idempotencyKey: key.current });
        navigate(`/officer/bodies/${saved.id}/members`, { state: { flash: 'created' } });
      }
    } catch (error) {
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) key.current = newIdempotencyKey();
      const fields: Record<string, Field> = { municipalityId: 'municipality' };
      if (error instanceof ApiError) for (const f of error.fields) if (f.field.startsWith('name')) fields[f.field] = 'name';
      form.showApiError(error, { fields });
    }
  }

  return (
    <form onSubmit={submit} noValidate className="page-narrow">
      <ErrorSummary items={form.summary} focusKey={form.focusKey} />
      {!body && choices.length > 1 && (
        <SelectField id={ids.municipality} label={t('list.municipality')} value={v.municipality} onChange={(e) => set({ municipality: e.target.value, consultations: [] })} error={form.fieldErrors.municipality}>
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
      <RadioGroup<BodyKind> id={ids.kind} name="body-kind" legend={t('form.kind')} options={BODY_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} value={v.kind} onChange={(kind) => set({ kind })} error={form.fieldErrors.kind} />
      <LocalizedFields id="body-name" label={t('form.name')} value={v.name} onChange={(name) => set({ name })} defaultLocale={L} error={form.fieldErrors.name} maxLength={300} />
      <LocalizedFields id="body-mandate" label={t('form.mandate')} hint={t('form.mandateHint')} value={v.mandate} onChange={(mandate) => set({ mandate })} defaultLocale={L} optional multiline rows={8} />
      <RadioGroup
        id={ids.visibility}
        name="body-visibility"
        legend={t('form.visibility')}
        options={[
          { value: 'public', label: t('form.public'), hint: t('form.publicHint') },
          { value: 'private', label: t('form.private'), hint: t('form.privateHint') },
        ]}
        value={v.visibility}
        onChange={(visibility) => set({ visibility })}
      />
      {body && (
        <RadioGroup
          id="body-status"
          name="body-status"
          legend={t('form.status')}
          options={[
            { value: 'active', label: t('statuses.active') },
            { value: 'dissolved', label: t('statuses.dissolved'), hint: t('form.dissolvedHint') },
          ]}
          value={v.status}
          onChange={(status) => set({ status })}
        />
      )}
      {consultationItems.length > 0 && (
        <fieldset className="fieldset field">
          <legend className="field__label">
            {t('form.consultations')} <span className="field__optional">{t('common:form.optional')}</span>
          </legend>
          <p className="field__hint">{t('form.consultationsHint')}</p>
          {consultationItems.map((c) => {
            const title = localize(c.title, L);
            return (
              <CheckboxField
                key={c.id}
                id={`body-consultation-${c.id}`}
                label={<span lang={title.lang}>{title.text}</span>}
                checked={v.consultations.includes(c.id)}
                onChange={(on) => set({ consultations: on ? [...v.consultations, c.id] : v.consultations.filter((x) => x !== c.id) })}
              />
            );
          })}
        </fieldset>
      )}
      <Button type="submit" busy={busy} busyLabel={t('common:status.saving')}>
        {body ? t('form.save') : t('form.create')}
      </Button>
    </form>
  );
}
