/** The buttons under an answer. */
import { type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import { clip } from '../../shared/truncate.js';
import { type ButtonAction, encodeAction } from '../custom-ids.js';
import { DISCORD_LIMITS as L } from '../limits.js';

export function button(
  label: string,
  action: ButtonAction,
  style: ButtonStyle = ButtonStyle.Secondary,
): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: style as ButtonStyle.Secondary,
    label: clip(label, L.buttonLabel),
    custom_id: encodeAction(action),
  };
}
