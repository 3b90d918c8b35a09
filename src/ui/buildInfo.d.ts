// Set by vite.config.ts `define` at build time (and by the tests' setup).
declare const __APP_VERSION__: string;
declare const __BUILD_DATE__: string;
