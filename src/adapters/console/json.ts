/**
 * The JSON form of an Answer (the batch contract of `npm run ask -- --json`, documented in the README):
 * always `query`, `status`, `passages`; `suggestions` for no_match; `code` and `reference` for error; the
 * rest by kind.
 */
import type { Answer, AnswerPassage } from '../../retrieval/answer.js';

export interface JsonPassage {
  id: string;
  text: string;
  section: string[];
  document: string;
  citation: string;
  references: { text: string; key: string; reference: string; candidates?: string[] }[];
  strength: {
    level: string;
    caveat: string;
    basis: string;
    scale: string;
    scaleName: string;
    scaleLevel: string;
    words: string;
    from: { kind: string; annotation: string; line: number };
  };
  role: string;
  score: number;
  table?: { caption: string; header: string[]; cells: string[]; footnotes: string[] };
}

export interface JsonAnswer {
  query: string;
  status: 'answered' | 'no_match' | 'cite' | 'sources' | 'help' | 'error';
  passages: JsonPassage[];
  notices: { code: string; message: string }[];
  [field: string]: unknown;
}

const passage = (p: AnswerPassage): JsonPassage => {
  const s = p.strength;
  const out: JsonPassage = {
    id: p.id,
    text: p.text,
    section: p.section,
    document: p.documentTitle,
    citation: p.citation,
    references: p.references.map((r) =>
      r.candidates
        ? { text: r.text, key: r.key, reference: r.reference, candidates: [...r.candidates] }
        : { text: r.text, key: r.key, reference: r.reference },
    ),
    strength: {
      level: s.level,
      caveat: s.caveat,
      basis: s.basis,
      scale: s.scale,
      scaleName: s.scaleName,
      scaleLevel: s.scaleLevel,
      words: s.words,
      from: { kind: s.from.kind, annotation: s.from.annotation, line: s.from.line },
    },
    role: p.role,
    score: p.score,
  };
  if (p.table) {
    const t = p.table;
    out.table = {
      caption: t.caption,
      header: [...t.header],
      cells: [...t.cells],
      footnotes: [...t.footnotes],
    };
  }
  return out;
};

export function answerToJson(a: Answer): JsonAnswer {
  const base = { query: a.query, notices: a.notices.map((n) => ({ code: n.code, message: n.message })) };
  switch (a.kind) {
    case 'answered':
      return { ...base, status: 'answered', passages: a.passages.map(passage), page: a.page };
    case 'no_match':
      return { ...base, status: 'no_match', passages: [], suggestions: a.suggestions };
    case 'cite':
      return {
        ...base,
        status: 'cite',
        passages: a.matches.flatMap((m) => m.passages.map(passage)),
        target: a.target,
        matches: a.matches.map((m) => ({
          key: m.key,
          reference: m.reference,
          bibtex: m.bibtex,
          ris: m.ris,
          document: m.documentTitle,
          passageIds: m.passages.map((p) => p.id),
        })),
        known: a.known,
      };
    case 'sources':
      return {
        ...base,
        status: 'sources',
        passages: [],
        documents: a.documents,
        ...(a.scope === undefined ? {} : { scope: a.scope }),
      };
    case 'help':
      return {
        ...base,
        status: 'help',
        passages: [],
        reason: a.reason,
        commands: a.commands,
        examples: a.examples,
      };
    case 'error':
      return { ...base, status: 'error', passages: [], code: a.code, reference: a.reference };
    default: {
      const unreachable: never = a;
      throw new Error(`unrendered answer kind: ${JSON.stringify(unreachable)}`);
    }
  }
}
