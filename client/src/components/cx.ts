/**
 * Joins class names, skipping empty ones. A module of its own: the frame's status messages use
 * it, and importing it from fields.tsx brought the form fields into every first load.
 */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
