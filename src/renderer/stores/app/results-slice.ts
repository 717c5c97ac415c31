import type { StateCreator } from 'zustand';
import type { Client } from '../../../shared/ipc/client';
import type { CutoutView } from '../../../shared/ipc/cutouts';
import type { MethodInput } from '../../../shared/ipc/contract';
import type { AdTemplate, Generation, ImageEncoding } from '../../../shared/ipc/generations';
import type { AdFormatName } from '../../../shared/ipc/generations';
import { downloadMedia } from '../../media-url';
import { toNotice } from './notice';
import type { AppState } from './store';

export type TemplatePreview = Pick<MethodInput<'generations.template'>, 'textScale' | 'moves'>;

export interface ResultsSlice {
  template: AdTemplate | undefined;
  /**
   * The live template; with a preview, the variant's type at that size and its blocks moved, drawn
   * by the renderer. Resolves to the template shown, or undefined when a later request replaced it.
   */
  loadTemplate(generationId: string, variantIndex: number, format: AdFormatName, preview?: TemplatePreview): Promise<AdTemplate | undefined>;
  /** Saves edited text through the renderer as a new version; the viewer moves to it. */
  saveText(generationId: string, edit: Omit<MethodInput<'generations.retext'>, 'id'>): Promise<Generation | undefined>;
  download(generationId: string, variantIndex: number, format: AdFormatName, encoding: ImageEncoding): Promise<void>;
  /** Every platform's size and the copy as one ZIP with a manifest. */
  savePack(generationId: string, variantIndex: number, encoding: ImageEncoding): Promise<void>;
  copyText(text: string): Promise<void>;
  /** The photo's current cut-out and its mask, for the touch-up brush. */
  loadCutout(sourceSha256: string): Promise<CutoutView | undefined>;
  /** Saves the owner's corrected mask as the photo's cut-out; true when it was kept. */
  saveTouchUp(sourceSha256: string, maskBase64: string): Promise<boolean>;
}

export const createResultsSlice =
  (client: Client): StateCreator<AppState, [], [], ResultsSlice> =>
  (set, get) => {
    const fail = (error: unknown) => set({ notice: toNotice(error) });
    // Previews are asked for as the owner drags and slides: only the latest one may show.
    let templateRequest = 0;
    return {
      template: undefined,
      async loadTemplate(generationId, variantIndex, format, preview) {
        const request = ++templateRequest;
        // A preview of the same variant keeps the design shown until the new one is drawn.
        if (!preview) set({ template: undefined });
        try {
          const template = await client.invoke('generations.template', { id: generationId, variantIndex, format, ...preview });
          if (request !== templateRequest) return undefined;
          set({ template });
          return template;
        } catch (error) {
          fail(error);
          return undefined;
        }
      },
      async saveText(generationId, edit) {
        try {
          const child = await client.invoke('generations.retext', { id: generationId, ...edit });
          // The viewer moves to the new result: wherever it was opened from must list it.
          await Promise.all([get().refreshGenerations(), get().view === 'library' ? get().loadLibrary() : undefined]);
          const viewer = get().viewer;
          if (viewer) set({ viewer: { ...viewer, generationId: child.id } });
          get().inform('toast.textSaved');
          return child;
        } catch (error) {
          fail(error);
          return undefined;
        }
      },
      async download(generationId, variantIndex, format, encoding) {
        try {
          const file = await client.invoke('generations.encodeImage', { id: generationId, variantIndex, target: { kind: 'format', format }, encoding });
          downloadMedia(file.sha256, file.fileName);
          get().inform('toast.downloaded', file.fileName);
        } catch (error) {
          fail(error);
        }
      },
      async savePack(generationId, variantIndex, encoding) {
        try {
          // The core picks the folder (the data folder's exports/) and says where the ZIP is.
          const pack = await client.invoke('generations.platformPack', { id: generationId, variantIndex, encoding });
          get().inform('toast.packSaved', pack.file);
        } catch (error) {
          fail(error);
        }
      },
      async loadCutout(sourceSha256) {
        try {
          return await client.invoke('cutouts.get', { sourceSha256 });
        } catch (error) {
          fail(error);
          return undefined;
        }
      },
      async saveTouchUp(sourceSha256, maskBase64) {
        try {
          await client.invoke('cutouts.touchUp', { sourceSha256, maskBase64 });
          return true;
        } catch (error) {
          fail(error);
          return false;
        }
      },
      async copyText(text) {
        try {
          await navigator.clipboard.writeText(text);
          get().inform('toast.copied');
        } catch (error) {
          fail(error);
        }
      },
    };
  };
