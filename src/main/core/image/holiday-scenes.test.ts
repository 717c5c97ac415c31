import { describe, expect, it } from 'vitest';
import { readAs } from '../testing/read-as';
import { planVariants } from './variants';

/** The set a bakery's request plans, read from the owner's words as the pipeline reads them. */
const plan = (text: string, holidayRead = true) => {
  const reading = readAs(text, 'bakery');
  return planVariants({ seed: 7, count: 4, style: 'semi-realistic', industry: 'bakery', season: reading.season, tone: 'friendly', wish: reading.style.backdrop, holiday: holidayRead ? reading.holiday : null });
};

describe('the holiday scene the owner names', () => {
  it.each([
    ['크리스마스 케이크 예약 받아요', 'christmas'],
    ['추석 선물세트 10% 할인', 'chuseok'],
    ['설 선물로 좋은 한과 세트', 'seollal'],
  ] as const)('"%s" opens the set with the %s scene and leaves the other variants as planned', (text, scene) => {
    const variants = plan(text);
    const usual = plan(text, false);
    expect(variants[0]?.backdrop).toBe(scene);
    expect(variants.slice(1)).toEqual(usual.slice(1));
    expect({ ...variants[0], backdrop: undefined }).toEqual({ ...usual[0], backdrop: undefined });
  });

  it('gives way to a backdrop wish: "흰 배경" keeps every variant white', () => {
    const text = '크리스마스 케이크 예약 받아요, 흰 배경으로 깔끔하게';
    expect(readAs(text, 'bakery')).toMatchObject({ holiday: 'christmas', style: { backdrop: 'white' } });
    const variants = plan(text);
    expect(variants.map((variant) => variant.backdrop)).not.toContain('christmas');
    expect(variants.every((variant) => variant.whitePalette === true && ['studio-white', 'paper-sweep'].includes(variant.backdrop))).toBe(true);
  });

  it('brings no holiday scene to a request that names none', () => {
    const scenes = ['설탕 없는 수제 잼', '새해 첫 신메뉴 딸기 라떼'].flatMap((text) => plan(text).map((variant) => variant.backdrop));
    expect(scenes.filter((scene) => ['christmas', 'chuseok', 'seollal'].includes(scene))).toEqual([]);
  });
});
