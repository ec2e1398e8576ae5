/// <reference types="vite/client" />

// one language of a messages module (client/vite/plugins.ts, messagesPerLanguage)
declare module '*?lang=bg';
declare module '*?lang=en';
declare module '*?lang=mk';
