/** The feedback database schema; idempotent, run on every open. */
export const MIGRATIONS = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at TEXT NOT NULL,
  platform TEXT NOT NULL,
  question TEXT NOT NULL,
  passage_ids TEXT NOT NULL,
  user_hash TEXT NOT NULL,
  channel TEXT NOT NULL,
  vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
  reason TEXT
);
CREATE INDEX IF NOT EXISTS feedback_vote ON feedback (vote);
`;
