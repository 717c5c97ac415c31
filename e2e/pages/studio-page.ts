import { test, type Locator, type Page } from '@playwright/test';

/** The studio window, reached through roles and visible names only. */
export class StudioPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get health(): Locator {
    return this.page.getByRole('status');
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

  /** The value shown beside a label in the "이 컴퓨터" list. */
  fact(label: string): Locator {
    return this.systemPanel.getByRole('term').filter({ hasText: label }).locator('xpath=following-sibling::dd[1]');
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
}
