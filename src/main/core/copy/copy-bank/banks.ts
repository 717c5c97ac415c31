import type { ProductCategory } from '../../../../shared/reading';
import type { CategoryBank } from './category-bank';
import { breadBank } from './bread';
import { classBank } from './class';
import { cosmeticsBank } from './cosmetics';
import { dessertBank } from './dessert';
import { drinkBank } from './drink';
import { electronicsBank } from './electronics';
import { fashionBank } from './fashion';
import { flowersBank } from './flowers';
import { foodGiftBank } from './food-gift';
import { generalBank } from './general';
import { hairBank } from './hair';
import { livingBank } from './living';
import { mealBank } from './meal';
import { nailBank } from './nail';
import { petBank } from './pet';
import { skinBank } from './skin';
import { stayBank } from './stay';
import { toysBank } from './toys';

const categoryBanks: Record<ProductCategory, CategoryBank> = {
  drink: drinkBank,
  dessert: dessertBank,
  bread: breadBank,
  meal: mealBank,
  hair: hairBank,
  nail: nailBank,
  skin: skinBank,
  cosmetics: cosmeticsBank,
  fashion: fashionBank,
  living: livingBank,
  flowers: flowersBank,
  'food-gift': foodGiftBank,
  electronics: electronicsBank,
  stay: stayBank,
  toys: toysBank,
  pet: petBank,
  class: classBank,
};

/** The lines for a category; a request whose kind is unknown gets lines that fit any shop. */
export const bankFor = (category: ProductCategory | null): { id: string; bank: CategoryBank } =>
  category ? { id: category, bank: categoryBanks[category] } : { id: 'general', bank: generalBank };
