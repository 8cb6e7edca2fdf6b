/**
 * The feedback store on SQLite (better-sqlite3), in DATA_DIR/feedback.sqlite, created on first use (or by
 * open(), which the process calls at start-up so that an unusable DATA_DIR is found then, not at the first vote).
 * User ids are kept only as an HMAC-SHA256 with a per-installation salt generated on first use and kept in
 * the database (or given), so that votes from one person can be counted but not traced back to them.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describeCause, FeedbackError } from './errors.js';
import { MIGRATIONS } from './schema.js';
import { readSummary } from './summary.js';
import { type FeedbackStore, MAX_QUESTION, MAX_REASON } from './types.js';

export const FEEDBACK_FILE = 'feedback.sqlite';

export interface SqliteStoreOptions {
  dataDir: string;
  /** Fixed salt (tests); default: generated once per database. */
  salt?: string;
  now?: () => Date;
}

export function createFeedbackStore(options: SqliteStoreOptions): FeedbackStore {
  const now = options.now ?? (() => new Date());
  let db: Database.Database | undefined;
  let salt = '';

  const open = (): Database.Database => {
    if (db) return db;
    try {
      mkdirSync(options.dataDir, { recursive: true });
      const opened = new Database(join(options.dataDir, FEEDBACK_FILE));
      opened.pragma('journal_mode = WAL');
      opened.pragma('busy_timeout = 2000');
      opened.exec(MIGRATIONS);
      salt = options.salt ?? loadSalt(opened);
      db = opened;
      return opened;
    } catch (err) {
      const path = join(options.dataDir, FEEDBACK_FILE);
      throw new FeedbackError(
        'E_FEEDBACK_STORE',
        `Cannot open the feedback store ${path} (DATA_DIR=${options.dataDir}): ${describeCause(err)}`,
        { cause: err },
      );
    }
  };

  return {
    open() {
      open();
    },
    record(input) {
      const d = open();
      const userHash = createHmac('sha256', salt).update(`${input.platform}:${input.userId}`).digest('hex');
      const row = d
        .prepare(
          `INSERT INTO feedback (created_at, platform, question, passage_ids, user_hash, channel, vote, reason)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          now().toISOString(),
          input.platform,
          input.question.slice(0, MAX_QUESTION),
          JSON.stringify(input.passageIds),
          userHash,
          input.channel,
          input.vote,
          input.reason === undefined ? null : input.reason.slice(0, MAX_REASON),
        );
      return Number(row.lastInsertRowid);
    },
    addReason(id, reason) {
      const r = open()
        .prepare('UPDATE feedback SET reason = ? WHERE id = ?')
        .run(reason.slice(0, MAX_REASON), id);
      return r.changes > 0;
    },
    summary(opts) {
      return readSummary(open(), opts?.limit ?? 10);
    },
    close() {
      db?.close();
      db = undefined;
    },
  };
}

function loadSalt(db: Database.Database): string {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'salt'").get() as { value: string } | undefined;
  if (row) return row.value;
  const salt = randomBytes(32).toString('hex');
  db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('salt', ?)").run(salt);
  return (db.prepare("SELECT value FROM meta WHERE key = 'salt'").get() as { value: string }).value;
}
