import { cpSync, mkdtempSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const VALID = 'tests/fixtures/valid';

/** A temporary content folder: the valid fixture set with one broken case laid over it. */
export function contentWith(brokenCase?: string, overlays = 'tests/fixtures/invalid'): string {
  mkdirSync('tests/.tmp', { recursive: true });
  const dir = mkdtempSync(join('tests/.tmp', `${brokenCase ?? 'valid'}-`));
  cpSync(VALID, dir, { recursive: true });
  if (brokenCase) cpSync(join(overlays, brokenCase), dir, { recursive: true });
  return dir;
}
