import { useRef, useState, type FormEvent } from 'react';
import { typeVoiceFamilies, typeVoices, type TypeVoice } from '../../shared/ad-design';
import { contrastRatio, hexToRgb } from '../../shared/color';
import { industries, shopCreateSchema, type Shop, type ShopCreate } from '../../shared/ipc/shops';
import type { MessageKey } from '../i18n/ko';
import type { Tone } from '../../shared/reading';
import { fileToBase64 } from '../file-base64';
import { Icon } from './common/Icon';
import { contentLang } from '../i18n/content-lang';
import { useTranslate } from '../i18n/use-translate';
import { mediaUrl } from '../media-url';
import { appStore } from '../stores/app';
import { client } from '../transport/client';
import { CodeSelect } from './common/CodeSelect';
import { DropZone } from './common/DropZone';
import { cssFamily } from './studio/LiveTemplate';

/** The stored tone stays in the owner's words, which the copy reader understands; the label is worded per language. */
const tones = [
  { value: '친근하게', code: 'friendly' },
  { value: '고급스럽게', code: 'premium' },
  { value: '재미있게', code: 'playful' },
  { value: '차분하게', code: 'calm' },
] as const satisfies readonly { value: string; code: Tone }[];

/** The fields the owner types freely, each with the sentence that says what to fix. */
const checkedFields = { name: 'shop.error.name', region: 'shop.error.region', phone: 'shop.error.phone', hours: 'shop.error.hours', optOutNumber: 'shop.error.optOut', defaultHashtags: 'shop.error.hashtags' } as const satisfies Partial<Record<keyof ShopCreate, MessageKey>>;
type CheckedField = keyof typeof checkedFields;
const isChecked = (field: PropertyKey | undefined): field is CheckedField => typeof field === 'string' && field in checkedFields;

interface TextSpec {
  label: MessageKey;
  placeholder: MessageKey;
  maxLength: number;
  type?: 'tel';
  required?: true;
}
/** The one-line fields, each with its words and the length the schema allows. */
const textFields = {
  name: { label: 'shop.name', placeholder: 'shop.namePlaceholder', maxLength: 60, required: true },
  region: { label: 'shop.region', placeholder: 'shop.regionPlaceholder', maxLength: 60 },
  phone: { label: 'shop.phone', placeholder: 'shop.phonePlaceholder', maxLength: 40, type: 'tel' },
  hours: { label: 'shop.hours', placeholder: 'shop.hoursPlaceholder', maxLength: 80 },
  optOutNumber: { label: 'shop.optOut', placeholder: 'shop.optOutPlaceholder', maxLength: 20, type: 'tel' },
} as const satisfies Partial<Record<CheckedField, TextSpec>>;
type TextField = keyof typeof textFields;

/** The owner's input checked by the same schema the core applies: each failing field, in the form's order. */
export function fieldErrors(input: ShopCreate): CheckedField[] {
  const parsed = shopCreateSchema.safeParse(input);
  if (parsed.success) return [];
  const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]).filter(isChecked));
  return (Object.keys(checkedFields) as CheckedField[]).filter((field) => fields.has(field));
}

/** A small banner in the shop's colour and typeface, so the owner sees what the choices do. */
function BrandPreview({ name, color, typeface }: { name: string; color: string; typeface: TypeVoice | null }) {
  const t = useTranslate();
  return (
    <div className="brand-preview" aria-label={t('shop.preview')} role="img" style={{ background: color, color: contrastText(color) }}>
      <strong lang={contentLang(name)} style={{ fontFamily: cssFamily[typeVoiceFamilies[typeface ?? 'sans']] }}>
        {name.trim() || t('shop.namePlaceholder')}
      </strong>
      <span>{t('shop.previewLine')}</span>
    </div>
  );
}

/** Black or white, whichever reads better on the colour (WCAG contrast). */
function contrastText(hex: string): string {
  const rgb = hexToRgb(hex);
  return contrastRatio(rgb, [26, 26, 26]) >= contrastRatio(rgb, [255, 255, 255]) ? '#1a1a1a' : '#ffffff';
}

interface ShopFormProps {
  shop?: Shop;
  submitLabel: string;
  onSubmit: (input: ShopCreate) => Promise<boolean>;
}

/** The shop profile: first run and settings use the same form. */
export function ShopForm({ shop, submitLabel, onSubmit }: ShopFormProps) {
  const t = useTranslate();
  const [texts, setTexts] = useState<Record<TextField, string>>({ name: shop?.name ?? '', region: shop?.region ?? '', phone: shop?.phone ?? '', hours: shop?.hours ?? '', optOutNumber: shop?.optOutNumber ?? '' });
  const [industry, setIndustry] = useState<ShopCreate['industry']>(shop?.industry ?? 'cafe');
  const [tone, setTone] = useState<string>(shop?.tone || tones[0].value);
  const [colors, setColors] = useState<string[]>(shop?.brandColors.length ? shop.brandColors : ['#c9441c']);
  const [logo, setLogo] = useState<string | null>(shop?.logoSha256 ?? null);
  const [typeface, setTypeface] = useState<TypeVoice | null>(shop?.typeface ?? null);
  const [hashtags, setHashtags] = useState((shop?.defaultHashtags ?? []).map((tag) => `#${tag}`).join(' '));
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<CheckedField[]>([]);
  const inputs = useRef<Partial<Record<CheckedField, HTMLInputElement | null>>>({});
  const invalid = (field: CheckedField) =>
    errors.includes(field) ? { 'aria-invalid': true, 'aria-describedby': `shop-error-${field}` } : {};
  const errorText = (field: CheckedField) =>
    errors.includes(field) && (
      // Outside the label's name (it wraps the field), read as the field's description instead.
      <small id={`shop-error-${field}`} className="field__error" aria-hidden="true">
        {t(checkedFields[field])}
      </small>
    );
  const textField = (field: TextField) => {
    const spec: TextSpec = textFields[field];
    return (
      <label key={field} className="field">
        <span>{t(spec.label)}</span>
        <input ref={(element) => void (inputs.current[field] = element)} type={spec.type} value={texts[field]} onChange={(e) => setTexts((now) => ({ ...now, [field]: e.target.value }))} placeholder={t(spec.placeholder)} required={spec.required} maxLength={spec.maxLength} {...invalid(field)} />
        {errorText(field)}
      </label>
    );
  };

  const dropLogo = async (files: File[]) => {
    const file = files[0];
    if (!file) return;
    try {
      const { items } = await client.invoke('media.import', { source: { kind: 'bytes', name: file.name, base64: await fileToBase64(file) } });
      const item = items[0];
      if (item?.ok) setLogo(item.media.sha256);
      else if (item) appStore.setState({ notice: item.error });
    } catch (error) {
      appStore.setState({ notice: { code: 'INTERNAL', message: String(error), userMessage: t('shop.logoFailed'), worded: true } });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const defaultHashtags = hashtags.split(/[\s,]+/).map((tag) => tag.replace(/^#+/, '')).filter(Boolean);
    const input: ShopCreate = { ...texts, industry, tone, brandColors: colors, logoSha256: logo, typeface, defaultHashtags };
    const failing = fieldErrors(input);
    setErrors(failing);
    // Said beside the field, with the cursor in it: a banner away from the form made the owner search.
    if (failing[0]) return inputs.current[failing[0]]?.focus();
    setBusy(true);
    await onSubmit(input);
    setBusy(false);
  };

  return (
    <form className="shop-form" onSubmit={(e) => void submit(e)} noValidate>
      {textField('name')}
      <CodeSelect label={t('shop.industry')} codes={industries} value={industry} onChange={setIndustry} word={(code) => t(`industry.${code}`)} />
      {(['region', 'phone', 'hours', 'optOutNumber'] as const).map(textField)}
      <label className="field">
        <span>{t('shop.tone')}</span>
        <select value={tone} onChange={(e) => setTone(e.target.value)}>
          {tones.map(({ value, code }) => (
            <option key={value} value={value}>
              {t(`tone.${code}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="field field--wide">
        <legend>{t('shop.colors')}</legend>
        <div className="swatches">
          {colors.map((color, index) => (
            <span key={index} className="swatch">
              <input type="color" value={color} aria-label={t('shop.colorN', { n: index + 1 })} onChange={(e) => setColors(colors.map((c, i) => (i === index ? e.target.value : c)))} />
              {colors.length > 1 && (
                <button type="button" className="icon-button" aria-label={t('shop.removeColorN', { n: index + 1 })} onClick={() => setColors(colors.filter((_, i) => i !== index))}>
                  <Icon name="close" />
                </button>
              )}
            </span>
          ))}
          {colors.length < 6 && (
            <button type="button" className="button button--quiet" onClick={() => setColors([...colors, '#2f6f5e'])}>
              {t('shop.addColor')}
            </button>
          )}
        </div>
      </fieldset>
      <div className="field field--wide">
        <span className="field__label">{t('shop.logo')}</span>
        <DropZone label={t('shop.logoDrop')} onFiles={(files) => void dropLogo(files)}>
          {logo ? <img className="logo-preview" src={mediaUrl(logo, 256)} alt={t('shop.logoAlt')} /> : <span>{t('shop.logoDrop')}</span>}
        </DropZone>
      </div>
      <fieldset className="field field--wide">
        <legend>{t('shop.typeface')}</legend>
        <div className="typefaces" role="radiogroup" aria-label={t('shop.typeface')}>
          {[null, ...typeVoices].map((voice) => (
            <label key={voice ?? 'auto'} className="typeface" style={voice ? { fontFamily: cssFamily[typeVoiceFamilies[voice]], fontSize: voice === 'hand' ? '1.4rem' : undefined } : undefined}>
              <input type="radio" name="typeface" checked={typeface === voice} onChange={() => setTypeface(voice)} />
              <span>{voice ? t(`typeface.${voice}`) : t('shop.typefaceAuto')}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="field field--wide">
        <span>{t('shop.hashtags')}</span>
        <input ref={(element) => void (inputs.current.defaultHashtags = element)} value={hashtags} onChange={(e) => setHashtags(e.target.value)} placeholder={t('shop.hashtagsPlaceholder')} {...invalid('defaultHashtags')} />
        {errorText('defaultHashtags')}
      </label>
      <div className="field field--wide">
        <span className="field__label">{t('shop.preview')}</span>
        <BrandPreview name={texts.name} color={colors[0] ?? '#c9441c'} typeface={typeface} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
