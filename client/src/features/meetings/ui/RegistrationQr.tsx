import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import QRCode from 'qrcode';
import { formatCode } from './when';

/**
 * The QR code of a registration's code, drawn in the browser as inline SVG: what it holds is the
 * plain code ("K7M4XQ"), exactly what the check-in page takes when a scanner types it.
 */
export function RegistrationQr({ code }: { code: string }) {
  const { t } = useTranslation('meetings');
  const [svg, setSvg] = useState<string>();
  const noteId = useId();
  useEffect(() => {
    let live = true;
    void QRCode.toString(code, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((s) => live && setSvg(s));
    return () => {
      live = false;
    };
  }, [code]);
  return (
    <figure className="registration-qr">
      {/* the library's own SVG markup (paths only), of a code from a fixed alphabet */}
      <div className="registration-qr__image" role="img" aria-label={t('qr.label', { code: formatCode(code) })} aria-describedby={noteId} dangerouslySetInnerHTML={svg ? { __html: svg } : undefined} />
      <figcaption id={noteId} className="registration-qr__note">
        {t('qr.note')}
      </figcaption>
    </figure>
  );
}

/** On a list: the QR code behind a button, so that the list stays short on a phone. */
export function RegistrationQrDisclosure({ code, context }: { code: string; context: string }) {
  const { t } = useTranslation('meetings');
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="registration-qr-disclosure">
      <button type="button" className="button button--secondary button--small" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {open ? t('qr.hide') : t('qr.show')}
        <span className="visually-hidden"> — {context}</span>
      </button>
      <div id={id} hidden={!open}>
        {open && <RegistrationQr code={code} />}
      </div>
    </div>
  );
}
