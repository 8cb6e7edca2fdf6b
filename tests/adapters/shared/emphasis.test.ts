/** The source's emphasis marks shown as emphasis: on a terminal as ANSI, piped as the words alone. */
import { describe, expect, it } from 'vitest';
import { renderPassage } from '../../../src/adapters/console/render.js';
import { colourStyle, plainStyle } from '../../../src/adapters/console/style.js';
import { PLAIN_EMPHASIS, renderEmphasis } from '../../../src/adapters/shared/emphasis.js';
import { passage } from '../../contract/answers.js';

const TAGS = { strong: (s: string) => `<b>${s}</b>`, em: (s: string) => `<i>${s}</i>` };

describe('emphasis', () => {
  it('finds strong and emphasised spans, leaving other asterisks and underscores alone', () => {
    expect(renderEmphasis('**Email:** the *service* and _team_ level', TAGS)).toBe(
      '<b>Email:</b> the <i>service</i> and <i>team</i> level',
    );
    expect(renderEmphasis('5 * 3 * 2, snake_case_name, a* b', TAGS)).toBe('5 * 3 * 2, snake_case_name, a* b');
    expect(renderEmphasis('*service* and **team**', PLAIN_EMPHASIS)).toBe('service and team');
  });

  it('the console shows the marks as bold and italic on a TTY, and drops them when piped', () => {
    const p = passage({ text: 'Based on *service* integration. **Email:** us.', references: [] });
    const tty = renderPassage(p, 1, colourStyle);
    expect(tty).toContain('\u001b[3mservice\u001b[23m');
    expect(tty).toContain('\u001b[1mEmail:\u001b[22m');
    const piped = renderPassage(p, 1, plainStyle);
    expect(piped).toContain('Based on service integration. Email: us.');
    expect(piped).not.toContain('*');
  });
});
