import { describe, expect, it } from 'vitest';
import { headingPath, passageSource, studyCitations } from '../../../src/adapters/shared/citation.js';
import {
  AdapterError,
  apology,
  errorCode,
  errorFields,
  errorReference,
  redactTokens,
} from '../../../src/adapters/shared/errors.js';
import { createRateLimiter, retryAfterText } from '../../../src/adapters/shared/rate-limit.js';
import { strengthLabel, strengthLine } from '../../../src/adapters/shared/strength.js';
import { GRADE } from '../../../src/corpus/scales.js';
import { PADLOCKS, passage, strength } from '../../contract/answers.js';

describe('strength', () => {
  it('shows a four-step scale on the common order and the level name', () => {
    expect(strengthLabel(strength('limited'))).toBe('▰▰▱▱ limited');
    expect(strengthLabel(strength('strong'))).toBe('▰▰▰▰ strong');
    expect(strengthLabel(strength('not_assessed'))).toBe('▱▱▱▱ not assessed');
  });
  it("shows the review's own words for a level of its own scale next to the common-order bar", () => {
    expect(strengthLabel(strength('very_low', 'c', GRADE))).toBe('▰▱▱▱ Very low certainty (GRADE)');
    expect(strengthLabel(strength('moderate', 'c', GRADE))).toBe('▰▰▰▱ Moderate certainty (GRADE)');
    expect(strengthLabel(strength('5', 'c', PADLOCKS))).toBe(
      '▰▰▰▰ 5 padlocks (EEF): very extensive evidence',
    );
  });
  it('puts the caveat beside the label', () => {
    expect(strengthLine(strength('moderate', ' Few trials. '))).toBe(
      'Strength of evidence: ▰▰▰▱ moderate — Few trials.',
    );
  });
});

describe('citation text', () => {
  it('joins the heading path and the citation', () => {
    expect(headingPath(['What we found', ' ', 'Leadership'])).toBe('What we found › Leadership');
    expect(passageSource(passage())).toBe(`${passage().citation} · What we found › Leadership`);
    expect(passageSource(passage({ section: [] }))).toBe(passage().citation);
    expect(studyCitations(passage())).toEqual([
      '(Feeley, 2021): Feeley, D. (2021) Adult Social Care: Independent Review. Edinburgh.',
    ]);
  });
});

describe('rate limiter', () => {
  it('allows `limit` a window per user, then says when to retry', () => {
    let t = 0;
    const rl = createRateLimiter({ limit: 2, windowMs: 60_000, now: () => t });
    expect(rl.take('u1')).toEqual({ allowed: true });
    t = 10_000;
    expect(rl.take('u1')).toEqual({ allowed: true });
    expect(rl.take('u2')).toEqual({ allowed: true });
    t = 15_000;
    expect(rl.take('u1')).toEqual({ allowed: false, retryAfterMs: 45_000 });
    t = 60_000;
    expect(rl.take('u1')).toEqual({ allowed: true });
  });
  it('forgets the least recently seen users beyond maxUsers', () => {
    const rl = createRateLimiter({ limit: 1, maxUsers: 2, now: () => 0 });
    rl.take('a');
    rl.take('b');
    rl.take('c');
    expect(rl.take('a')).toEqual({ allowed: true });
    expect(rl.take('c').allowed).toBe(false);
  });
  it('words the wait', () => {
    expect(retryAfterText(1)).toBe('in 1 second');
    expect(retryAfterText(45_000)).toBe('in 45 seconds');
    expect(retryAfterText(61_000)).toBe('in 2 minutes');
  });
});

describe('errors', () => {
  it('gives short unambiguous references', () => {
    const refs = new Set(Array.from({ length: 200 }, errorReference));
    expect(refs.size).toBe(200);
    for (const r of refs) expect(r).toMatch(/^ERR-[A-HJKMNP-TV-Z2-9]{6}$/);
    expect(apology('ERR-ABCDEF')).toContain('ERR-ABCDEF');
  });
  it('carries stable codes and never logs tokens', () => {
    expect(errorCode(new AdapterError('E_ADAPTER_SEND', 'x'))).toBe('E_ADAPTER_SEND');
    expect(errorCode(Object.assign(new Error('x'), { code: 'slack_webapi_platform_error' }))).toBe(
      'slack_webapi_platform_error',
    );
    expect(errorCode('boom')).toBe('E_UNKNOWN');
    expect(redactTokens('bad token xoxb-123-456-abc and xapp-1-A0-9')).toBe(
      'bad token [redacted] and [redacted]',
    );
    expect(errorFields(new Error('xoxb-1-2-3 failed')).error).toBe('Error: [redacted] failed');
  });
});
