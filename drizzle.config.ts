import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` writes a new migration into resources/migrations; commit it.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/main/core/db/schema.ts',
  out: './resources/migrations',
});
