import type {} from 'i18next';
import type { namespaces } from './i18n';

// Typed translation keys: t('nav.home') compiles, a misspelt key does not.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { [NS in keyof typeof namespaces]: (typeof namespaces)[NS]['bg'] };
  }
}
