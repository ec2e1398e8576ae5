import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/App';
import { createI18n } from './i18n';
import { commonMessages } from './i18n/common';
import { lazyMessages } from './i18n/loader';
import { createQueryClient } from './app/queryClient';
import { routes } from './app/routes';
import './app/styles.css';

// only the frame's messages: each page brings its feature's, in the interface language (app/pages.tsx)
const i18n = createI18n({ common: commonMessages }, undefined, lazyMessages);
const queryClient = createQueryClient();
const router = createBrowserRouter(routes);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App i18n={i18n} queryClient={queryClient} router={router} />
  </StrictMode>,
);
