/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Only for scripts/bench/contentModule.bench.ts: never part of `npm test` (no build, no dist/).
export default getViteConfig({
  test: {
    include: ['scripts/bench/*.bench.ts'],
    testTimeout: 3_600_000,
  },
});
