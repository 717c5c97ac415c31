import { useEffect, useState } from 'react';
import { editableTextRoles, isEditableTextRole, type AdTextRole, type EditableTextRole, type TextMove, type TextMoves } from '../../../shared/ad-design';
import type { AdFormatName, Generation } from '../../../shared/ipc/generations';
import { contentLang } from '../../i18n/content-lang';
import { useTranslate } from '../../i18n/use-translate';
import { appSelectors, appStore, useApp } from '../../stores/app';
import { LiveTemplate } from './LiveTemplate';

type Texts = Partial<Record<EditableTextRole, string>>;

/** The text each editable block shows now (the variant's own text where it has one). */
/** Moves that put no block anywhere else are no moves: a block dragged back is as designed. */
const realMoves = (moves: TextMoves): TextMoves => Object.fromEntries(Object.entries(moves).filter(([, move]) => move.dx !== 0 || move.dy !== 0));
const sameMoves = (a: TextMoves, b: TextMoves): boolean => editableTextRoles.every((role) => (a[role]?.dx ?? 0) === (b[role]?.dx ?? 0) && (a[role]?.dy ?? 0) === (b[role]?.dy ?? 0));

const textsOf = (blocks: readonly { role: AdTextRole; text: string }[]): Texts =>
  Object.fromEntries(blocks.filter((block) => isEditableTextRole(block.role)).map((block) => [block.role, block.text]));

function HashtagList({ tags, onChange }: { tags: string[]; onChange: (tags: string[]) => void }) {
  const t = useTranslate();
  const [draft, setDraft] = useState('');
  const add = () => {
    const words = draft.split(/[\s,]+/).map((word) => word.replace(/^#+/, '')).filter(Boolean);
    if (words.length > 0) onChange([...tags, ...words.filter((word) => !tags.includes(word))].slice(0, 30));
    setDraft('');
  };
  return (
    <fieldset className="field hashtags">
      <legend>{t('viewer.hashtags')}</legend>
      <ul className="hashtags__list">
        {tags.map((tag) => (
          <li key={tag} className="hashtags__tag" lang={contentLang(tag)}>
            #{tag}
            <button type="button" className="icon-button icon-button--small" aria-label={t('viewer.removeTag', { tag })} onClick={() => onChange(tags.filter((other) => other !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="hashtags__add">
        <input
          value={draft}
          aria-label={t('viewer.newTag')}
          placeholder={t('viewer.newTagPlaceholder')}
          maxLength={41}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            add();
          }}
        />
        <button type="button" className="button button--quiet" onClick={add}>
          {t('viewer.addTag')}
        </button>
      </div>
    </fieldset>
  );
}

/**
 * Text edited on the design itself (or in the fields beside it), for this variant or all of
 * them, with the hashtags posted with it. Saving draws the ad again in the renderer and the viewer
 * moves to that new version.
 */
export function TextEditor({ generation, variantIndex, format, onDone }: { generation: Generation; variantIndex: number; format: AdFormatName; onDone: () => void }) {
  const t = useTranslate();
  const template = useApp(appSelectors.template);
  // Untouched, the fields show what the design shows; the first keystroke makes them the owner's.
  const [edited, setEdited] = useState<Texts | undefined>();
  const [hashtags, setHashtags] = useState<string[]>(generation.outputCopy?.hashtags ?? []);
  const [scope, setScope] = useState<'one' | 'all'>('one');
  const [saving, setSaving] = useState(false);
  const variant = generation.outputCopy?.variants?.[variantIndex];
  const designedScale = variant?.textScale ?? 1;
  const [scale, setScale] = useState(designedScale);
  const resized = Math.abs(scale - designedScale) > 0.001;
  // Where the blocks stand in this format: as saved, as dragged, and as the template shown was drawn.
  const [savedMoves] = useState<TextMoves>(variant?.moves?.[format] ?? {});
  const [moves, setMoves] = useState<TextMoves>(savedMoves);
  const [drawnMoves, setDrawnMoves] = useState<TextMoves>(savedMoves);
  const moved = !sameMoves(moves, savedMoves);
  useEffect(() => {
    // The slider and the drag settle before the renderer draws the design again.
    const preview = resized || moved ? { textScale: resized ? scale : undefined, moves: moved ? moves : undefined } : undefined;
    const timer = setTimeout(() => {
      void appStore
        .getState()
        .loadTemplate(generation.id, variantIndex, format, preview)
        .then((template) => template && setDrawnMoves(moves));
    }, preview ? 250 : 0);
    return () => clearTimeout(timer);
  }, [generation.id, variantIndex, format, scale, resized, moves, moved]);
  const texts = edited ?? (template ? textsOf(template.blocks) : undefined);
  const setText = (role: EditableTextRole, text: string) => setEdited({ ...texts, [role]: text });
  const moveBlock = (role: EditableTextRole, move: TextMove) => setMoves((before) => ({ ...before, [role]: move }));
  const roles = editableTextRoles.filter((role) => template?.blocks.some((block) => block.role === role));

  return (
    <div className="viewer__edit">
      <div className="viewer__stage">
        {template && texts ? <LiveTemplate template={template} texts={texts} onText={setText} moving={{ moves, drawnMoves, onMove: moveBlock }} /> : <p className="muted">{t('viewer.preparing')}</p>}
        <p className="muted">{t('viewer.editHint')}</p>
      </div>
      <form
        className="viewer__panel"
        onSubmit={(e) => {
          e.preventDefault();
          if (!texts) return;
          setSaving(true);
          void appStore
            .getState()
            .saveText(generation.id, {
              texts,
              variant: scope === 'one' ? variantIndex : 'all',
              hashtags,
              textScale: resized ? scale : undefined,
              // Moves belong to the variant shown, in the format shown, whichever variants the text goes to.
              moved: moved ? { variantIndex, format, moves: realMoves(moves) } : undefined,
            })
            .then((child) => {
              setSaving(false);
              if (child) onDone();
            });
        }}
      >
        <h3>{t('viewer.editTitle')}</h3>
        {roles.map((role) => (
          <label key={role} className="field">
            <span>{t(`viewer.role.${role}`)}</span>
            <textarea rows={role === 'subcopy' ? 3 : 2} lang={contentLang(texts?.[role] ?? '')} value={texts?.[role] ?? ''} onChange={(e) => setText(role, e.target.value)} />
          </label>
        ))}
        <label className="field">
          <span>{t('viewer.textSize', { n: Math.round(scale * 100) })}</span>
          <input type="range" min={60} max={160} step={5} value={Math.round(scale * 100)} onChange={(e) => setScale(Number(e.target.value) / 100)} />
        </label>
        {Object.keys(realMoves(moves)).length > 0 && (
          <button type="button" className="button button--quiet" onClick={() => setMoves({})}>
            {t('viewer.resetMoves')}
          </button>
        )}
        <HashtagList tags={hashtags} onChange={setHashtags} />
        <fieldset className="field">
          <legend>{t('viewer.scope')}</legend>
          <div className="segmented">
            {(['one', 'all'] as const).map((value) => (
              <label key={value} className="segmented__option">
                <input type="radio" name="text-scope" checked={scope === value} onChange={() => setScope(value)} />
                <span>{t(value === 'one' ? 'viewer.scope.one' : 'viewer.scope.all', { n: variantIndex + 1 })}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button" disabled={saving || !texts}>
            {t(saving ? 'viewer.saving' : 'viewer.saveText')}
          </button>
          <button type="button" className="button button--quiet" onClick={onDone}>
            {t('viewer.cancelEdit')}
          </button>
        </div>
      </form>
    </div>
  );
}
