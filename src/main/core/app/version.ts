import packageJson from '../../../../package.json';

/** The app's version, from package.json, the single place it is written. */
export const appVersion: string = packageJson.version;
