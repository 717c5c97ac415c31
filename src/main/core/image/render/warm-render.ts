import { rawCutoutPixels } from '../cutout/cutout-pixels';
import { planVariants } from '../variants';
import type { RenderPool } from './render-pool';

/**
 * One small ad per worker, thrown away: each worker then has its modules loaded, its faces
 * parsed and its drawing code compiled before the owner's first photo arrives (a fresh
 * worker's first ad takes several times as long as its next).
 */
export async function warmRenders(pool: RenderPool): Promise<void> {
  const side = 96;
  const product = await rawCutoutPixels(Buffer.alloc(side * side * 1.5 * 4, 200), side, side * 1.5);
  const variants = planVariants({ seed: 1, count: pool.size, style: 'semi-realistic', industry: 'cafe', season: 'spring', tone: 'friendly', wish: null });
  const texts = { headline: '봄 신메뉴 딸기 라떼', subcopy: '매일 아침 직접 만든 딸기청을 넣었어요', cta: '지금 주문하기', badge: '신메뉴', shop: '가게' };
  await Promise.all(variants.map((variant) => pool.render({ cutout: product, dominant: [[180, 120, 80]], texts, spec: { ...variant, format: '4:5' } })));
}
