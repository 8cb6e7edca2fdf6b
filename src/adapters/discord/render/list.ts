/** A bulleted list that fits in `max` characters and says how many items it left out. */
export function listText(intro: string, items: readonly string[], max: number): string {
  const head = intro === '' ? '' : `${intro}\n`;
  let out = head;
  for (const [i, item] of items.entries()) {
    const line = `• ${item}\n`;
    const more = `…and ${items.length - i} more`;
    if (out.length + line.length + (i < items.length - 1 ? more.length + 12 : 0) > max) {
      return `${out}${more}`.slice(0, max);
    }
    out += line;
  }
  return (out.trimEnd() || intro || '(none)').slice(0, max);
}
