import { featureMessages } from '../features';
import { createI18n, type I18n, type Language } from '../i18n';
import { commonMessages } from '../i18n/common';

/** Every namespace: `common` for the frame and shared blocks, one per feature. */
export const namespaces = { common: commonMessages, ...featureMessages };

export function startI18n(language?: Language): I18n {
  return createI18n(namespaces, language);
}
