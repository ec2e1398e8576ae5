import { useTranslation } from '../../../i18n/react';
import type { MinutesDecision } from '../../../api/meetings';
import { Markdown } from '../../../components/Markdown';
import { TableRegion } from '../../../components/TableRegion';
import { formatDay, formatNumber } from '../../../lib/format';
import { useLocalize } from '../../../lib/useLocalize';

interface Props {
  text: Partial<Record<string, string>>;
  decisions: MinutesDecision[];
  attendeesCount: number | null;
  fallback: string;
  /** the level of the headings inside: 2 on the minutes page, 3 inside a section */
  level?: 2 | 3;
}

/** Minutes as published (or as a preview): the text, the decisions with who and by when, attendance. */
export function MinutesView({ text, decisions, attendeesCount, fallback, level = 2 }: Props) {
  const { t, i18n } = useTranslation('meetings');
  const localize = useLocalize();
  const body = localize(text, fallback);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      {attendeesCount !== null && <p>{t('minutes.attendees', { count: attendeesCount, number: formatNumber(attendeesCount, i18n.language) })}</p>}
      <div className="minutes-text">
        <Markdown text={body.text} lang={body.lang} />
      </div>
      {decisions.length > 0 && (
        <div className="section">
          <Heading>{t('minutes.decisions')}</Heading>
          {/* read, not compared: on a phone each decision is a card (`.stack-table`), nothing sideways */}
          <div className="stack-table stack-table--texts">
            <TableRegion caption={t('minutes.decisions')} captionHidden>
              <thead>
                <tr>
                  <th scope="col">№</th>
                  <th scope="col" className="table__wide">
                    {t('minutes.decision')}
                  </th>
                  <th scope="col">{t('minutes.responsible')}</th>
                  <th scope="col">{t('minutes.due')}</th>
                </tr>
              </thead>
              <tbody>
                {decisions.map((d, i) => {
                  const dText = localize(d.text, fallback);
                  return (
                    <tr key={i}>
                      <th scope="row" data-label="№">
                        {i + 1}
                      </th>
                      <td lang={dText.lang} className="pre-line stack-table__text" data-label={t('minutes.decision')}>
                        {dText.text}
                      </td>
                      <td data-label={t('minutes.responsible')}>{d.responsible ?? '—'}</td>
                      <td data-label={t('minutes.due')}>{d.due ? formatDay(d.due, i18n.language) : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </TableRegion>
          </div>
        </div>
      )}
    </>
  );
}
