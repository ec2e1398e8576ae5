import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppConfig } from '../config/config';
import { MailSender } from './mail.sender';

describe('MailSender without SMTP', () => {
  it('writes each message as one .eml file named with its address, and leaves nothing else in the folder', async () => {
    const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sabor-mail-spec-'));
    const sender = new MailSender({ smtpUrl: null, mailDir, mailFrom: 'Sabor <no-reply@sabor.example>' } as unknown as AppConfig);
    const text = 'Потвърдете адреса си: http://localhost:3000/verify-email?token=abc\n'.repeat(200);
    const sent = await Promise.all(['maria@example.org', 'ivan@example.org'].map((to) => sender.send({ to, subject: 'Потвърждение', text })));
    const files = fs.readdirSync(mailDir).sort();
    expect(files).toHaveLength(2);
    for (const f of files) expect(f).toMatch(/^[^.].*-(maria|ivan)@example\.org-.*\.eml$/);
    expect(sent.map((s) => path.basename(s.file!)).sort()).toEqual(files);
    const eml = fs.readFileSync(sent[0].file!, 'utf8');
    expect(eml).toMatch(/^To: maria@example\.org$/m);
    expect(eml).toMatch(/^Subject: /m);
    fs.rmSync(mailDir, { recursive: true, force: true });
  });
});
