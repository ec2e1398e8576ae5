/** The largest document a consultation may publish (20 MB); one byte more is refused with 413. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
