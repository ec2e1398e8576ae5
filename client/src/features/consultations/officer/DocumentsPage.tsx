import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/react';
import { useDownloadDocument, useUploadDocument } from '../../../api/consultations';
import { isApiError } from '../../../api/errors';
import { DOCUMENT_KINDS, type Consultation, type ConsultationDocument, type DocumentKind } from '../../../api/types';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FieldError, RadioGroup, cx } from '../../../components/fields';
import { ErrorNotice, LiveStatus } from '../../../components/Status';
import { TableRegion } from '../../../components/TableRegion';
import { useFormErrors } from '../../../components/useFormErrors';
import { downloadBlob } from '../../../lib/download';
import { formatDateTime, formatFileSize } from '../../../lib/format';
import { ConsultationFrame } from './ConsultationFrame';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const ACCEPT = '.pdf,.odt,.docx,.xlsx,.png,.jpg,.jpeg,application/pdf,application/vnd.oasis.opendocument.text,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,image/png,image/jpeg';
const FIELDS = { file: 'document-file', kind: 'document-kind' } as const;
type Field = keyof typeof FIELDS;

/** `/officer/consultations/:id/documents` — the draft as a file, the motives, the impact assessment. */
export function DocumentsPage() {
  const { t } = useTranslation('officer');
  return <ConsultationFrame title={t('documents.title')}>{({ consultation }) => <Documents consultation={consultation} />}</ConsultationFrame>;
}

function Documents({ consultation: c }: { consultation: Consultation }) {
  const { t, i18n } = useTranslation(['officer', 'consultations']);
  const download = useDownloadDocument();
  const [status, setStatus] = useState<string>();

  function onDownload(d: ConsultationDocument) {
    download.mutate(d.id, { onSuccess: (blob) => downloadBlob(blob, d.filename) });
  }

  return (
    <>
      <LiveStatus message={status} />
      {c.documents.length === 0 ? (
        <p>{t('documents.none')}</p>
      ) : (
        <TableRegion caption={t('documents.caption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('documents.file')}</th>
              <th scope="col">{t('documents.kind')}</th>
              <th scope="col">{t('documents.size')}</th>
              <th scope="col">{t('documents.uploaded')}</th>
            </tr>
          </thead>
          <tbody>
            {c.documents.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onDownload(d)}>
                    {d.filename}
                  </button>
                </th>
                <td>{t(`consultations:documentKinds.${d.kind}`)}</td>
                <td>{formatFileSize(d.size, i18n.language)}</td>
                <td>{formatDateTime(d.createdAt, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      <ErrorNotice error={download.error} />
      <UploadForm consultation={c} onUploaded={(name) => setStatus(t('documents.uploadedDone', { name }))} />
    </>
  );
}

function UploadForm({ consultation: c, onUploaded }: { consultation: Consultation; onUploaded: (name: string) => void }) {
  const { t, i18n } = useTranslation(['officer', 'consultations', 'common']);
  const upload = useUploadDocument(c.id);
  const errors = useFormErrors(FIELDS);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<DocumentKind | ''>('');
  const [round, setRound] = useState(0);

  function validate(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (!file) found.file = t('documents.fileRequired');
    else if (file.size === 0) found.file = t('documents.fileEmpty');
    else if (file.size > MAX_FILE_BYTES) found.file = t('documents.tooLarge', { size: formatFileSize(file.size, i18n.language) });
    if (!kind) found.kind = t('documents.kindRequired');
    return found;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (upload.isPending || errors.showClientErrors(validate())) return;
    try {
      const saved = await upload.mutateAsync({ file: file!, kind: kind as DocumentKind });
      onUploaded(saved.filename);
      setFile(null);
      setKind('');
      setRound((r) => r + 1);
    } catch (error) {
      if (isApiError(error) && error.status === 413) errors.showClientErrors({ file: t('documents.tooLargeServer') });
      else errors.showApiError(error, { codes: { unsupported_file_type: 'file', payload_too_large: 'file' } });
    }
  }

  const fileError = errors.fieldErrors.file;
  return (
    <section aria-labelledby="upload-title" className="section page-narrow">
      <h2 id="upload-title">{t('documents.uploadTitle')}</h2>
      <ErrorSummary items={errors.summary} focusKey={errors.focusKey} />
      <form onSubmit={onSubmit} noValidate>
        <div className={cx('field', fileError && 'field--error')}>
          <label className="field__label" htmlFor={FIELDS.file}>
            {t('documents.file')}
          </label>
          <div id={`${FIELDS.file}-hint`} className="field__hint">
            {t('documents.fileHint')}
          </div>
          <FieldError id={FIELDS.file} message={fileError} />
          <input
            key={round}
            ref={input}
            id={FIELDS.file}
            type="file"
            className="file-input"
            accept={ACCEPT}
            aria-describedby={fileError ? `${FIELDS.file}-hint ${FIELDS.file}-error` : `${FIELDS.file}-hint`}
            aria-invalid={fileError ? true : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <RadioGroup<DocumentKind>
          id={FIELDS.kind}
          name="document-kind"
          legend={t('documents.kind')}
          value={kind}
          onChange={setKind}
          error={errors.fieldErrors.kind}
          options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`consultations:documentKinds.${k}`) }))}
        />
        <Button type="submit" busy={upload.isPending} busyLabel={t('documents.uploading')}>
          {t('documents.upload')}
        </Button>
      </form>
    </section>
  );
}
