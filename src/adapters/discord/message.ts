/**
 * The message the renderer produces (plain Discord API JSON, no discord.js builders) and the check that it is
 * within every limit of limits.ts. The check is the last line of defence: the renderer should never fail it.
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { AdapterError } from '../shared/errors.js';
import { DISCORD_LIMITS as L } from './limits.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

export interface DiscordMessage {
  content: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
}

/** Characters of one embed that count toward Discord's 6,000 total. */
export function embedLength(e: APIEmbed): number {
  let n = (e.title?.length ?? 0) + (e.description?.length ?? 0);
  n += (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
  for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

export function embedsLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((n, e) => n + embedLength(e), 0);
}

/** Every limit a message breaks, as readable strings (empty when it is valid). */
export function limitViolations(m: DiscordMessage): string[] {
  const v: string[] = [];
  const over = (what: string, len: number, max: number) => {
    if (len > max) v.push(`${what}: ${len} > ${max}`);
  };
  over('content', m.content.length, L.content);
  over('embeds', m.embeds.length, L.embedsPerMessage);
  over('embeds total', embedsLength(m.embeds), L.embedsTotal);
  m.embeds.forEach((e, i) => {
    over(`embed ${i} title`, e.title?.length ?? 0, L.embedTitle);
    over(`embed ${i} description`, e.description?.length ?? 0, L.embedDescription);
    over(`embed ${i} footer`, e.footer?.text.length ?? 0, L.footerText);
    over(`embed ${i} author`, e.author?.name.length ?? 0, L.authorName);
    over(`embed ${i} fields`, e.fields?.length ?? 0, L.embedFields);
    for (const [j, f] of (e.fields ?? []).entries()) {
      over(`embed ${i} field ${j} name`, f.name.length, L.fieldName);
      over(`embed ${i} field ${j} value`, f.value.length, L.fieldValue);
      if (f.name.trim() === '' || f.value.trim() === '') v.push(`embed ${i} field ${j} is empty`);
    }
  });
  over('rows', m.components.length, L.rowsPerMessage);
  const ids = new Set<string>();
  m.components.forEach((row, r) => {
    over(`row ${r} buttons`, row.components.length, L.buttonsPerRow);
    for (const b of row.components) {
      if ('label' in b && b.label !== undefined) over(`row ${r} label`, b.label.length, L.buttonLabel);
      if ('custom_id' in b) {
        over(`row ${r} custom_id`, b.custom_id.length, L.customId);
        if (ids.has(b.custom_id)) v.push(`duplicate custom_id ${b.custom_id}`);
        ids.add(b.custom_id);
      }
    }
  });
  if (m.content === '' && m.embeds.length === 0) v.push('message is empty');
  return v;
}

/** Throws AdapterError E_ADAPTER_PAYLOAD when the message breaks a limit (a renderer bug, never user error). */
export function assertWithinLimits(m: DiscordMessage): DiscordMessage {
  const v = limitViolations(m);
  if (v.length > 0)
    throw new AdapterError('E_ADAPTER_PAYLOAD', `Discord message over limits: ${v.join('; ')}`);
  return m;
}

/** Chunks buttons into rows of at most five (Discord's limit, which discord.js does not check). */
export function buttonRows(buttons: readonly APIButtonComponent[]): ButtonRow[] {
  const rows: ButtonRow[] = [];
  for (let i = 0; i < buttons.length; i += L.buttonsPerRow) {
    rows.push({ type: 1, components: buttons.slice(i, i + L.buttonsPerRow) });
  }
  if (rows.length > L.rowsPerMessage)
    throw new RangeError(`${buttons.length} buttons need more than ${L.rowsPerMessage} rows`);
  return rows;
}
