import { createHmac } from 'node:crypto';

/**
 * The token of an invitation's link: an HMAC of its id under the server's secret. Only its
 * SHA-256 is stored, yet a reminder can send the same link again.
 */
export function invitationToken(secret: string, invitationId: string): string {
  return createHmac('sha256', secret).update(`sabor form invitation\0${invitationId}`).digest('base64url');
}
