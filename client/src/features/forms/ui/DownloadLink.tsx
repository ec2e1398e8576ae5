import { useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/react';
import { fetchFile } from '../../../api/forms';
import { useErrorMessage } from '../../../components/useErrorMessage';
import { downloadBlob } from '../../../lib/download';

/**
 * A link to a file of the API. A click fetches it with the session (officers' and partners'
 * files are not public) and saves it under `fileName`; the address still works as a plain link.
 */
export function DownloadLink({ href, fileName, children }: { href: string; fileName: string; children: ReactNode }) {
  const { t } = useTranslation('forms');
  const describe = useErrorMessage();
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });

  async function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    if (state.busy) return;
    setState({ busy: true });
    try {
      downloadBlob(await fetchFile(href), fileName);
      setState({ busy: false });
    } catch (error) {
      setState({ busy: false, error: describe(error) });
    }
  }

  return (
    <>
      <a href={href} download={fileName} onClick={(event) => void onClick(event)} aria-busy={state.busy || undefined}>
        {children}
      </a>
      {state.busy && <span className="muted"> {t('report.downloading')}</span>}
      {state.error && (
        <span role="alert" className="field__error">
          {' '}
          {state.error}
        </span>
      )}
    </>
  );
}
