/**
 * `npm run feedback [-- --json] [-- --limit N] [-- --data-dir DIR]`: what users marked unhelpful.
 * Reads DATA_DIR (from the environment or .env; default "data"). Never creates the store.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createFeedbackStore, FEEDBACK_FILE, formatSummary } from '../feedback/index.js';

try {
  process.loadEnvFile();
} catch {
  // no .env: the environment alone
}

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    limit: { type: 'string' },
    'data-dir': { type: 'string' },
  },
});
const dataDir = values['data-dir'] ?? (process.env.DATA_DIR?.trim() || 'data');
const limit = values.limit === undefined ? 10 : Number(values.limit);
if (!Number.isInteger(limit) || limit < 1) {
  console.error('--limit must be a positive whole number');
  process.exit(2);
}

const file = join(dataDir, FEEDBACK_FILE);
if (!existsSync(file)) {
  console.log(values.json ? JSON.stringify({ total: 0 }) : `No feedback yet (no ${file}).`);
} else {
  const store = createFeedbackStore({ dataDir });
  try {
    const summary = store.summary({ limit });
    console.log(values.json ? JSON.stringify(summary, null, 2) : formatSummary(summary));
  } finally {
    store.close();
  }
}
