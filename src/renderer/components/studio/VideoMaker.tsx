import { useState } from 'react';
import type { Generation } from '../../../shared/ipc/generations';
import { postChannels, type PostChannel } from '../../../shared/posting';
import { motionTemplates, musicMoods, videoFormats, videoSecondsRange, type MotionTemplate, type MusicChoice, type VideoFormat } from '../../../shared/video';
import { useTranslate } from '../../i18n/use-translate';
import { downloadMedia, mediaUrl } from '../../media-url';
import { errorText } from '../../i18n/core-words';
import { PanelHead } from './PanelHead';
import { appSelectors, appStore, useApp } from '../../stores/app';
import { CodeSelect } from '../common/CodeSelect';

/** The music list: the built-in moods, then the owner's file, then silence. */
const musicPicks = [...musicMoods, 'file', 'none'] as const;
type MusicPick = (typeof musicPicks)[number];

/** The owner's music file: picked in a native dialog in the desktop window, typed in the browser (a page cannot learn a file's location). */
function MusicFile({ path, onPath }: { path: string; onPath: (path: string) => void }) {
  const t = useTranslate();
  const bridge = window.adstudio;
  if (bridge) {
    return (
      <div className="field-row">
        <button type="button" className="button button--quiet" onClick={() => void bridge.choosePath({ kind: 'file', title: t('video.musicPick') }).then((picked) => picked && onPath(picked))}>
          {t('video.musicPick')}
        </button>
        {path && <span className="muted">{path}</span>}
      </div>
    );
  }
  return (
    <label className="field">
      <span>{t('video.musicPath')}</span>
      <input value={path} onChange={(e) => onPath(e.target.value)} placeholder={t('video.musicPathPlaceholder')} />
    </label>
  );
}

function musicChoice(pick: MusicPick, path: string): MusicChoice {
  if (pick === 'none') return { kind: 'none' };
  if (pick === 'file') return { kind: 'file', path: path.trim() };
  return { kind: 'builtin', mood: pick };
}

/** The finished video: played in the window, downloaded, or put in a folder per channel for uploading by hand. */
export function MadeVideo({ video }: { video: Generation }) {
  const t = useTranslate();
  const [channel, setChannel] = useState<PostChannel>('youtube');
  const output = video.outputs[0];
  const record = video.outputCopy?.video;
  if (!output || !record) return null;
  const fileName = `adstudio-${record.format.replace(':', 'x')}-${Math.round(record.durationMs / 1000)}s.mp4`;
  return (
    <div className="video-made">
      <video className="video-made__player" controls preload="metadata" src={mediaUrl(output.sha256)} poster={output.posterSha256 ? mediaUrl(output.posterSha256, 1024) : undefined} aria-label={t('video.player')} />
      <div className="form-actions">
        <button type="button" className="button" onClick={() => downloadMedia(output.sha256, fileName)}>
          {t('video.download')}
        </button>
      </div>
      <div className="field-row">
        <CodeSelect label={t('video.uploadChannel')} codes={postChannels} value={channel} onChange={setChannel} word={(code) => t(`post.channel.${code}`)} />
        <button type="button" className="button button--quiet" onClick={() => void appStore.getState().exportForUpload(video.id, channel)}>
          {t('video.uploadFolder')}
        </button>
      </div>
    </div>
  );
}

/** "영상 만들기": a template, a size, a length and music, then live progress, the player and the download. */
export function VideoMaker({ generation, variantIndex, onClose }: { generation: Generation; variantIndex: number; onClose: () => void }) {
  const t = useTranslate();
  const [template, setTemplate] = useState<MotionTemplate>('reveal');
  const [format, setFormat] = useState<VideoFormat>('9:16');
  const [seconds, setSeconds] = useState<number>(videoSecondsRange.default);
  const [music, setMusic] = useState<MusicPick>('bright');
  const [path, setPath] = useState('');
  const [taskId, setTaskId] = useState<string>();
  const task = useApp((state) => (taskId ? state.videoTasks[taskId] : undefined));
  const language = useApp(appSelectors.language);
  const running = task?.status === 'running';
  const start = async () => {
    const started = await appStore.getState().startVideo({ generationId: generation.id, variantIndex, format, seconds, template, music: musicChoice(music, path) });
    setTaskId(started?.taskId);
  };
  return (
    <section className="video-maker" aria-labelledby="video-title">
      <PanelHead id="video-title" title={t('video.title')} onBack={onClose} />
      <div className="video-maker__form">
        <fieldset className="video-maker__templates" disabled={running}>
          <legend>{t('video.template')}</legend>
          {motionTemplates.map((value) => (
            <label key={value} className="choice">
              <input type="radio" name="video-template" value={value} checked={template === value} onChange={() => setTemplate(value)} />
              <span>
                <strong>{t(`video.template.${value}`)}</strong>
                <span className="muted">{t(`video.template.${value}.hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="field-row" disabled={running}>
          <CodeSelect label={t('video.format')} codes={videoFormats} value={format} onChange={setFormat} word={(code) => t(`format.${code}`)} />
          <label className="field">
            <span>{t('video.seconds', { n: seconds })}</span>
            <input type="range" min={videoSecondsRange.min} max={videoSecondsRange.max} value={seconds} onChange={(e) => setSeconds(Number(e.target.value))} />
          </label>
          <CodeSelect label={t('video.music')} codes={musicPicks} value={music} onChange={setMusic} word={(code) => t(`video.music.${code}`)} />
        </fieldset>
        {music === 'file' && <MusicFile path={path} onPath={setPath} />}
        <div className="form-actions">
          {running ? (
            <button type="button" className="button button--quiet" onClick={() => task && void appStore.getState().cancelVideo(task.taskId)}>
              {t('video.cancel')}
            </button>
          ) : (
            <button type="button" className="button" disabled={music === 'file' && !path.trim()} onClick={() => void start()}>
              {t('video.make')}
            </button>
          )}
        </div>
      </div>
      {task && (
        <div className="video-maker__status" aria-live="polite">
          {running && (
            <>
              <p>{t(`video.step.${task.step}`, { n: Math.round(task.percent) })}</p>
              <div className="progress" role="progressbar" aria-label={t('video.progress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(task.percent)}>
                <div className="progress__bar" style={{ width: `${task.percent}%` }} />
              </div>
            </>
          )}
          {task.status === 'failed' && task.error && (
            <p className="video-maker__error" role="alert">
              {errorText(t, language, task.error)}
            </p>
          )}
          {task.status === 'cancelled' && <p className="muted">{t('video.cancelled')}</p>}
          {task.status === 'done' && task.video && <MadeVideo video={task.video} />}
        </div>
      )}
    </section>
  );
}
