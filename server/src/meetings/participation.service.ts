import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import type { AuthUser } from '../common/auth-user';
import { DomainError } from '../common/domain-error';
import { Locale, localize } from '../common/locale';
import { TaggedPdf } from '../common/pdf/tagged-pdf';
import { meetingPolicy } from '../policy/meeting.policy';
import { Policy } from '../policy/policy.service';
import { RegistrationsRepository } from './registrations.repository';
import { csvLine } from '../common/csv';
import { ParticipationDto } from './dto/participation.dto';
import { formatWhen, formatWhere } from './format';
import { MeetingAccess, MeetingView } from './meeting-access';
import { meetingDays } from './meeting-days';
import { participationFigures } from './participation';
import { countryName } from './place-names';

const HEADINGS: Record<Locale, { title: string; columns: string[]; total: string; byCountry: string; byPlace: string; byCategory: string; byDay: string; summary: string; registered: string; attended: string }> = {
  bg: { title: 'Отчет за участието', columns: ['Раздел', 'Код', 'Наименование', 'Регистрирани', 'Присъствали'], total: 'Общо', byCountry: 'По държави', byPlace: 'По населени места', byCategory: 'По категории', byDay: 'По дни', summary: 'Обобщение', registered: 'регистрирани', attended: 'присъствали' },
  en: { title: 'Participation report', columns: ['Section', 'Code', 'Name', 'Registered', 'Attended'], total: 'Total', byCountry: 'By country', byPlace: 'By place', byCategory: 'By category', byDay: 'By day', summary: 'Summary', registered: 'registered', attended: 'attended' },
  mk: { title: 'Извештај за учеството', columns: ['Дел', 'Код', 'Назив', 'Регистрирани', 'Присутни'], total: 'Вкупно', byCountry: 'По држави', byPlace: 'По населени места', byCategory: 'По категории', byDay: 'По денови', summary: 'Резиме', registered: 'регистрирани', attended: 'присутни' },
};

/**
 * Who came, from where: for the municipality's staff and its partner NGOs (and the partner
 * municipalities' officers) at once, for everyone once the minutes are published.
 */
@Injectable()
export class ParticipationService {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly meetingAccess: MeetingAccess,
    private readonly policy: Policy,
  ) {}

  private async readable(viewer: AuthUser | undefined, id: string): Promise<MeetingView> {
    const meeting = await this.policy.require(viewer, 'meeting', id, 'view');
    if (!(await this.policy.can(viewer, meetingPolicy, meeting, 'participation'))) throw new DomainError('minutes_not_published');
    return this.meetingAccess.viewOf(viewer, meeting);
  }

  async report(viewer: AuthUser | undefined, id: string, locale: Locale): Promise<ParticipationDto> {
    return this.figures(await this.readable(viewer, id), locale);
  }

  private async figures(view: MeetingView, locale: Locale): Promise<ParticipationDto> {
    const { meeting, municipality: m } = view;
    const rows = await this.registrations.participants(meeting.id);
    const f = participationFigures(rows, { hostCountry: m.country, days: meetingDays(meeting.startsAt, meeting.endsAt, m.timeZone), locale });
    return { meetingId: meeting.id, ...f, public: meeting.minutesVersion > 0 };
  }

  async csv(viewer: AuthUser | undefined, id: string, locale: Locale): Promise<{ body: string; filename: string }> {
    const f = await this.report(viewer, id, locale);
    // a header of stable names and the section as a code, whatever the reader's language; the
    // section's label in the reader's language stays beside it for people
    const h = HEADINGS[locale];
    const lines = [
      csvLine(['section', 'section_label', 'code', 'name', 'registered', 'attended']),
      csvLine(['total', h.total, '', '', f.registered, f.attended]),
      ...f.byCountry.map((c) => csvLine(['country', h.byCountry, c.country, c.name, c.registered, c.attended])),
      ...f.byPlace.map((p) => csvLine(['place', h.byPlace, p.country, p.settlement, p.registered, p.attended])),
      ...f.byCategory.map((c) => csvLine(['category', h.byCategory, c.category, c.label, c.registered, c.attended])),
      ...(f.byDay ?? []).map((d) => csvLine(['day', h.byDay, d.day, d.day, '', d.attended])),
      csvLine(['summary', h.summary, '', f.summary, '', '']),
    ];
    return { body: `\uFEFF${lines.join('')}`, filename: `participation-${id}.csv` };
  }

  /** The report as a tagged PDF (common/pdf): a table per breakdown, the bars drawn beside as decoration. */
  async pdf(viewer: AuthUser | undefined, id: string, locale: Locale): Promise<{ stream: Readable; filename: string }> {
    const view = await this.readable(viewer, id);
    const f = await this.figures(view, locale);
    const { meeting, municipality: m } = view;
    const h = HEADINGS[locale];
    const title = localize(meeting.title, locale, m.defaultLocale);
    const pdf = new TaggedPdf({ locale, title: `${h.title}: ${title}`, author: localize(m.name, locale), footer: title });
    pdf.paragraph(localize(m.name, locale), { font: 'bold', size: 10, gap: 0.5 });
    pdf.heading(1, h.title, { gap: 0.3 });
    pdf.paragraph(title, { font: 'bold', size: 12, gap: 0.3 });
    pdf.paragraph(formatWhen(meeting.startsAt, meeting.endsAt, m.timeZone, locale));
    const where = formatWhere(meeting.location, meeting.onlineUrl, locale, m.defaultLocale);
    if (where) pdf.paragraph(where);
    pdf.doc.moveDown();
    pdf.paragraph(f.summary, { font: 'bold', size: 11, gap: 0.5 });
    pdf.paragraph(`${h.total}: ${f.registered} ${h.registered}, ${f.attended} ${h.attended}`, { size: 10 });
    const section = (heading: string, rows: Array<{ label: string; registered?: number; attended: number }>) => {
      if (!rows.length) return;
      pdf.doc.moveDown();
      pdf.heading(2, heading, { size: 11, gap: 0.3 });
      const max = Math.max(1, ...rows.map((r) => Math.max(r.attended, r.registered ?? 0)));
      const withRegistered = rows.some((r) => r.registered !== undefined);
      const bar = (i: number, x: number, y: number, width: number) => pdf.doc.rect(x, y + 1, (width * rows[i].attended) / max, 8).fill('#2b6cb0');
      pdf.table(
        [
          { header: h.columns[2], width: 190 },
          { width: 200, draw: bar },
          { header: withRegistered ? `${h.columns[4]} / ${h.columns[3]}` : h.columns[4], width: 90, align: 'right' },
        ],
        rows.map((r) => [r.label, r.registered === undefined ? String(r.attended) : `${r.attended} / ${r.registered}`]),
      );
    };
    section(`${h.byCountry} (${h.attended} / ${h.registered})`, f.byCountry.map((c) => ({ label: c.name, registered: c.registered, attended: c.attended })));
    section(`${h.byPlace} (${h.attended} / ${h.registered})`, f.byPlace.map((p) => ({ label: p.country === m.country ? p.settlement : `${p.settlement} (${countryName(p.country, locale)})`, registered: p.registered, attended: p.attended })));
    section(`${h.byCategory} (${h.attended} / ${h.registered})`, f.byCategory.map((c) => ({ label: c.label, registered: c.registered, attended: c.attended })));
    if (f.byDay) {
      const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
      section(`${h.byDay} (${h.attended})`, f.byDay.map((d) => ({ label: day.format(new Date(`${d.day}T12:00:00Z`)), attended: d.attended })));
    }
    pdf.end();
    return { stream: pdf.stream, filename: `participation-${id}.pdf` };
  }
}
