import crypto from 'node:crypto';

/**
 * The token in a notification's unsubscribe link: who stops following which municipality,
 * signed with the installation's secret so nobody can stop someone else's e-mails. It needs no
 * table and no login (RFC 8058 one-click: the mail provider POSTs it), and it stays valid as long
 * as the secret does; using it twice does no harm. Pure.
 */
export function unsubscribeToken(secret: string, userId: string, municipalityId: string): string {
  const payload = Buffer.from(`${userId}.${municipalityId}`).toString('base64url');
  return `${payload}.${sign(secret, payload)}`;
}

export function readUnsubscribeToken(secret: string, token: string): { userId: string; municipalityId: string } | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  const [userId, municipalityId] = Buffer.from(payload, 'base64url').toString('utf8').split('.');
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  return uuid.test(userId ?? '') && uuid.test(municipalityId ?? '') ? { userId, municipalityId } : null;
}

function sign(secret: string, payload: string): string {
  return crypto.createHmac('sha256', secret).update(`unsubscribe-follow:${payload}`).digest('base64url').slice(0, 32);
}
