import { version } from '../../package.json';

/** The app version written into packs: package.json's "version", the one source (WXT puts it in the manifest). */
export const APP_VERSION: string = version;
