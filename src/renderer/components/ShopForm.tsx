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
  const [name, setName] = useState(shop?.name ?? '');
  const [industry, setIndustry] = useState<ShopCreate['industry']>(shop?.industry ?? 'cafe');
  const [region, setRegion] = useState(shop?.region ?? '');
  const [phone, setPhone] = useState(shop?.phone ?? '');
  const [hours, setHours] = useState(shop?.hours ?? '');
  const [optOutNumber, setOptOutNumber] = useState(shop?.optOutNumber ?? '');
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
    const input: ShopCreate = { name, industry, region, phone, hours, optOutNumber, tone, brandColors: colors, logoSha256: logo, typeface, defaultHashtags };
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
      <label className="field">
        <span>{t('shop.name')}</span>
        <input ref={(element) => void (inputs.current.name = element)} value={name} onChange={(e) => setName(e.target.value)} placeholder={t('shop.namePlaceholder')} required maxLength={60} {...invalid('name')} />
        {errorText('name')}
      </label>
      <label className="field">
        <span>{t('shop.industry')}</span>
        <select value={industry} onChange={(e) => setIndustry(e.target.value as ShopCreate['industry'])}>
          {industries.map((value) => (
            <option key={value} value={value}>
              {t(`industry.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('shop.region')}</span>
        <input ref={(element) => void (inputs.current.region = element)} value={region} onChange={(e) => setRegion(e.target.value)} placeholder={t('shop.regionPlaceholder')} maxLength={60} {...invalid('region')} />
        {errorText('region')}
      </label>
      <label className="field">
        <span>{t('shop.phone')}</span>
        <input ref={(element) => void (inputs.current.phone = element)} type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} placeholder={t('shop.phonePlaceholder')} maxLength={40} {...invalid('phone')} />
        {errorText('phone')}
      </label>
      <label className="field">
        <span>{t('shop.hours')}</span>
        <input ref={(element) => void (inputs.current.hours = element)} value={hours} onChange={(e) => setHours(e.target.value)} placeholder={t('shop.hoursPlaceholder')} maxLength={80} {...invalid('hours')} />
        {errorText('hours')}
      </label>
      <label className="field">
        <span>{t('shop.optOut')}</span>
        <input ref={(element) => void (inputs.current.optOutNumber = element)} type="tel" value={optOutNumber} onChange={(e) => setOptOutNumber(e.target.value)} placeholder={t('shop.optOutPlaceholder')} maxLength={20} {...invalid('optOutNumber')} />
        {errorText('optOutNumber')}
      </label>
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
        <BrandPreview name={name} color={colors[0] ?? '#c9441c'} typeface={typeface} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
