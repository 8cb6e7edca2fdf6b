/**
 * The scopes file (SCOPES_FILE, YAML), as a zod schema: named review sets (review ids and/or tags), the set
 * for places not listed (`default`; without it they see every review), and Slack channel ids and Discord
 * guild or channel ids mapped to a set. docs/scopes.md documents it.
 */
import { z } from 'zod';

const name = z.string().regex(/^[A-Za-z0-9][\w.-]*$/, 'a set name is letters, digits, "-", "_" or "."');
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens');

const reviewSet = z
  .object({
    reviews: z.array(slug).default([]),
    tags: z.array(slug).default([]),
  })
  .strict()
  .refine((s) => s.reviews.length + s.tags.length > 0, {
    message: 'a set needs at least one review id (reviews) or tag (tags)',
  });

export const scopesFileSchema = z
  .object({
    sets: z.record(name, reviewSet),
    default: name.optional(),
    slack: z
      .record(z.string().regex(/^[CDG][A-Z0-9]{1,30}$/, 'a Slack channel id, such as C0123ABCD'), name)
      .default({}),
    discord: z
      .record(z.string().regex(/^\d{15,21}$/, 'a Discord server or channel id (digits)'), name)
      .default({}),
  })
  .strict();

export type ScopesFile = z.infer<typeof scopesFileSchema>;
