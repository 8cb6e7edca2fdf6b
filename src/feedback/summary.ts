/**
 * Reading the summary `npm run feedback` prints: questions that got 👎 and the passages most often marked
 * unhelpful (shown in an answer that got 👎).
 */
import type Database from 'better-sqlite3';
import type { DownvotedQuestion, FeedbackSummary, PassageTally } from './types.js';

export function readSummary(db: Database.Database, limit: number): FeedbackSummary {
  const totals = db
    .prepare(
      `SELECT COUNT(*) AS total, COALESCE(SUM(vote = 'up'), 0) AS up, COALESCE(SUM(vote = 'down'), 0) AS down FROM feedback`,
    )
    .get() as { total: number; up: number; down: number };

  const questions = db
    .prepare(
      `SELECT question, SUM(vote = 'down') AS down, SUM(vote = 'up') AS up, MAX(created_at) AS lastAt,
              json_group_array(reason) FILTER (WHERE reason IS NOT NULL AND vote = 'down') AS reasons
       FROM feedback GROUP BY lower(trim(question)) HAVING down > 0
       ORDER BY down DESC, lastAt DESC LIMIT ?`,
    )
    .all(limit) as Array<Omit<DownvotedQuestion, 'reasons'> & { reasons: string }>;

  const passages = db
    .prepare(
      `SELECT p.value AS passageId, SUM(f.vote = 'down') AS down, SUM(f.vote = 'up') AS up
       FROM feedback f, json_each(f.passage_ids) p
       GROUP BY p.value HAVING down > 0
       ORDER BY down DESC, up ASC, passageId LIMIT ?`,
    )
    .all(limit) as PassageTally[];

  return {
    ...totals,
    downvoted: questions.map((q) => ({ ...q, reasons: [...new Set(JSON.parse(q.reasons) as string[])] })),
    unhelpfulPassages: passages,
  };
}

/** The summary as text for a terminal. */
export function formatSummary(s: FeedbackSummary): string {
  if (s.total === 0) return 'No feedback yet.';
  const lines = [`Feedback: ${s.total} vote(s), ${s.up} 👍, ${s.down} 👎.`, ''];
  lines.push('Questions that got 👎:');
  if (s.downvoted.length === 0) lines.push('  (none)');
  for (const q of s.downvoted) {
    const why = q.reasons.length > 0 ? ` — reasons: ${q.reasons.join('; ')}` : '';
    lines.push(`  ${q.down}👎 ${q.up}👍  ${JSON.stringify(q.question)}${why}`);
  }
  lines.push('', 'Passages most often marked unhelpful:');
  if (s.unhelpfulPassages.length === 0) lines.push('  (none)');
  for (const p of s.unhelpfulPassages) lines.push(`  ${p.down}👎 ${p.up}👍  ${p.passageId}`);
  return lines.join('\n');
}
