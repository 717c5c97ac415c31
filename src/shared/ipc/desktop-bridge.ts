import { z } from 'zod';
import type { Transport } from './client';

/** What the owner is asked to pick in a native dialog; `title` is the dialog's caption, already translated. */
export const choosePathRequestSchema = z.object({ kind: z.enum(['file', 'folder']), title: z.string().max(200).optional() }).strict();
export type ChoosePathRequest = z.infer<typeof choosePathRequestSchema>;

/**
 * What Electron's preload puts on window.adstudio: the transport, and the two ways the owner
 * hands the window a path. A window may pass to the core only paths that came from these.
 */
export interface DesktopBridge extends Transport {
  /** The absolute path of a file dropped on the window ('' for one that has none); main is told, so the window may then use it. */
  pathForFile(file: File): string;
  /** A file or folder the owner picks in a native dialog, which the window may then use; null when cancelled. A folder may also be written inside. */
  choosePath(request: ChoosePathRequest): Promise<string | null>;
}
