/**
 * A document's topic terms: the terms found in at least TOPIC_SHARE of its passages (and in at least 2), plus
 * the terms of the words that name it (namingText: its title and its kind, "overview", "scoping review"). In a review of school depression prevention, "school", "depression" and
 * "prevention" are in most passages: they say which review answers, not which passage. Re-ranking
 * (rerank.ts) counts them once for the document rather than in every passage, so that passages are ranked
 * by the rest of the question and the review by how much of the question its topic covers. Computed from
 * the corpus alone when the index is built, and stored with it.
 */
/** Share of a document's passages a term must occur in to be one of its topic terms. */
export const TOPIC_SHARE = 0.3;

/**
 * The words that name a document: its title, and its kind (`document_type`) without the kind's parenthesised
 * qualifiers ("rapid overview of systematic reviews (technical report)": an asker says "the depression
 * overview" as they say its title's words; "(technical report)", "(journal article)" say how it was
 * published, and "report" would name every review published so).
 */
export function namingText(title: string, documentType: string): string {
  return `${title}\n${documentType.replace(/\([^)]*\)/g, ' ')}`;
}

/** Per document number (PassageFacts.docIds order), its topic terms. */
export type TopicTerms = Set<string>[];

/** Counts, passage by passage while the index is built, the terms of each document; `finish` picks the topics. */
export function topicCounter(docCount: number): {
  add(doc: number, terms: Iterable<string>): void;
  finish(titleTerms: (doc: number) => string[]): TopicTerms;
} {
  const counts = Array.from({ length: docCount }, () => new Map<string, number>());
  const sizes = new Array<number>(docCount).fill(0);
  return {
    add(doc, terms) {
      const c = counts[doc];
      if (!c) return;
      sizes[doc] = (sizes[doc] as number) + 1;
      for (const t of terms) c.set(t, (c.get(t) ?? 0) + 1);
    },
    finish(titleTerms) {
      return counts.map((c, d) => {
        const topic = topicsOf([...c.keys()], [...c.values()], sizes[d] as number, titleTerms(d));
        c.clear();
        return topic;
      });
    },
  };
}

/**
 * A document's topic terms from its terms' passage counts (in the order the terms were first counted): those in
 * at least TOPIC_SHARE of its `passages` passages, and in at least 2, then its title's terms.
 */
export function topicsOf(terms: string[], counts: number[], passages: number, title: string[]): Set<string> {
  const need = Math.max(2, TOPIC_SHARE * passages);
  const topic = new Set<string>();
  terms.forEach((t, i) => {
    if ((counts[i] as number) >= need) topic.add(t);
  });
  for (const t of title) topic.add(t);
  return topic;
}
