import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useConsultation, useSections } from '../../api/consultations';
import { useContribution, useCreateContribution } from '../../api/contributions';
import { isApiError } from '../../api/errors';
import { useSession } from '../../api/me';
import { useMunicipality } from '../../api/municipalities';
import type { Consultation, Contribution, ContributionKind, Me, Section } from '../../api/types';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, RadioGroup, SelectField, TextareaField } from '../../components/fields';
import { FocusHeading } from '../../components/FocusHeading';
import { NotFound } from '../../components/Pages';
import { LoadError, Loading, Notice } from '../../components/Status';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { formatNumber } from '../../lib/format';
import { newIdempotencyKey } from '../../lib/idempotency';
import { currentLanguage } from '../../i18n';
import { ArticleText } from './ui/ArticleText';
import { useDay } from './ui/dates';
import { useLocalize } from '../../lib/useLocalize';

export const CONTRIBUTION_MAX_LENGTH = 10_000;

/**
 * `/consultations/:id/contribute?section=…&reply=…` — one task on one page: write a comment or a
 * proposal on the whole draft or one article, or reply to someone.
 */
export function ContributePage() {
  const { t } = useTranslation(['consultations', 'common']);
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const replyTo = params.get('reply') ?? undefined;
  const query = useConsultation(id);
  const sections = useSections(id);
  const parent = useContribution(replyTo);
  const localize = useLocalize();
  const session = useSession();
  const [round, setRound] = useState(0);
  const heading = replyTo ? t('contribute.replyTitle') : t('contribute.title');
  const missing = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
  usePageTitle(missing ? t('common:notFound.title') : heading);

  if (missing) return <NotFound />;
  const c = query.data;
  const title = c ? localize(c.title) : undefined;
  return (
    <div className="page-narrow">
      <Breadcrumbs
        items={[
          { to: '/consultations', label: t('list.title') },
          ...(c && title ? [{ to: `/consultations/${c.id}`, label: title.text }] : []),
        ]}
      />
      {query.isPending && (
        <>
          <h1>{heading}</h1>
          <Loading />
        </>
      )}
      {query.isError && (
        <>
          <h1>{heading}</h1>
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        </>
      )}
      {c && !session.ready && <Loading />}
      {c && session.ready && session.status !== 'signed-in' && <SignInInvitation heading={heading} />}
      {c && session.me && c.status !== 'open' && <NotOpen heading={heading} consultation={c} />}
      {c && session.me && c.status === 'open' && (replyTo && parent.isPending ? <Loading /> : (
        <ContributeForm
          key={round}
          consultation={c}
          sections={sections.data?.items ?? c.sections}
          me={session.me}
          heading={heading}
          parent={replyTo ? parent.data : undefined}
          initialSection={params.get('section') ?? ''}
          focusHeading={round > 0}
          onAnother={() => setRound((r) => r + 1)}
        />
      ))}
    </div>
  );
}

function SignInInvitation({ heading }: { heading: string }) {
  const { t } = useTranslation('consultations');
  const location = useLocation();
  const next = encodeURIComponent(location.pathname + location.search);
  return (
    <>
      <h1>{heading}</h1>
      <div className="inset">
        <h2 className="inset__title">{t('contribute.signInTitle')}</h2>
        <p>{t('contribute.signInBody')}</p>
        <p>
          <Link to={`/login?next=${next}`} className="button">
            {t('contribute.signIn')}
          </Link>
        </p>
        <p>
          {t('contribute.noAccount')} <Link to="/register">{t('contribute.register')}</Link>
        </p>
      </div>
    </>
  );
}

function NotOpen({ heading, consultation: c }: { heading: string; consultation: Consultation }) {
  const { t } = useTranslation('consultations');
  const day = useDay();
  return (
    <>
      <h1>{heading}</h1>
      <Notice tone="warning" title={t('contribute.notOpenTitle')}>
        <p>{c.status === 'upcoming' || c.status === 'draft' ? t('contribute.notYetOpen') : t('contribute.closed', { date: day(c.lastDay) })}</p>
      </Notice>
      <p>
        <Link to={`/consultations/${c.id}`}>{t('contribute.back')}</Link>
      </p>
    </>
  );
}

const FIELDS = {
  kind: 'contribution-kind',
  section: 'contribution-section',
  body: 'contribution-body',
  onBehalfOf: 'contribution-on-behalf-of',
  publishName: 'contribution-publish-name',
} as const;
type Field = keyof typeof FIELDS;
const SERVER_FIELDS: Record<string, Field> = { kind: 'kind', sectionId: 'section', parentId: 'section', body: 'body', onBehalfOf: 'onBehalfOf', publishName: 'publishName' };

interface FormProps {
  consultation: Consultation;
  sections: Section[];
  me: Me;
  heading: string;
  parent: Contribution | undefined;
  initialSection: string;
  /** a second form after a confirmation: its heading takes focus */
  focusHeading: boolean;
  onAnother: () => void;
}

function ContributeForm({ consultation: c, sections, me, heading, parent, initialSection, focusHeading, onAnother }: FormProps) {
  const { t, i18n } = useTranslation(['consultations', 'common']);
  const day = useDay();
  const create = useCreateContribution(c.id);
  const errors = useFormErrors(FIELDS);
  // one key for this form: every retry of the same submission carries it, so nothing is created twice
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [kind, setKind] = useState<ContributionKind | ''>(parent ? 'comment' : '');
  const [section, setSection] = useState(parent ? (parent.sectionId ?? '') : sections.some((s) => s.id === initialSection) ? initialSection : '');
  const [body, setBody] = useState('');
  const [onBehalfOf, setOnBehalfOf] = useState('');
  const [publishName, setPublishName] = useState(false);
  const [created, setCreated] = useState<Contribution>();
  const [failure, setFailure] = useState<string>();
  const organizations = me.organizations.filter((o) => o.verified);
  const municipality = useMunicipality(c.municipalitySlug).data;
  // the draft is in the municipality's language: marked when the interface speaks another
  const draftLang = municipality && municipality.defaultLocale !== i18n.language ? municipality.defaultLocale : undefined;
  const article = sections.find((s) => s.id === section);

  function validate(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (!kind) found.kind = t('contribute.kindRequired');
    if (!body.trim()) found.body = t('contribute.bodyRequired');
    else if (body.trim().length > CONTRIBUTION_MAX_LENGTH) found.body = t('contribute.bodyTooLong', { max: formatNumber(CONTRIBUTION_MAX_LENGTH, i18n.language) });
    return found;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFailure(undefined);
    if (create.isPending || errors.showClientErrors(validate())) return;
    try {
      const saved = await create.mutateAsync({
        idempotencyKey,
        body: {
          kind: kind as ContributionKind,
          body: body.trim(),
          publishName,
          // the text's language is the interface's: a screen reader reads it in that voice
          lang: currentLanguage(),
          ...(section ? { sectionId: section } : {}),
          ...(parent ? { parentId: parent.id } : {}),
          ...(onBehalfOf ? { onBehalfOf } : {}),
        },
      });
      setCreated(saved);
    } catch (error) {
      if (isApiError(error)) setFailure(error.code);
      errors.showApiError(error, { fields: SERVER_FIELDS, codes: onBehalfOf ? { forbidden: 'onBehalfOf' } : {} });
    }
  }

  if (created) return <Confirmation consultation={c} contribution={created} onAnother={onAnother} />;

  const sectionLabel = (s: Section) => (s.title ? `${s.ref}. ${s.title}` : s.ref);
  return (
    <>
      <ErrorSummary items={errors.summary} focusKey={errors.focusKey} />
      {failure === 'email_not_verified' && (
        <Notice tone="warning">
          <p>
            {t('contribute.verifyFirst')} <Link to="/me">{t('contribute.verifyLink')}</Link>
          </p>
        </Notice>
      )}
      {failure === 'consultation_not_open' && (
        <Notice tone="warning" title={t('contribute.notOpenTitle')}>
          <p>{t('contribute.closed', { date: day(c.lastDay) })}</p>
        </Notice>
      )}
      {focusHeading ? <FocusHeading>{heading}</FocusHeading> : <h1>{heading}</h1>}
      {!me.emailVerified && (
        <Notice tone="warning">
          <p>
            {t('contribute.notVerified')} <Link to="/me">{t('contribute.verifyLink')}</Link>
          </p>
        </Notice>
      )}
      {parent && (
        <figure className="quote">
          <figcaption>{t('contribute.inReplyTo', { author: parent.author?.name ?? t('contribution.hiddenTitle') })}</figcaption>
          <blockquote className="pre-line" lang={parent.body ? parent.lang : undefined}>
            {parent.body ?? t('contribution.hiddenNoReason')}
          </blockquote>
        </figure>
      )}
      <form onSubmit={onSubmit} noValidate>
        {!parent && (
          <RadioGroup<ContributionKind>
            id={FIELDS.kind}
            name="kind"
            legend={t('contribute.kind')}
            value={kind}
            onChange={setKind}
            error={errors.fieldErrors.kind}
            options={[
              { value: 'proposal', label: t('contributionKinds.proposal'), hint: t('contribute.proposalHint') },
              { value: 'comment', label: t('contributionKinds.comment'), hint: t('contribute.commentHint') },
            ]}
          />
        )}
        {!parent && (
          <SelectField id={FIELDS.section} label={t('contribute.section')} hint={t('contribute.sectionHint')} value={section} onChange={(e) => setSection(e.target.value)} error={errors.fieldErrors.section}>
            <option value="">{t('contribute.wholeDraft')}</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {sectionLabel(s)}
              </option>
            ))}
          </SelectField>
        )}
        {!parent && article && <ArticleText key={article.id} section={article} lang={draftLang} />}
        <TextareaField
          id={FIELDS.body}
          label={parent ? t('contribute.replyBody') : kind === 'proposal' ? t('contribute.proposalBody') : t('contribute.body')}
          hint={t('contribute.bodyHint')}
          rows={10}
          maxLength={CONTRIBUTION_MAX_LENGTH}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={errors.fieldErrors.body}
        />
        {organizations.length > 0 && (
          <RadioGroup<string>
            id={FIELDS.onBehalfOf}
            name="onBehalfOf"
            legend={t('contribute.onBehalfOf')}
            value={onBehalfOf || 'self'}
            onChange={(value) => setOnBehalfOf(value === 'self' ? '' : value)}
            error={errors.fieldErrors.onBehalfOf}
            options={[
              { value: 'self', label: t('contribute.asMyself') },
              ...organizations.map((o) => ({ value: o.organizationId, label: o.name, hint: t('contribute.asOrganizationHint') })),
            ]}
          />
        )}
        <CheckboxField
          id={FIELDS.publishName}
          label={t('contribute.publishName', { name: me.displayName })}
          hint={t('contribute.publishNameHint')}
          checked={publishName}
          onChange={setPublishName}
          error={errors.fieldErrors.publishName}
        />
        <Button type="submit" busy={create.isPending} busyLabel={t('common:status.sending')}>
          {parent ? t('contribute.submitReply') : t('contribute.submit')}
        </Button>
      </form>
      <p>
        <Link to={`/consultations/${c.id}`}>{t('contribute.cancel')}</Link>
      </p>
    </>
  );
}

function Confirmation({ consultation: c, contribution, onAnother }: { consultation: Consultation; contribution: Contribution; onAnother: () => void }) {
  const { t } = useTranslation('consultations');
  const day = useDay();
  const proposal = contribution.kind === 'proposal';
  return (
    <>
      <div className="panel panel--confirmation">
        <FocusHeading>{proposal ? t('contribute.doneProposal') : t('contribute.doneComment')}</FocusHeading>
        <p className="panel__body">{t('contribute.doneAs', { name: contribution.author?.name ?? '' })}</p>
      </div>
      <h2>{t('contribute.nextTitle')}</h2>
      <p>{t('contribute.nextOpen', { date: day(c.lastDay, { weekday: true }) })}</p>
      <p>{proposal ? t('contribute.nextProposal') : t('contribute.nextComment')}</p>
      <p>{t('contribute.nextReport')}</p>
      <ul className="inline-actions">
        <li>
          <Link to={`/consultations/${c.id}#contribution-${contribution.id}`}>{t('contribute.see')}</Link>
        </li>
        <li>
          <button type="button" className="link-button" onClick={onAnother}>
            {t('contribute.another')}
          </button>
        </li>
      </ul>
    </>
  );
}
