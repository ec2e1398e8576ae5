import type { EntityManager } from 'typeorm';

/**
 * Gives an account the body invitations sent to its address before the account had proved it
 * (the officer invited an address, with or without an account): called when the address is
 * verified. Only pending invitations nobody has taken up yet; the address stays on the row until
 * the invitation is answered, so the officer's roster does not change when someone registers.
 */
export async function takeUpBodyInvitations(manager: EntityManager, userId: string, email: string): Promise<void> {
  await manager.query(`UPDATE body_members SET user_id = $1 WHERE invited_email = $2 AND user_id IS NULL AND invitation = 'pending'`, [userId, email.trim().toLowerCase()]);
}
