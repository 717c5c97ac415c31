import type { StateCreator } from 'zustand';
import type { Client } from '../../../shared/ipc/client';
import type { Platform } from '../../../shared/ipc/copy';
import type { Generation } from '../../../shared/ipc/generations';
import type { EditRequest, JobFinished, JobProgress, JobStep } from '../../../shared/ipc/jobs';
import type { MediaInfo } from '../../../shared/ipc/media';
import type { Message } from '../../../shared/ipc/sessions';
import { fileToBase64 } from '../../file-base64';
import { toNotice, type Notice } from './notice';
import type { AppState } from './store';

export type AdStyleChoice = 'ultra-realistic' | 'semi-realistic' | 'illustration' | 'minimal';

export interface ComposerOptions {
  /** null until the owner picks one: then the platform named in the sentence wins, else the feed. */
  platform: Platform | null;
  style: AdStyleChoice;
  variants: number;
  /** Paint the scene with the installed diffusion model. */
  aiBackground: boolean;
}

/** A job this window started or heard of, as its progress card shows it. */
export interface JobCard {
  jobId: string;
  sessionId: string | null;
  text: string;
  attachments: string[];
  stage: JobProgress['stage'];
  percent: number;
  /** What it is doing, as a code the card words in the window's language; null until the first event. */
  step: JobStep | null;
  queuePosition: number | null;
  copyText: string;
  previews: string[];
  /** Set when it failed or was cancelled; a finished job's card goes away. */
  ended?: { status: 'failed' | 'cancelled'; error: Notice | null };
  /** How many progress events arrived: the conversation scrolls when it changes. */
  updates: number;
}

export interface ChatSlice {
  messages: Message[];
  /** Older messages remain when not null. */
  messagesCursor: string | null;
  generations: Generation[];
  attachments: MediaInfo[];
  /** What is typed in the request box, kept here so an example can be put in it. */
  draft: string;
  setDraft(text: string): void;
  importing: number;
  options: ComposerOptions;
  jobs: JobCard[];
  loadConversation(): Promise<void>;
  loadOlderMessages(): Promise<boolean>;
  refreshGenerations(): Promise<void>;
  attachFiles(files: File[]): Promise<void>;
  /** Attaches the app's own sample photo; true once it is attached. */
  attachSample(): Promise<boolean>;
  removeAttachment(sha256: string): void;
  setOptions(options: Partial<ComposerOptions>): void;
  send(text: string): Promise<boolean>;
  /**
   * A follow-up in the same chat (quick edits, "more like this"). `inViewer`: asked from the open
   * viewer, which follows the job and moves to its result as the next version.
   */
  request(text: string, extra?: { attachments?: string[]; edit?: EditRequest; inViewer?: boolean }): Promise<boolean>;
  cancelJob(jobId: string): Promise<void>;
  /** Runs a job's request again; `text` labels the new card when this window never saw the old one. */
  retryJob(jobId: string, text?: string): Promise<void>;
  dismissJob(jobId: string): void;
  receiveProgress(progress: JobProgress): void;
  receiveFinished(finished: JobFinished): Promise<void>;
}

export const createChatSlice =
  (client: Client): StateCreator<AppState, [], [], ChatSlice> =>
  (set, get) => {
    const fail = (error: unknown) => set({ notice: toNotice(error) });
    const updateJob = (jobId: string, change: (job: JobCard) => JobCard) => set({ jobs: get().jobs.map((job) => (job.jobId === jobId ? change(job) : job)) });

    const start = async (text: string, attachments: string[], edit?: EditRequest): Promise<string | undefined> => {
      const { shopId, sessionId, options } = get();
      if (!shopId) return undefined;
      // A new chat's session exists once its first job starts; a second request waits for it
      // rather than opening a second chat.
      if (!sessionId && get().jobs.some((job) => job.sessionId === null && !job.ended)) return undefined;
      try {
        const aiBackground = options.aiBackground && get().installed.some((m) => m.role === 'diffusion' && m.active);
        const { jobId } = await client.invoke('jobs.start', { shopId, sessionId, text, attachments, platform: options.platform ?? undefined, style: options.style, variants: options.variants, aiBackground, edit });
        const card: JobCard = { jobId, sessionId: sessionId ?? null, text, attachments, stage: 'pending', percent: 0, step: null, queuePosition: null, copyText: '', previews: [], updates: 0 };
        set({ jobs: [...get().jobs, card] });
        return jobId;
      } catch (error) {
        fail(error);
        return undefined;
      }
    };

    return {
      messages: [],
      messagesCursor: null,
      generations: [],
      attachments: [],
      draft: '',
      setDraft(text) {
        set({ draft: text });
      },
      importing: 0,
      options: { platform: null, style: 'semi-realistic', variants: 4, aiBackground: false },
      jobs: [],
      async loadConversation() {
        const { sessionId } = get();
        if (!sessionId) return;
        try {
          const page = await client.invoke('messages.page', { sessionId, limit: 30 });
          if (get().sessionId !== sessionId) return;
          set({ messages: [...page.items].reverse(), messagesCursor: page.nextCursor });
          await get().refreshGenerations();
        } catch (error) {
          fail(error);
        }
      },
      async loadOlderMessages() {
        const { sessionId, messagesCursor } = get();
        if (!sessionId || !messagesCursor) return false;
        try {
          const page = await client.invoke('messages.page', { sessionId, limit: 30, cursor: messagesCursor });
          if (get().sessionId !== sessionId) return false;
          set({ messages: [...[...page.items].reverse(), ...get().messages], messagesCursor: page.nextCursor });
          return page.items.length > 0;
        } catch (error) {
          fail(error);
          return false;
        }
      },
      async refreshGenerations() {
        const { sessionId } = get();
        if (!sessionId) return;
        const all: Generation[] = [];
        let cursor: string | undefined;
        do {
          const page = await client.invoke('generations.page', { sessionId, limit: 100, cursor });
          all.push(...page.items);
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        if (get().sessionId === sessionId) set({ generations: all });
      },
      async attachFiles(files) {
        const images = files.filter((file) => file.type.startsWith('image/') || /\.(jpe?g|png|webp|heic|avif|gif|tiff?)$/i.test(file.name));
        if (images.length === 0) return;
        set({ importing: get().importing + images.length });
        for (const file of images) {
          try {
            const { items } = await client.invoke('media.import', { source: { kind: 'bytes', name: file.name, base64: await fileToBase64(file) } });
            for (const item of items) {
              if (item.ok) {
                if (!get().attachments.some((a) => a.sha256 === item.media.sha256)) set({ attachments: [...get().attachments, item.media] });
              } else set({ notice: item.error });
            }
          } catch (error) {
            fail(error);
          } finally {
            set({ importing: get().importing - 1 });
          }
        }
      },
      async attachSample() {
        set({ importing: get().importing + 1 });
        try {
          const media = await client.invoke('media.sample', {});
          if (!get().attachments.some((a) => a.sha256 === media.sha256)) set({ attachments: [...get().attachments, media] });
          return true;
        } catch (error) {
          fail(error);
          return false;
        } finally {
          set({ importing: get().importing - 1 });
        }
      },
      removeAttachment(sha256) {
        set({ attachments: get().attachments.filter((a) => a.sha256 !== sha256) });
      },
      setOptions(options) {
        set({ options: { ...get().options, ...options } });
      },
      async send(text) {
        const attachments = get().attachments.map((a) => a.sha256);
        const started = await start(text, attachments);
        if (started) set({ attachments: [] });
        return started !== undefined;
      },
      async request(text, extra) {
        const jobId = await start(text, extra?.attachments ?? [], extra?.edit);
        const viewer = get().viewer;
        if (jobId && extra?.inViewer && viewer) set({ viewer: { ...viewer, followJobId: jobId } });
        return jobId !== undefined;
      },
      async cancelJob(jobId) {
        try {
          await client.invoke('jobs.cancel', { jobId });
        } catch (error) {
          fail(error);
        }
      },
      async retryJob(jobId, text) {
        const old = get().jobs.find((job) => job.jobId === jobId);
        try {
          const { jobId: next } = await client.invoke('jobs.retry', { jobId });
          const viewer = get().viewer;
          if (viewer?.followJobId === jobId) set({ viewer: { ...viewer, followJobId: next } });
          const card: JobCard = { jobId: next, sessionId: old?.sessionId ?? get().sessionId ?? null, text: old?.text ?? text ?? '', attachments: old?.attachments ?? [], stage: 'pending', percent: 0, step: null, queuePosition: null, copyText: '', previews: [], updates: 0 };
          set({ jobs: [...get().jobs.filter((job) => job.jobId !== jobId), card] });
        } catch (error) {
          fail(error);
        }
      },
      dismissJob(jobId) {
        set({ jobs: get().jobs.filter((job) => job.jobId !== jobId) });
      },
      receiveProgress(progress) {
        const card = get().jobs.find((job) => job.jobId === progress.jobId);
        if (!card) return;
        // The first request of a new chat creates its session: the window follows it there —
        // only from that new chat, never pulling the owner back from another one.
        if (progress.sessionId && card.sessionId === null && !get().sessionId) {
          set({ sessionId: progress.sessionId });
          void get().loadSessions();
        }
        updateJob(progress.jobId, (job) => ({
          ...job,
          sessionId: progress.sessionId ?? job.sessionId,
          stage: progress.stage,
          percent: progress.percent,
          step: progress.step,
          queuePosition: progress.queuePosition,
          copyText: job.copyText + (progress.copyDelta ?? ''),
          previews: progress.previewSha256 ? [...job.previews, progress.previewSha256] : job.previews,
          updates: job.updates + 1,
        }));
      },
      async receiveFinished(finished) {
        if (!get().jobs.some((job) => job.jobId === finished.jobId)) return;
        if (finished.status === 'done') set({ jobs: get().jobs.filter((job) => job.jobId !== finished.jobId) });
        else updateJob(finished.jobId, (job) => ({ ...job, ended: { status: finished.status as 'failed' | 'cancelled', error: finished.error } }));
        if (finished.sessionId && finished.sessionId === get().sessionId) await get().loadConversation();
        await get().loadSessions();
        // An edit asked for in the viewer: it opens on the new version (a failure stays shown there, with retry).
        const viewer = get().viewer;
        const made = finished.status === 'done' ? finished.result?.generationIds[0] : undefined;
        if (viewer?.followJobId !== finished.jobId || !made) return;
        if (get().view === 'library') await get().loadLibrary();
        if (get().viewer?.followJobId === finished.jobId) set({ viewer: { generationId: made, variantIndex: viewer.variantIndex } });
      },
    };
  };
