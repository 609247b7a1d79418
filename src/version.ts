// Injected by build.mjs from package.json; tests run the source through tsx, where it is undefined.
declare const __VERSION__: string | undefined;
export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
