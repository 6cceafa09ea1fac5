/** The app version written into packs (kept in step with package.json's "version"). */
export const APP_VERSION = '0.1.0';
