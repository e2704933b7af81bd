// Fingerprints of the seed texts in ../shared/seeds, for the test that no event page copies a
// sentence from its source. Only hashes of 8-word runs are kept: the seeds' text stays out of the repo.
// Run: node scripts/seed-shingles.mjs > tests/fixtures/seed-shingles.json
import { readFileSync } from 'node:fs';
import { shingles } from './shingles.mjs';

const SEEDS = {
  '2004-russia-joins-caco': '000_53da1fcb0a8220f1.txt',
  '2025-dushanbe-russia-central-asia-summit': '001_9af5fa94b638667e.txt',
  '2022-astana-central-asia-russia-summit': '002_89933d4a21158a74.txt',
  '2017-putin-central-asia-tour': '003_cfde4ec61eda1862.txt',
  '2023-blinken-c5-plus-1-astana': '004_8eb293b2a3f3e3b1.txt',
};
const out = {};
for (const [slug, file] of Object.entries(SEEDS)) {
  out[slug] = [...shingles(readFileSync(new URL(`../../shared/seeds/${file}`, import.meta.url), 'utf8')).keys()].sort();
}
console.log(JSON.stringify(out, null, 0));
