import { useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { platforms } from '../../../shared/ipc/copy';
import { adStyles } from '../../../shared/ad-design';
import { Icon } from '../common/Icon';
import { FeatureBundle } from '../FeatureBundle';
import { useTranslate } from '../../i18n/use-translate';
import { mediaUrl } from '../../media-url';
import { appSelectors, appStore, useApp } from '../../stores/app';
import type { AdStyleChoice } from '../../stores/app/chat-slice';

/** The request box's id: the sidebar's 새 대화 moves the focus here. */
export const composerInputId = 'composer-input';

/** What the owner writes: text, photos (drop anywhere, paste, pick), and a few options. */
export function Composer() {
  const t = useTranslate();
  const attachments = useApp(appSelectors.attachments);
  const importing = useApp(appSelectors.importing);
  const options = useApp(appSelectors.options);
  const diffusionReady = useApp(appSelectors.installed).some((m) => m.role === 'diffusion' && m.active);
  const [offerOpen, setOfferOpen] = useState(false);
  const text = useApp(appSelectors.draft);
  const setText = appStore.getState().setDraft;
  const picker = useRef<HTMLInputElement>(null);
  const store = appStore.getState();

  const send = async () => {
    if (!text.trim() || importing > 0) return;
    if (await store.send(text.trim())) setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Korean input composes syllables: Enter that ends a composition must not send.
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send();
    }
  };
  const onPaste = (event: ClipboardEvent) => {
    const files = [...event.clipboardData.files];
    if (files.length > 0) {
      event.preventDefault();
      void store.attachFiles(files);
    }
  };

  return (
    <form
      className="composer"
      aria-label={t('composer.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      {(attachments.length > 0 || importing > 0) && (
        <ul className="composer__photos" aria-label={t('composer.photos')}>
          {attachments.map((media) => (
            <li key={media.sha256} className="composer__photo">
              <img src={mediaUrl(media.sha256, 256)} alt={t('composer.photoAlt')} width={72} height={72} />
              <button type="button" className="icon-button composer__remove" aria-label={t('composer.removePhoto')} onClick={() => store.removeAttachment(media.sha256)}>
                <Icon name="close" />
              </button>
            </li>
          ))}
          {importing > 0 && <li className="composer__photo composer__photo--loading">{t('composer.importing')}</li>}
        </ul>
      )}
      <div className="composer__row">
        {/* A real button: a label around a hidden file input took the focus without a ring and ignored Enter. */}
        <button type="button" className="button button--quiet composer__attach" onClick={() => picker.current?.click()}>
          {t('composer.attach')}
        </button>
        <input
          ref={picker}
          type="file"
          accept="image/*"
          multiple
          tabIndex={-1}
          aria-hidden="true"
          className="visually-hidden"
          onChange={(e) => {
            void store.attachFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
        <textarea
          id={composerInputId}
          className="composer__input"
          rows={2}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          aria-label={t('composer.label')}
          placeholder={t('composer.placeholder')}
          maxLength={2000}
        />
        <button type="submit" className="button composer__send" disabled={!text.trim() || importing > 0}>
          {t('composer.send')}
        </button>
      </div>
      <div className="composer__options">
        <label className="chip-select">
          <span>{t('composer.platform')}</span>
          <select value={options.platform ?? ''} onChange={(e) => store.setOptions({ platform: platforms.find((value) => value === e.target.value) ?? null })}>
            <option value="">{t('platform.fromRequest')}</option>
            {platforms.map((value) => (
              <option key={value} value={value}>
                {t(`platform.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="chip-select">
          <span>{t('composer.style')}</span>
          <select value={options.style} onChange={(e) => store.setOptions({ style: e.target.value as AdStyleChoice })}>
            {adStyles.map((value) => (
              <option key={value} value={value}>
                {t(`style.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="chip-select">
          <span>{t('composer.variants')}</span>
          <select value={options.variants} onChange={(e) => store.setOptions({ variants: Number(e.target.value) })}>
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        {diffusionReady ? (
          <button type="button" className="chip" aria-pressed={options.aiBackground} onClick={() => store.setOptions({ aiBackground: !options.aiBackground })}>
            {t('composer.aiBackground')}
          </button>
        ) : (
          // Nothing installed: the chip offers the models it needs, in one download.
          <button type="button" className="chip chip--disabled" title={t('composer.aiBackgroundHint')} aria-expanded={offerOpen} aria-controls="ai-background-offer" onClick={() => setOfferOpen(!offerOpen)}>
            {t('composer.aiBackground')}
          </button>
        )}
      </div>
      {!diffusionReady && offerOpen && (
        <div id="ai-background-offer" className="composer__offer">
          <FeatureBundle feature="ai-background" />
        </div>
      )}
    </form>
  );
}
