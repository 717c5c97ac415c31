import { useEffect, useState, type KeyboardEvent } from 'react';
import type { Generation } from '../../../shared/ipc/generations';
import { postChannels, postLimits, type PostChannel, type PostingPack } from '../../../shared/posting';
import { useTranslate } from '../../i18n/use-translate';
import { PanelHead } from './PanelHead';
import { appStore } from '../../stores/app';

/** How full a channel's text is against its limit: characters, or EUC-KR bytes for text messages (as the core counted them). */
function usage(pack: PostingPack, channel: PostChannel): { used: number; limit: number; unit: 'chars' | 'bytes' } {
  const chars = (text: string) => [...text].length;
  switch (channel) {
    case 'sms':
      return { used: pack.sms.bytes, limit: postLimits.sms.bytes, unit: 'bytes' };
    case 'lms':
      return { used: pack.lms.bytes, limit: postLimits.lms.bytes, unit: 'bytes' };
    case 'youtube':
      return { used: chars(pack.youtube.description), limit: postLimits.youtube.description, unit: 'chars' };
    case 'instagram':
      return { used: chars(pack.instagram.caption), limit: postLimits.instagram.caption, unit: 'chars' };
    case 'kakao':
      return { used: chars(pack.kakao.body), limit: postLimits.kakao.body, unit: 'chars' };
    case 'naver-place':
      return { used: chars(pack['naver-place'].body), limit: postLimits['naver-place'].body, unit: 'chars' };
    case 'naver-blog':
      return { used: chars(pack['naver-blog'].text), limit: postLimits['naver-blog'].body, unit: 'chars' };
  }
}

/** "게시글 만들기": a tab per channel with its text ready to copy, and how much of the channel's limit it uses. */
export function PostingPackView({ generation, onClose }: { generation: Generation; onClose: () => void }) {
  const t = useTranslate();
  const [pack, setPack] = useState<PostingPack>();
  const [channel, setChannel] = useState<PostChannel>('instagram');
  useEffect(() => {
    let live = true;
    void appStore
      .getState()
      .loadPostingPack(generation.id)
      .then((loaded) => live && setPack(loaded));
    return () => {
      live = false;
    };
  }, [generation.id]);
  // ← and → move between the tabs, as a tab list does.
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (delta === 0) return;
    event.preventDefault();
    const next = postChannels[(postChannels.indexOf(channel) + delta + postChannels.length) % postChannels.length] ?? channel;
    setChannel(next);
    document.getElementById(`post-tab-${next}`)?.focus();
  };
  const shown = pack && usage(pack, channel);
  return (
    <section className="posting" aria-labelledby="posting-title">
      <PanelHead id="posting-title" title={t('post.title')} onBack={onClose} />
      {pack?.warnings.includes('opt-out-number-missing') && <p className="posting__warning">{t('post.optOutMissing')}</p>}
      <div className="posting__tabs" role="tablist" aria-label={t('post.channels')} onKeyDown={onTabKey}>
        {postChannels.map((value) => (
          <button key={value} id={`post-tab-${value}`} type="button" role="tab" aria-selected={channel === value} aria-controls="post-panel" tabIndex={channel === value ? 0 : -1} className="chip" onClick={() => setChannel(value)}>
            {t(`post.channel.${value}`)}
          </button>
        ))}
      </div>
      {pack && shown ? (
        <div id="post-panel" role="tabpanel" aria-labelledby={`post-tab-${channel}`} className="posting__panel">
          <textarea className="posting__text" readOnly lang="ko" value={pack[channel].text} aria-label={t('post.textOf', { channel: t(`post.channel.${channel}`) })} rows={14} />
          <div className="field-row">
            <span className="muted">{t(`post.usage.${shown.unit}`, { used: shown.used, limit: shown.limit })}</span>
            <button type="button" className="button" onClick={() => void appStore.getState().copyText(pack[channel].text)}>
              {t('post.copy')}
            </button>
          </div>
        </div>
      ) : (
        <p className="muted">{t('post.loading')}</p>
      )}
    </section>
  );
}
