import type { StateCreator } from 'zustand';
import type { MessageKey } from '../../i18n/ko';
import type { AppState } from './store';

export type View = 'studio' | 'library' | 'models' | 'settings';
/** What the viewer opens on besides the picture: the video maker or the posting pack. */
export type ViewerPanel = 'video' | 'post';

/** A short-lived message with an undo button; it goes away when its undo window closes. */
export interface UndoToast {
  id: number;
  message: MessageKey;
  until: number;
  undo: () => Promise<void>;
}

/** A brief confirmation ("copied", "saved to …"). */
export interface InfoToast {
  id: number;
  message: MessageKey;
  detail?: string;
}

export interface UiSlice {
  view: View;
  /**
   * The result open large: a generation and one of its variants, and the job of an edit asked
   * for from it, which the viewer shows at work and moves to when it is done.
   */
  viewer: { generationId: string; variantIndex: number; followJobId?: string; panel?: ViewerPanel } | undefined;
  undoToasts: UndoToast[];
  infoToast: InfoToast | undefined;
  showView(view: View): void;
  /** Opens a result large; `panel` opens it at the video maker or the posting pack. */
  openViewer(generationId: string, variantIndex: number, panel?: ViewerPanel): void;
  closeViewer(): void;
  offerUndo(toast: Omit<UndoToast, 'id'>): void;
  runUndo(id: number): Promise<void>;
  expireUndo(id: number): void;
  inform(message: MessageKey, detail?: string): void;
}

let nextToastId = 1;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  view: 'studio',
  viewer: undefined,
  undoToasts: [],
  infoToast: undefined,
  showView(view) {
    set({ view, viewer: undefined });
  },
  openViewer(generationId, variantIndex, panel) {
    set({ viewer: { generationId, variantIndex, ...(panel ? { panel } : {}) } });
  },
  closeViewer() {
    set({ viewer: undefined });
  },
  offerUndo(toast) {
    const id = nextToastId++;
    set({ undoToasts: [...get().undoToasts, { ...toast, id }] });
    setTimeout(() => get().expireUndo(id), Math.max(0, toast.until - Date.now()));
  },
  async runUndo(id) {
    const toast = get().undoToasts.find((t) => t.id === id);
    get().expireUndo(id);
    await toast?.undo();
  },
  expireUndo(id) {
    set({ undoToasts: get().undoToasts.filter((t) => t.id !== id) });
  },
  inform(message, detail) {
    const id = nextToastId++;
    set({ infoToast: { id, message, detail } });
    setTimeout(() => {
      if (get().infoToast?.id === id) set({ infoToast: undefined });
    }, 4000);
  },
});
