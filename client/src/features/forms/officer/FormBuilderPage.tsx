import { useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import { isApiError } from '../../../api/errors';
import {
  FORM_AUDIENCES,
  FORM_PURPOSES,
  SUBJECT_TYPES,
  useCreateForm,
  useForm,
  useNewVersion,
  usePublishForm,
  useSubjectChoices,
  useUpdateForm,
  type Form,
  type FormAudience,
  type FormPurpose,
  type FormQuestion,
  type SubjectType,
} from '../../../api/forms';
import { useSession } from '../../../api/me';
import { useMunicipalities, useMunicipality } from '../../../api/municipalities';
import type { Locale, Me } from '../../../api/types';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { Button } from '../../../components/Button';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { CheckboxField, RadioGroup, SelectField, TextField } from '../../../components/fields';
import { Forbidden, NotFound } from '../../../components/Pages';
import { LiveStatus, LoadError, Loading, Notice } from '../../../components/Status';
import { usePageTitle } from '../../../components/usePageTitle';
import { useErrorMessage } from '../../../components/useErrorMessage';
import { AUTONYMS, LANGUAGES } from '../../../i18n';
import { formatDate, formatNumber } from '../../../lib/format';
import { FormStatusTag, statusOf } from '../ui/FormStatusTag';
import { QuestionInput } from '../ui/QuestionInput';
import { useLocalize } from '../ui/useLocalize';
import { SCALE_TYPES, draftOf, emptyDraft, fieldId, hasScaleLabels, MIN_GROUP_SIZE, toBody, type Draft } from './builder';
import { InvitePanel } from './InvitePanel';
import { LocalizedFields } from './LocalizedFields';
import { QuestionsEditor } from './QuestionsEditor';
import { serverFieldErrors, validateDraft } from './validate';
import type { FormsFlash } from './FormsListPage';
import '../forms.css';

/** `/officer/forms/new` */
export function NewFormPage() {
  const { t } = useTranslation('forms');
  usePageTitle(t('builder.createTitle'));
  const { me } = useSession();
  return (
    <div className="page-form builder-page">
      <Breadcrumbs items={[{ to: '/officer/forms', label: t('list.title') }]} />
      <h1>{t('builder.createTitle')}</h1>
      {me && <Builder me={me} />}
    </div>
  );
}

/** `/officer/forms/:id/edit` — edit, publish, share, invite, remind. */
export function EditFormPage() {
  const { t, i18n } = useTranslation(['forms', 'common']);
  const { id = '' } = useParams();
  const { me } = useSession();
  const location = useLocation();
  const query = useForm(id);
  const localize = useLocalize();
  const form = query.data;
  const slug = form?.municipalitySlug ?? me?.staff.find((s) => s.municipalityId === form?.municipalityId)?.municipalitySlug ?? '';
  const municipality = useMunicipality(slug);
  const title = form ? localize(form.title, municipality.data?.defaultLocale) : undefined;
  const missing = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
  const forbidden = Boolean(form && !form.can.manage);
  usePageTitle(missing ? t('common:notFound.title') : forbidden ? t('common:forbidden.title') : title ? `${t('builder.editTitle')}: ${title.text}` : t('builder.editTitle'));
  const flash = (location.state as FormsFlash | null)?.flash;

  if (missing) return <NotFound />;
  if (forbidden) return <Forbidden />;
  const status = form ? statusOf(form) : undefined;
  // every answer received, those still waiting for their group included
  const responses = (form?.responses ?? 0) + (form?.pendingResponses ?? 0);
  return (
    <div className="page-form builder-page">
      <Breadcrumbs items={[{ to: '/officer/forms', label: t('list.title') }]} />
      <LiveStatus message={flash ? t(`flash.${flash}`) : undefined} takeFocus={flash === 'published'} />
      {title && (
        <p className="caption" lang={title.lang}>
          {title.text}
        </p>
      )}
      <h1>{t('builder.editTitle')}</h1>
      {query.isPending && <Loading />}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {form && status && (
        <p>
          <FormStatusTag status={status} /> <span className="muted">{t('builder.responsesSoFar', { count: responses, number: formatNumber(responses, i18n.language) })}</span>
          {status !== 'draft' && (
            <>
              {' · '}
              <Link to={`/forms/${form.id}/report`}>{t('list.report')}</Link>
            </>
          )}
        </p>
      )}
      {form && me && (municipality.data || !slug) && <Builder key={form.id} me={me} existing={form} defaultLocale={municipality.data?.defaultLocale} />}
      {form && slug && municipality.isPending && <Loading />}
      {form && status && status !== 'draft' && (
        <>
          <SharePanel form={form} />
          <InvitePanel form={form} />
        </>
      )}
    </div>
  );
}

function SharePanel({ form }: { form: Form }) {
  const { t } = useTranslation('forms');
  const link = `${window.location.origin}/forms/${form.id}`;
  return (
    <section className="section" aria-labelledby="share-title">
      <h2 id="share-title">{t('share.title')}</h2>
      {form.audience === 'invited' ? (
        <p>{t('share.invitedOnly')}</p>
      ) : (
        <>
          <p>{form.audience === 'registered' ? t('share.registered') : t('share.public')}</p>
          <p className="share-link">
            <a href={link}>{link}</a>
          </p>
        </>
      )}
    </section>
  );
}

interface BuilderProps {
  me: Me;
  existing?: Form;
  /** the language of the form's municipality, when known */
  defaultLocale?: Locale;
}

function Builder({ me, existing, defaultLocale: knownLocale = 'bg' }: BuilderProps) {
  const { t, i18n } = useTranslation(['forms', 'common']);
  const navigate = useNavigate();
  const localize = useLocalize();
  const describe = useErrorMessage();
  const all = useMunicipalities();
  const known = all.data?.pages.flatMap((p) => p.items) ?? [];
  const officerOf = me.staff.filter((s) => s.role === 'officer');
  const choices = me.isAdmin ? known.map((m) => ({ id: m.id, slug: m.slug })) : officerOf.map((s) => ({ id: s.municipalityId, slug: s.municipalitySlug }));

  const [rawDraft, setDraft] = useState<Draft>(() => {
    if (existing) return draftOf(existing, knownLocale);
    return emptyDraft(choices.length === 1 ? choices[0].id : '');
  });
  const slug = choices.find((c) => c.id === rawDraft.municipalityId)?.slug ?? existing?.municipalitySlug ?? '';
  const municipality = useMunicipality(slug);
  const defaultLocale: Locale = municipality.data?.defaultLocale ?? knownLocale;
  // the municipality's own language is always the form's first one; the others are added by choice
  const draft = useMemo<Draft>(() => ({ ...rawDraft, languages: [defaultLocale, ...rawDraft.languages.filter((l) => l !== defaultLocale)] }), [rawDraft, defaultLocale]);

  const create = useCreateForm();
  const update = useUpdateForm(existing?.id ?? '');
  const publish = usePublishForm(existing?.id ?? '');
  const pending = create.isPending || update.isPending || publish.isPending;
  const responses = (existing?.responses ?? 0) + (existing?.pendingResponses ?? 0);
  const locked = Boolean(existing?.hasResponses);
  const isDraft = !existing || statusOf(existing) === 'draft';
  const [saved, setSaved] = useState(() => (existing ? JSON.stringify(toBody(draftOf(existing, knownLocale))) : ''));
  const dirty = JSON.stringify(toBody(draft)) !== saved;

  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [preview, setPreview] = useState(false);
  const [savedNote, setSavedNote] = useState('');

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  function showErrors(fields: Record<string, string>, other: string[] = []) {
    setErrors(fields);
    setGeneral(other);
    if (Object.keys(fields).length || other.length) setFocusKey((k) => k + 1);
  }

  function check(): boolean {
    const problems = validateDraft(draft, { checkQuestions: !locked, needMunicipality: !existing });
    const fields: Record<string, string> = {};
    for (const p of problems) {
      const values: { number?: string; option?: string; max?: string } = Object.fromEntries(
        Object.entries(p.values ?? {}).map(([k, v]) => [k, typeof v === 'number' ? formatNumber(v, i18n.language) : v]),
      );
      fields[p.field] ??= t(`builder.errors.${p.key}`, values);
    }
    showErrors(fields);
    return problems.length === 0;
  }

  function onApiError(error: unknown) {
    if (isApiError(error) && /respon/.test(error.code) && error.status === 409) return showErrors({}, [t('builder.lockedByServer')]);
    const mapped = serverFieldErrors(error, draft);
    if (Object.keys(mapped.fields).length || mapped.general.length) return showErrors(mapped.fields, mapped.general);
    showErrors({}, [describe(error)]);
  }

  async function save(): Promise<Form | undefined> {
    const body = toBody(draft);
    if (!existing) return create.mutateAsync(body);
    const { municipalityId: _m, questions, ...rest } = body;
    const result = await update.mutateAsync(locked ? rest : { ...rest, questions });
    setSaved(JSON.stringify(body));
    return result;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (pending || !check()) return;
    try {
      const result = await save();
      if (!existing && result) navigate(`/officer/forms/${result.id}/edit`, { state: { flash: 'created' } satisfies FormsFlash });
      else setSavedNote(t('flash.saved'));
    } catch (error) {
      onApiError(error);
    }
  }

  async function onPublish() {
    if (pending || !existing || !check()) return;
    try {
      if (dirty) await save();
      await publish.mutateAsync();
      navigate(`/officer/forms/${existing.id}/edit`, { replace: true, state: { flash: 'published' } satisfies FormsFlash });
    } catch (error) {
      onApiError(error);
    }
  }

  const newVersion = useNewVersion(existing?.id ?? '');
  async function onNewVersion() {
    if (newVersion.isPending) return;
    try {
      const created = await newVersion.mutateAsync();
      navigate(`/officer/forms/${created.id}/edit`, { state: { flash: 'newVersion' } satisfies FormsFlash });
    } catch (error) {
      onApiError(error);
    }
  }

  const subjects = useSubjectChoices(draft.subjectType, draft.municipalityId);
  const previewQuestions: FormQuestion[] = useMemo(
    () =>
      draft.questions.map((q) => ({
        key: q.key,
        type: q.type,
        label: q.label,
        required: q.required,
        options: q.options.map((o) => ({ key: o.key, label: o.label })),
        maxChoices: q.maxChoices ? Number(q.maxChoices) : null,
        scaleLabels: SCALE_TYPES.includes(q.type) && hasScaleLabels(q) ? { min: q.scaleLabels.min, max: q.scaleLabels.max } : null,
      })),
    [draft.questions],
  );

  const order = [
    fieldId.municipality,
    fieldId.purpose,
    fieldId.subjectType,
    fieldId.subject,
    ...draft.languages.map(fieldId.title),
    ...draft.languages.map(fieldId.description),
    fieldId.audience,
    fieldId.opensAt,
    fieldId.closesAt,
    fieldId.minGroupSize,
    fieldId.questions,
    ...draft.questions.flatMap((q) => [
      fieldId.questionType(q.key),
      ...draft.languages.map((l) => fieldId.questionLabel(q.key, l)),
      fieldId.options(q.key),
      ...q.options.flatMap((o) => draft.languages.map((l) => fieldId.optionLabel(q.key, o.key, l))),
      ...(['min', 'max'] as const).flatMap((end) => draft.languages.map((l) => fieldId.scaleLabel(q.key, end, l))),
      fieldId.maxChoices(q.key),
    ]),
  ];
  /** the options' message sits on their group; its link goes to the first option (or the Add option button) */
  const linkTarget = (field: string) => {
    const q = draft.questions.find((question) => fieldId.options(question.key) === field);
    if (!q) return field;
    return q.options[0] ? fieldId.optionLabel(q.key, q.options[0].key, draft.languages[0]) : `question-${q.key}-add-option`;
  };
  const summary: SummaryItem[] = [
    ...general.map((message) => ({ message })),
    ...order.filter((f) => errors[f]).map((f) => ({ message: errors[f], fieldId: linkTarget(f) })),
  ];

  return (
    <>
      <ErrorSummary items={summary} focusKey={focusKey} />
      <LiveStatus message={savedNote || undefined} />
      <form onSubmit={onSubmit} noValidate className="builder">
        <section className="builder__section" aria-labelledby="about-title">
          <h2 id="about-title">{t('builder.about')}</h2>
          {!existing && choices.length > 1 && (
            <SelectField
              id={fieldId.municipality}
              label={t('builder.municipality')}
              value={draft.municipalityId}
              onChange={(e) => setDraft((d) => ({ ...d, municipalityId: e.target.value, subjectId: '' }))}
              error={errors[fieldId.municipality]}
            >
              <option value="">{t('builder.chooseMunicipality')}</option>
              {choices.map((c) => {
                const m = known.find((k) => k.id === c.id);
                const name = m ? localize(m.name, m.defaultLocale) : { text: c.slug, lang: undefined };
                return (
                  <option key={c.id} value={c.id} lang={name.lang}>
                    {name.text}
                  </option>
                );
              })}
            </SelectField>
          )}
          <RadioGroup<FormPurpose>
            id={fieldId.purpose}
            name="purpose"
            legend={t('builder.purpose')}
            value={draft.purpose}
            onChange={(purpose) => set('purpose', purpose)}
            error={errors[fieldId.purpose]}
            options={FORM_PURPOSES.map((p) => ({ value: p, label: t(`purposes.${p}`), hint: t(`purposeHints.${p}`) }))}
          />
          <SelectField
            id={fieldId.subjectType}
            label={t('builder.subjectType')}
            hint={t('builder.subjectTypeHint')}
            optional
            value={draft.subjectType}
            onChange={(e) => setDraft((d) => ({ ...d, subjectType: e.target.value as SubjectType | '', subjectId: '' }))}
          >
            <option value="">{t('builder.noSubject')}</option>
            {SUBJECT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`subjects.${type}`)}
              </option>
            ))}
          </SelectField>
          {draft.subjectType && (
            <SelectField
              id={fieldId.subject}
              label={t(`subjectLabels.${draft.subjectType}`)}
              value={draft.subjectId}
              onChange={(e) => set('subjectId', e.target.value)}
              error={errors[fieldId.subject] ?? (subjects.isError ? describe(subjects.error) : undefined)}
              width="full"
            >
              <option value="">{subjects.isPending && draft.municipalityId ? t('common:status.loading') : t('builder.chooseSubject')}</option>
              {(subjects.data ?? []).map((s) => {
                const name = localize(s.title, defaultLocale);
                return (
                  <option key={s.id} value={s.id} lang={name.lang}>
                    {name.text}
                    {s.when ? ` (${formatDate(s.when, i18n.language)})` : ''}
                  </option>
                );
              })}
            </SelectField>
          )}
          <fieldset className="fieldset field">
            <legend className="field__label">{t('builder.languages')}</legend>
            <p className="field__hint">{t('builder.languagesHint', { language: AUTONYMS[defaultLocale] })}</p>
            {LANGUAGES.filter((l) => l !== defaultLocale).map((l) => (
              <CheckboxField
                key={l}
                id={`form-language-${l}`}
                label={AUTONYMS[l]}
                lang={l}
                checked={draft.languages.includes(l)}
                onChange={(on) => set('languages', on ? [...draft.languages, l] : draft.languages.filter((x) => x !== l))}
              />
            ))}
          </fieldset>
          <LocalizedFields idOf={fieldId.title} label={t('builder.title')} languages={draft.languages} value={draft.title} onChange={(v) => set('title', v)} errors={errors} />
          <LocalizedFields
            idOf={fieldId.description}
            label={t('builder.description')}
            hint={t('builder.descriptionHint')}
            optional
            multiline
            languages={draft.languages}
            value={draft.description}
            onChange={(v) => set('description', v)}
            errors={errors}
          />
        </section>

        <section className="builder__section" aria-labelledby="who-title">
          <h2 id="who-title">{t('builder.who')}</h2>
          <RadioGroup<FormAudience>
            id={fieldId.audience}
            name="audience"
            legend={t('builder.audience')}
            value={draft.audience}
            onChange={(audience) => set('audience', audience)}
            error={errors[fieldId.audience]}
            options={FORM_AUDIENCES.map((a) => ({ value: a, label: t(`audiences.${a}`), hint: t(`audienceHints.${a}`) }))}
          />
          {locked ? (
            <p>
              <strong>{draft.anonymous ? t('builder.anonymousFixed') : t('builder.identifiedFixed')}</strong> <span className="muted">{t('builder.anonymityLocked')}</span>
            </p>
          ) : (
            <CheckboxField id="form-anonymous" label={t('builder.anonymous')} hint={t('builder.anonymousHint')} checked={draft.anonymous} onChange={(v) => set('anonymous', v)} />
          )}
          <TextField id={fieldId.opensAt} type="datetime-local" label={t('builder.opensAt')} hint={t('builder.opensAtHint')} optional width="medium" value={draft.opensAt} onChange={(e) => set('opensAt', e.target.value)} error={errors[fieldId.opensAt]} />
          <TextField id={fieldId.closesAt} type="datetime-local" label={t('builder.closesAt')} hint={t('builder.closesAtHint')} optional width="medium" value={draft.closesAt} onChange={(e) => set('closesAt', e.target.value)} error={errors[fieldId.closesAt]} />
        </section>

        <section className="builder__section" aria-labelledby="results-title">
          <h2 id="results-title">{t('builder.results')}</h2>
          <TextField id={fieldId.minGroupSize} label={t('builder.minGroupSize')} hint={t('builder.minGroupSizeHint')} type="number" min={MIN_GROUP_SIZE} max={1000} step={1} inputMode="numeric" width="short" value={draft.minGroupSize} onChange={(e) => set('minGroupSize', e.target.value)} error={errors[fieldId.minGroupSize]} />
          <CheckboxField id="form-publish-results" label={t('builder.publishResults')} hint={t('builder.publishResultsHint')} checked={draft.publishResults} onChange={(v) => set('publishResults', v)} />
        </section>

        <section className="builder__section" aria-labelledby="questions-title">
          <h2 id="questions-title">{t('builder.questions')}</h2>
          {locked ? (
            <>
              <Notice tone="info" title={t('builder.lockedTitle')}>
                <p>{t('builder.lockedBody', { count: responses, number: formatNumber(responses, i18n.language) })}</p>
                <p>
                  <Button variant="secondary" busy={newVersion.isPending} busyLabel={t('common:status.saving')} onClick={() => void onNewVersion()}>
                    {t('builder.newVersion')}
                  </Button>
                </p>
              </Notice>
              <ol className="builder-locked">
                {previewQuestions.map((q) => {
                  const label = localize(q.label, defaultLocale);
                  return (
                    <li key={q.key}>
                      <span lang={label.lang}>{label.text}</span> <span className="muted">({t(`types.${q.type}`)}{q.required ? `, ${t('respond.required')}` : ''})</span>
                    </li>
                  );
                })}
              </ol>
            </>
          ) : (
            <>
              <p className="field__hint">{t('builder.questionsHint')}</p>
              <QuestionsEditor questions={draft.questions} onChange={(questions) => set('questions', questions)} languages={draft.languages} errors={errors} />
            </>
          )}
        </section>

        <section className="builder__section" aria-labelledby="preview-title">
          <h2 id="preview-title">{t('builder.preview')}</h2>
          <p>
            <button type="button" className="button button--secondary" aria-expanded={preview} aria-controls="form-preview" onClick={() => setPreview((p) => !p)}>
              {preview ? t('builder.hidePreview') : t('builder.showPreview')}
            </button>
          </p>
          <div id="form-preview" hidden={!preview} className="preview">
            {preview && <Preview draft={draft} questions={previewQuestions} defaultLocale={defaultLocale} />}
          </div>
        </section>

        <div className="button-group builder__actions">
          <Button type="submit" busy={create.isPending || update.isPending} busyLabel={t('common:status.saving')} variant={existing && isDraft ? 'secondary' : 'primary'}>
            {existing ? t('builder.save') : t('builder.create')}
          </Button>
          {existing && isDraft && (
            <Button busy={publish.isPending} busyLabel={t('common:status.sending')} onClick={() => void onPublish()}>
              {t('builder.publish')}
            </Button>
          )}
          <Link to="/officer/forms">{t('builder.cancel')}</Link>
        </div>
        {existing && isDraft && <p className="field__hint">{t('builder.publishHint')}</p>}
      </form>
    </>
  );
}

/** The respondent's view of the draft, to try: the same inputs as the real page, nothing sent. */
function Preview({ draft, questions, defaultLocale }: { draft: Draft; questions: FormQuestion[]; defaultLocale: Locale }) {
  const { t, i18n } = useTranslation('forms');
  const localize = useLocalize();
  const [answers, setAnswers] = useState<Record<string, unknown>>({});
  const title = localize(draft.title, defaultLocale);
  const description = localize(draft.description, defaultLocale);
  return (
    <div className="preview__frame" role="region" aria-label={t('builder.previewRegion')}>
      <p className="preview__title" lang={title.lang}>
        {title.text || t('builder.untitledForm')}
      </p>
      {description.text && (
        <p className="pre-line" lang={description.lang}>
          {description.text}
        </p>
      )}
      {questions.map((q, index) => (
        <QuestionInput
          key={q.key}
          question={q}
          numberLabel={`${formatNumber(index + 1, i18n.language)}. `}
          value={answers[q.key] as never}
          onChange={(value) => setAnswers((a) => ({ ...a, [q.key]: value }))}
          purpose={draft.purpose}
          fallback={defaultLocale}
          idPrefix="preview-"
          headingLevel={3}
        />
      ))}
    </div>
  );
}
