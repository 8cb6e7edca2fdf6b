/**
 * The front matter of a corpus file, as a zod schema. docs/corpus-format.md documents every field.
 * Reference entries are CSL-JSON items: the fields we read are checked, the rest pass through.
 */
import { z } from 'zod';
import { STRENGTH_LEVELS } from './types.js';

const text = z.string().trim().min(1, 'must not be empty');

export const cslNameSchema = z
  .object({ family: text.optional(), given: text.optional(), literal: text.optional() })
  .strict()
  .refine((n) => n.literal !== undefined || n.family !== undefined, {
    message: 'a name needs "family" (a person) or "literal" (an organisation)',
  });

export const cslItemSchema = z.looseObject({
  id: text,
  type: text,
  title: text,
  author: z.array(cslNameSchema).min(1).optional(),
  editor: z.array(cslNameSchema).min(1).optional(),
  issued: z.object({ 'date-parts': z.array(z.array(z.union([z.number(), z.string()])).min(1)).min(1) }),
});

export const strengthSchema = z
  .object({ level: z.enum(STRENGTH_LEVELS), caveat: text, basis: text })
  .strict();

export const sectionAnnotationSchema = z
  .object({
    heading: text,
    role: z.enum(['finding', 'about']).default('finding'),
    level: z.enum(STRENGTH_LEVELS).optional(),
    caveat: text.optional(),
    basis: text.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const given = [s.level, s.caveat, s.basis].filter((v) => v !== undefined).length;
    if (given > 0 && given < 3) {
      for (const field of ['level', 'caveat', 'basis'] as const) {
        if (s[field] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: 'a strength override needs level, caveat and basis together',
          });
        }
      }
    }
    if (s.role === 'about' && given > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['level'],
        message: 'a section with role "about" describes the review, not a finding: give it no strength',
      });
    }
  });

export const CITATION_STYLES = ['harvard1', 'apa', 'vancouver'] as const;

export const frontMatterSchema = z
  .object({
    id: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9-]*$/,
        'must be lowercase letters, digits and hyphens (it is part of every passage id)',
      ),
    title: text,
    document_type: text,
    authors: z.array(cslNameSchema).min(1, 'list at least one author'),
    year: z.number().int().min(1800).max(2200),
    publisher: text,
    url: z.url({ message: 'must be a full URL (https://…)' }),
    citation_style: z.enum(CITATION_STYLES).default('harvard1'),
    outside_facts: z.array(text).default([]),
    source: z.looseObject({}).optional(),
    repairs: z.array(text).default([]),
    references: z.array(cslItemSchema).default([]),
    references_bibtex: z.string().optional(),
    strength: z
      .object({
        default: strengthSchema,
        preamble_role: z.enum(['finding', 'about']).default('about'),
        sections: z.array(sectionAnnotationSchema).default([]),
      })
      .strict(),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;
