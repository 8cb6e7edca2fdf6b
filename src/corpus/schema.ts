/**
 * The front matter of a corpus file, as a zod schema. docs/corpus-format.md documents every field.
 * Reference entries are CSL-JSON items: the fields we read are checked, the rest pass through.
 */
import { z } from 'zod';
import { SECTION_ROLES } from './types.js';

const text = z.string().trim().min(1, 'must not be empty');

export const cslNameSchema = z
  .object({
    family: text.optional(),
    given: text.optional(),
    literal: text.optional(),
    // Name particles ("van Breda"): CSL's fields, as BibTeX import writes them.
    'non-dropping-particle': text.optional(),
    'dropping-particle': text.optional(),
    suffix: text.optional(),
  })
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
  // A date, or for an undated source { literal: "n.d." } (cited as "(NorthStar, n.d.)").
  issued: z
    .object({
      'date-parts': z
        .array(z.array(z.union([z.number(), z.string()])).min(1))
        .min(1)
        .optional(),
      literal: text.optional(),
    })
    .refine((d) => d['date-parts'] !== undefined || d.literal !== undefined, {
      message: 'give { date-parts: [[YEAR]] }, or { literal: "n.d." } for an undated source',
    }),
});

/** A level id of the file's scale; checked against the scale once the front matter is read. */
const levelId = z.union([text, z.number().transform(String)]);

export const strengthSchema = z.object({ level: levelId, caveat: text, basis: text }).strict();

const roleSchema = z.enum(SECTION_ROLES);

/** level, caveat and basis come together or not at all; an about or assessment text takes none of them. */
function checkOverride(
  s: {
    role?: string | undefined;
    level?: string | undefined;
    caveat?: string | undefined;
    basis?: string | undefined;
  },
  ctx: z.RefinementCtx,
  what: string,
): void {
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
  if ((s.role === 'about' || s.role === 'assessment') && given > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['level'],
      message: `a ${what} with role "${s.role}" ${s.role === 'about' ? 'describes the review' : "is the review's assessment of its evidence"}, not a finding: give it no strength`,
    });
  }
}

export const sectionAnnotationSchema = z
  .object({
    heading: text.optional(),
    headings: z.array(text).min(1).optional(),
    pattern: text.optional(),
    role: roleSchema.default('finding'),
    level: levelId.optional(),
    caveat: text.optional(),
    basis: text.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const named = [s.heading, s.headings, s.pattern].filter((v) => v !== undefined).length;
    if (named !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['heading'],
        message: 'name the section by exactly one of "heading", "headings" or "pattern"',
      });
    }
    if (s.pattern !== undefined) {
      try {
        new RegExp(s.pattern, 'iu');
      } catch (e) {
        ctx.addIssue({
          code: 'custom',
          path: ['pattern'],
          message: `not a regular expression: ${(e as Error).message}`,
        });
      }
    }
    checkOverride(s, ctx, 'section');
  });

export const blockAnnotationSchema = z
  .object({
    quote: text,
    role: roleSchema.optional(),
    level: levelId.optional(),
    caveat: text.optional(),
    basis: text.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.role === undefined && s.level === undefined && s.caveat === undefined && s.basis === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['quote'],
        message: 'a block annotation needs a role or level, caveat and basis',
      });
    }
    checkOverride(s, ctx, 'block');
  });

export const tableAnnotationSchema = z
  .object({
    table: text,
    certainty_column: text,
    caveat: text.optional(),
    footnotes: z.number().int().min(0).optional(),
  })
  .strict();

export const scaleSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens')
      .refine((id) => id !== 'five-level' && id !== 'grade', 'is a built-in scale: give yours another id'),
    name: text,
    levels: z
      .array(
        z
          .object({
            id: levelId,
            words: text,
            common: z.enum(['strong', 'moderate', 'limited', 'insufficient']),
            matches: z.array(text).optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((s, ctx) => {
    const order = ['strong', 'moderate', 'limited', 'insufficient'];
    const seen = new Set<string>();
    s.levels.forEach((l, i) => {
      if (seen.has(l.id))
        ctx.addIssue({ code: 'custom', path: ['levels', i, 'id'], message: `duplicate level "${l.id}"` });
      seen.add(l.id);
      const prev = s.levels[i - 1];
      if (prev && order.indexOf(l.common) < order.indexOf(prev.common)) {
        ctx.addIssue({
          code: 'custom',
          path: ['levels', i, 'common'],
          message: 'levels are listed strongest first: the common order must not rise down the list',
        });
      }
    });
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
    // absent: inferred from the body (citations.ts inferCitationStyle)
    inline_citations: z.enum(['author-year', 'numbered']).optional(),
    outside_facts: z.array(text).default([]),
    tags: z
      .array(
        z
          .string()
          .regex(
            /^[a-z0-9][a-z0-9-]*$/,
            'a tag is lowercase letters, digits and hyphens (e.g. "social-care")',
          ),
      )
      .default([]),
    source: z.looseObject({}).optional(),
    repairs: z.array(text).default([]),
    references: z.array(cslItemSchema).default([]),
    references_bibtex: z.string().optional(),
    scales: z.array(scaleSchema).default([]),
    strength: z
      .object({
        scale: text.default('five-level'),
        default: strengthSchema,
        preamble_role: roleSchema.default('about'),
        sections: z.array(sectionAnnotationSchema).default([]),
        blocks: z.array(blockAnnotationSchema).default([]),
        tables: z.array(tableAnnotationSchema).default([]),
      })
      .strict(),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;
