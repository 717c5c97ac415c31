import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

/** The studio window, reached through roles and visible names only. */
export class StudioPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get health(): Locator {
    return this.page.locator('.health');
  }

  get systemPanel(): Locator {
    return this.page.getByRole('region', { name: '이 컴퓨터' });
  }

  get settingsPanel(): Locator {
    return this.page.getByRole('region', { name: '설정' });
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  get composer(): Locator {
    return this.page.getByRole('textbox', { name: '요청 내용' });
  }

  get conversation(): Locator {
    return this.page.getByRole('log', { name: '대화 내용' });
  }

  get viewer(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The value shown beside a label in the "이 컴퓨터" list. */
  fact(label: string): Locator {
    return this.systemPanel.getByRole('term').filter({ hasText: label }).locator('xpath=following-sibling::dd[1]');
  }

  async createShop(name = '달빛카페'): Promise<void> {
    await test.step(`create the shop ${name}`, async () => {
      await this.page.getByLabel('가게 이름').fill(name);
      await this.page.getByLabel('업종').selectOption({ label: '카페' });
      await this.page.getByLabel('지역').fill('서울 마포구');
      await this.page.getByRole('button', { name: '가게 만들고 시작하기' }).click();
      await expect(this.page.getByRole('navigation', { name: '주 메뉴' })).toBeVisible();
    });
  }

  async go(menu: '광고 만들기' | '보관함' | 'AI 모델' | '설정'): Promise<void> {
    await this.page.getByRole('navigation', { name: '주 메뉴' }).getByRole('button', { name: menu }).click();
  }

  /** A real drag-and-drop: dragenter, dragover and drop events carrying the file itself. */
  async dropPhoto(path: string, target: Locator = this.conversation, attached = '첨부한 사진'): Promise<void> {
    await test.step(`drop ${basename(path)}`, async () => {
      const transfer = await this.page.evaluateHandle(
        ({ base64, name }) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const data = new DataTransfer();
          data.items.add(new File([bytes], name, { type: name.endsWith('.png') ? 'image/png' : 'image/jpeg' }));
          return data;
        },
        { base64: readFileSync(path).toString('base64'), name: basename(path) },
      );
      for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer: transfer });
      await expect(this.page.getByRole('list', { name: attached }).getByRole('img')).toHaveCount(1, { timeout: 30_000 });
    });
  }

  async saveIdleUnloadMinutes(value: string): Promise<void> {
    await test.step(`save idle unload minutes "${value}"`, async () => {
      await this.settingsPanel.getByLabel('모델 자동 해제 (분)').fill(value);
      await this.settingsPanel.getByRole('button', { name: '저장' }).click();
    });
  }

  async chooseLanguage(label: string): Promise<void> {
    await test.step(`choose language ${label}`, async () => {
      await this.settingsPanel.getByLabel('언어').selectOption({ label });
    });
  }

  /** A screenshot kept with the test's results, to be looked at. */
  async shot(name: string): Promise<void> {
    await this.page.screenshot({ path: test.info().outputPath(`${name}.png`) });
  }

  /** axe-core over the current screen: nothing serious or critical. */
  async expectAccessible(screen: string): Promise<void> {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  }

  /** Nothing covers the element at its centre: not a modal dialog, not its backdrop. */
  /**
   * The open text editor shows the ad at its true shape (width / height = `aspect`), and every
   * text block on it lies inside the design and in the window, editable where it stands.
   */
  async expectEditorTrue(aspect?: number): Promise<void> {
    const design = this.viewer.locator('.live');
    await expect(design).toBeVisible({ timeout: 30_000 });
    const plate = design.locator('.live__plate');
    await expect(plate).toHaveJSProperty('complete', true);
    const drawn = await plate.evaluate((image: HTMLImageElement) => image.naturalWidth / image.naturalHeight);
    if (aspect !== undefined) expect(drawn).toBeCloseTo(aspect, 2);
    const box = await design.boundingBox();
    expect((box?.width ?? 0) / (box?.height ?? 1)).toBeCloseTo(drawn, 2);
    const blocks = this.viewer.getByRole('textbox', { name: /^광고 위 / });
    // A headline-only design (minimal-caption) has one block; the others have three or four, each checked below.
    await expect(blocks.first()).toBeVisible();
    for (const block of await blocks.all()) {
      await expect(block).toBeInViewport();
      await expect(block).not.toBeEmpty();
      const at = await block.boundingBox();
      expect(at && box && at.y >= box.y - 1 && at.y + at.height <= box.y + box.height + 1 && at.x >= box.x - 1 && at.x + at.width <= box.x + box.width + 1).toBe(true);
      await expect(block).toHaveAttribute('contenteditable', 'plaintext-only');
    }
  }

  /** Where a block stands on the design, as shares of the design's width and height. */
  async blockAt(role: string): Promise<{ x: number; y: number }> {
    return this.viewer.locator(`.live__block[data-role="${role}"]`).evaluate((block) => {
      const design = (block.closest('.live') as HTMLElement).getBoundingClientRect();
      const at = block.getBoundingClientRect();
      return { x: (at.left - design.left) / design.width, y: (at.top - design.top) / design.height };
    });
  }

  /** Drags a block's move handle by a share of the design's height, towards the design's middle; the share actually asked for comes back signed. */
  async dragBlock(role: string, roleName: string, share: number): Promise<number> {
    const handle = this.viewer.getByRole('button', { name: `${roleName} 옮기기` });
    const [at, design] = await Promise.all([handle.boundingBox(), this.viewer.locator('.live').boundingBox()]);
    if (!at || !design) throw new Error(`No handle for ${role}`);
    const signed = (await this.blockAt(role)).y < 0.5 ? share : -share;
    const x = at.x + at.width / 2;
    const y = at.y + at.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x, y + signed * design.height, { steps: 8 });
    await this.page.mouse.up();
    return signed;
  }

  /** The viewer dialog does not scroll, and each named button is in the window and not covered. */
  async expectViewerFits(buttons: string[]): Promise<void> {
    const dialog = await this.viewer.evaluate((element) => ({ scroll: element.scrollHeight, client: element.clientHeight }));
    expect(dialog.scroll, 'the viewer dialog scrolls').toBeLessThanOrEqual(dialog.client + 1);
    for (const name of buttons) {
      const button = this.viewer.getByRole('button', { name, exact: true });
      await expect(button).toBeInViewport({ ratio: 1 });
      await this.expectOnTop(button);
    }
  }

  /**
   * No Hangul in what the interface says (text, labels, alt and placeholder text) outside
   * elements marked lang="ko": the owner's and the ads' own words. A label that names such words
   * quotes them ('Rename "여름 신메뉴"'): the quoted part is theirs.
   */
  async expectNoKoreanInInterface(screen: string): Promise<void> {
    const found = await this.page.evaluate(() => {
      const hangul = /[\u3131-\u318e\uac00-\ud7a3]/;
      const korean = (element: Element | null): boolean => element?.closest('[lang]')?.getAttribute('lang')?.startsWith('ko') ?? false;
      const visible = (element: Element): boolean => element.getClientRects().length > 0 || element.closest('option, select') !== null;
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent && hangul.test(node.textContent ?? '') && !korean(parent) && visible(parent) && !parent.closest('script, style')) out.push(`text: ${node.textContent?.trim()}`);
      }
      for (const element of Array.from(document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder]'))) {
        for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
          const value = element.getAttribute(name);
          if (value && hangul.test(value.replace(/"[^"]*"|“[^”]*”/g, '')) && !korean(element)) out.push(`${name}: ${value}`);
        }
      }
      return out;
    });
    expect(found, `Korean in the English ${screen}`).toEqual([]);
  }

  async expectOnTop(element: Locator): Promise<void> {
    const onTop = await element.evaluate((target) => {
      const box = target.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit !== null && (hit === target || target.contains(hit) || hit.contains(target));
    });
    expect(onTop).toBe(true);
  }

  /** At most one area of a page (besides the studio's chat panes) scrolls, and never the window itself. */
  async expectOneScrollContainer(): Promise<void> {
    const scrollers = await this.page.evaluate(() =>
      [document.scrollingElement, ...Array.from(document.querySelectorAll('*'))]
        .filter((element): element is HTMLElement => element instanceof HTMLElement)
        .filter((element) => (element === document.scrollingElement || /(auto|scroll)/.test(getComputedStyle(element).overflowY)) && element.scrollHeight > element.clientHeight + 1)
        .filter((element) => !element.matches('.messages, .sessions, .job-card__copy'))
        .map((element) => `${element.tagName.toLowerCase()}.${element.className} ${element.scrollHeight}>${element.clientHeight}`),
    );
    expect(scrollers.length, scrollers.join(', ')).toBeLessThanOrEqual(1);
    expect(scrollers.filter((line) => line.startsWith('html'))).toEqual([]);
  }

  /** Neither the page nor any of the window's own scrolling areas scrolls sideways. */
  async expectNoHorizontalScroll(): Promise<void> {
    const overflowing = await this.page.evaluate(() =>
      [document.documentElement, ...Array.from(document.querySelectorAll<HTMLElement>('.content, .messages, .sidebar, .sessions, dialog[open]'))]
        .filter((element) => element.scrollWidth > element.clientWidth + 1)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className} ${element.scrollWidth}>${element.clientWidth}`),
    );
    expect(overflowing).toEqual([]);
  }

  /** Presses Tab until the focused element has this accessible name (keyboard-only use). */
  async tabTo(name: string, limit = 120): Promise<void> {
    await test.step(`tab to "${name}"`, async () => {
      for (let i = 0; i < limit; i += 1) {
        await this.page.keyboard.press('Tab');
        const focused = await this.page.evaluate(() => {
          const element = document.activeElement;
          if (!element) return '';
          // The name as a screen reader would read it: label, text, or the alt of a picture button.
          return (element.getAttribute('aria-label') ?? (element.textContent?.trim() || element.querySelector('img')?.alt) ?? '').trim();
        });
        if (focused === name) return;
      }
      throw new Error(`"${name}" was not reached with Tab`);
    });
  }
}
