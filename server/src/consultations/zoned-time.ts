// Zoned time moved to legal-time/ (issue 13). This re-export serves the access checks that are being
// rewritten elsewhere (bodies/body-access.ts); import from '../legal-time/zoned-time' instead, and
// delete this file once nothing imports it.
export { localDateOf } from '../legal-time/zoned-time';
