/** Autocomplete for `question`: section titles and corpus words, at most 25, within Discord's 3 s (no deferral). */
import type { AutocompleteInteraction } from 'discord.js';
import { clip } from '../../shared/truncate.js';
import { DISCORD_LIMITS as L } from '../limits.js';
import { type DiscordRuntime, within } from '../runtime.js';

export async function onAutocomplete(rt: DiscordRuntime, i: AutocompleteInteraction): Promise<void> {
  const focused = i.options.getFocused(true);
  if (focused.name !== 'question') {
    await i.respond([]);
    return;
  }
  const typed = String(focused.value).slice(0, L.questionOption);
  const seen = new Set<string>();
  const choices = rt.service
    .suggest(typed, L.autocompleteChoices, within(rt, i).scope)
    .map((s) => clip(s.trim(), L.choiceValue))
    .filter((s) => s !== '' && !seen.has(s) && seen.add(s))
    .slice(0, L.autocompleteChoices)
    .map((s) => ({ name: clip(s, L.choiceName), value: s }));
  await i.respond(choices);
}
