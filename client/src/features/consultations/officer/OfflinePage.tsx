import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import { useSections } from '../../../api/consultations';
import { useRegisterOfflineContribution } from '../../../api/contributions';
import { isApiError } from '../../../api/errors';
import { OFFLINE_CHANNELS, type Consultation, type ContributionKind, type Municipality, type OfflineChannel } from '../../../api/types';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { CheckboxField, RadioGroup, SelectField, TextareaField, TextField } from '../../../components/fields';
import { LiveStatus, Notice } from '../../../components/Status';
import { useFormErrors } from '../../../components/useFormErrors';
import { AUTONYMS, LANGUAGES, type Language } from '../../../i18n';
import { todayIn } from '../../../lib/format';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { looksLikeEmail } from '../../../lib/validation';
import { dayIn, useDay } from '../ui/dates';
import { ConsultationFrame } from './ConsultationFrame';

const MAX_BODY = 10_000;
const FIELDS = {
  channel: 'offline-channel',
  receivedOn: 'offline-received-on',
  authorName: 'offline-author-name',
  authorEmail: 'offline-author-email',
  organizationName: 'offline-organization',
  kind: 'offline-kind',
  section: 'offline-section',
  body: 'offline-body',
  lang: 'offline-lang',
  publishName: 'offline-publish-name',
} as const;
type Field = keyof typeof FIELDS;
const SERVER_FIELDS: Record<string, Field> = {
  channel: 'channel',
  receivedAt: 'receivedOn',
  authorName: 'authorName',
  authorEmail: 'authorEmail',
  organizationName: 'organizationName',
  kind: 'kind',
  sectionId: 'section',
  body: 'body',
  lang: 'lang',
  publishName: 'publishName',
};

/** `/officer/consultations/:id/offline` — a proposal that came by e-mail, post, the registry desk or in person. */
export function OfflinePage() {
  const { t } = useTranslation('officer');
  const [round, setRound] = useState(0);
  const [done, setDone] = useState<string>();
  return (
    <ConsultationFrame title={t('offline.title')}>
      {({ consultation, municipality }) =>
        consultation.status === 'open' || consultation.status === 'closed' ? (
          <>
            <LiveStatus message={done} takeFocus />
            <OfflineForm
              key={round}
              consultation={consultation}
              municipality={municipality}
              onRegistered={(name) => {
                setDone(t('offline.done', { name }));
                setRound((r) => r + 1);
              }}
            />
          </>
        ) : (
          <Notice tone="info">
            <p>{consultation.status === 'draft' || consultation.status === 'upcoming' ? t('offline.notYet') : t('offline.tooLate')}</p>
          </Notice>
        )
      }
    </ConsultationFrame>
  );
}

function OfflineForm({ consultation: c, municipality, onRegistered }: { consultation: Consultation; municipality: Municipality; onRegistered: (name: string) => void }) {
  const { t } = useTranslation(['officer', 'consultations', 'common']);
  const day = useDay();
  const sections = useSections(c.id).data?.items ?? c.sections;
  const register = useRegisterOfflineContribution(c.id);
  const errors = useFormErrors(FIELDS);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const today = todayIn(municipality.timeZone);
  const firstDay = c.opensAt ? dayIn(c.opensAt, municipality.timeZone) : undefined;
  const lastDay = c.lastDay && c.lastDay < today ? c.lastDay : today;
  const [channel, setChannel] = useState<OfflineChannel | ''>('');
  const [receivedOn, setReceivedOn] = useState('');
  const [authorName, setAuthorName] = useState('');
  const [authorEmail, setAuthorEmail] = useState('');
  const [organizationName, setOrganizationName] = useState('');
  const [kind, setKind] = useState<ContributionKind | ''>('');
  const [section, setSection] = useState('');
  const [body, setBody] = useState('');
  // the language the letter is written in: the municipality's unless the officer says otherwise
  const [lang, setLang] = useState<Language>(municipality.defaultLocale);
  const [publishName, setPublishName] = useState(false);
  const outside = t('offline.outside', { from: day(firstDay), to: day(lastDay) });

  function validate(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (!channel) found.channel = t('offline.channelRequired');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(receivedOn)) found.receivedOn = t('offline.dateRequired');
    else if ((firstDay && receivedOn < firstDay) || receivedOn > lastDay) found.receivedOn = outside;
    if (!authorName.trim()) found.authorName = t('offline.authorRequired');
    if (authorEmail.trim() && !looksLikeEmail(authorEmail)) found.authorEmail = t('form.emailInvalid');
    if (!kind) found.kind = t('offline.kindRequired');
    if (!body.trim()) found.body = t('offline.bodyRequired');
    else if (body.trim().length > MAX_BODY) found.body = t('form.tooLong', { max: MAX_BODY });
    return found;
  }

  /** The day it arrived, as a moment inside the consultation's window: now for today, midday otherwise. */
  function receivedAt(): string {
    if (receivedOn === today) return new Date().toISOString();
    return `${receivedOn}T10:00:00.000Z`;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (register.isPending || errors.showClientErrors(validate())) return;
    try {
      await register.mutateAsync({
        idempotencyKey,
        body: {
          channel: channel as OfflineChannel,
          receivedAt: receivedAt(),
          authorName: authorName.trim(),
          kind: kind as ContributionKind,
          body: body.trim(),
          lang,
          publishName,
          ...(authorEmail.trim() ? { authorEmail: authorEmail.trim() } : {}),
          ...(organizationName.trim() ? { organizationName: organizationName.trim() } : {}),
          ...(section ? { sectionId: section } : {}),
        },
      });
      onRegistered(authorName.trim());
    } catch (error) {
      if (isApiError(error, 'consultation_not_open')) errors.showClientErrors({ receivedOn: outside });
      else errors.showApiError(error, { fields: SERVER_FIELDS });
    }
  }

  return (
    <div className="page-narrow">
      <ErrorSummary items={errors.summary} focusKey={errors.focusKey} />
      <p className="lead">{t('offline.lead')}</p>
      <form onSubmit={onSubmit} noValidate>
        <RadioGroup<OfflineChannel>
          id={FIELDS.channel}
          name="channel"
          legend={t('offline.channel')}
          value={channel}
          onChange={setChannel}
          error={errors.fieldErrors.channel}
          options={OFFLINE_CHANNELS.map((ch) => ({ value: ch, label: t(`consultations:channels.${ch}`) }))}
        />
        <TextField
          id={FIELDS.receivedOn}
          label={t('offline.receivedOn')}
          hint={t('offline.receivedOnHint', { from: day(firstDay), to: day(lastDay) })}
          type="date"
          width="short"
          min={firstDay}
          max={lastDay}
          value={receivedOn}
          onChange={(e) => setReceivedOn(e.target.value)}
          error={errors.fieldErrors.receivedOn}
        />
        <TextField id={FIELDS.authorName} label={t('offline.authorName')} width="full" value={authorName} onChange={(e) => setAuthorName(e.target.value)} error={errors.fieldErrors.authorName} />
        <TextField
          id={FIELDS.authorEmail}
          label={t('offline.authorEmail')}
          hint={t('offline.authorEmailHint')}
          optional
          type="email"
          spellCheck={false}
          value={authorEmail}
          onChange={(e) => setAuthorEmail(e.target.value)}
          error={errors.fieldErrors.authorEmail}
        />
        <TextField id={FIELDS.organizationName} label={t('offline.organization')} optional width="full" value={organizationName} onChange={(e) => setOrganizationName(e.target.value)} error={errors.fieldErrors.organizationName} />
        <RadioGroup<ContributionKind>
          id={FIELDS.kind}
          name="offline-kind"
          legend={t('offline.kind')}
          value={kind}
          onChange={setKind}
          error={errors.fieldErrors.kind}
          inline
          options={[
            { value: 'proposal', label: t('consultations:contributionKinds.proposal') },
            { value: 'comment', label: t('consultations:contributionKinds.comment') },
          ]}
        />
        <SelectField id={FIELDS.section} label={t('offline.section')} value={section} onChange={(e) => setSection(e.target.value)} error={errors.fieldErrors.section}>
          <option value="">{t('consultations:contribute.wholeDraft')}</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title ? `${s.ref}. ${s.title}` : s.ref}
            </option>
          ))}
        </SelectField>
        <TextareaField id={FIELDS.body} label={t('offline.body')} hint={t('offline.bodyHint')} rows={10} maxLength={MAX_BODY} value={body} onChange={(e) => setBody(e.target.value)} error={errors.fieldErrors.body} />
        <SelectField id={FIELDS.lang} label={t('offline.lang')} hint={t('offline.langHint')} value={lang} onChange={(e) => setLang(e.target.value as Language)} error={errors.fieldErrors.lang}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {AUTONYMS[l]}
            </option>
          ))}
        </SelectField>
        <CheckboxField id={FIELDS.publishName} label={t('offline.publishName')} hint={t('offline.publishNameHint')} checked={publishName} onChange={setPublishName} error={errors.fieldErrors.publishName} />
        <div className="button-group">
          <Button type="submit" busy={register.isPending} busyLabel={t('common:status.saving')}>
            {t('offline.submit')}
          </Button>
          <Link to={`/officer/consultations/${c.id}`}>{t('form.cancel')}</Link>
        </div>
      </form>
    </div>
  );
}
