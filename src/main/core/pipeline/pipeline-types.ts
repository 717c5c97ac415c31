import type { LookScorer } from '../image/ranking/ad-look';
import type { JobStage } from '../../../shared/ipc/jobs';
import type { Copywriter } from '../copy/copywriter';
import type { CutoutService } from '../image/cutout/cutout-service';
import type { RenderPool } from '../image/render/render-pool';
import type { AiBackgrounds } from '../image/ad-set';
import { type AdStyle } from '../../../shared/ad-design';
import type { CopyIndustry } from '../../../shared/ipc/copy';
import type { Db } from '../db/client';
import type { StageReporter } from '../jobs/progress';
import type { Logger } from '../log/logger';
import type { MediaLibrary } from '../media/media-library';

export interface PipelineDeps {
  db: () => Db;
  media: MediaLibrary;
  copywriter: Copywriter;
  cutouts: CutoutService;
  renders: RenderPool;
  /** AI backgrounds for this set, or undefined when no diffusion model is active. */
  aiBackgrounds: (context: { imagePrompt: string; style: AdStyle; industry: CopyIndustry }) => Promise<AiBackgrounds | undefined>;
  /** The installed image–text scorer, used in the ranking when there is one. */
  scorer?: () => LookScorer | undefined;
  logger: Logger;
  now: () => Date;
  /** Awaited as each stage begins; instrumentation for tests that hold a job in a given stage. */
  beforeStage?: (stage: JobStage, signal: AbortSignal) => Promise<void>;
}

/** What one running job gives its stages. */
export interface JobContext {
  jobId: string;
  signal: AbortSignal;
  reporter: StageReporter;
  /** Milliseconds per finished stage, saved on the generation. */
  timings: Record<string, number>;
  /** Called by ingest once the session is known, so events and the job row carry it. */
  onSession: (sessionId: string) => void;
}
