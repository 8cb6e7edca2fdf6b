/**
 * Payload shapes with fields removed or nulled, for property tests: every path of a valid payload (inner
 * objects and leaves, array items included), and an arbitrary that removes or nulls a few of them.
 */
import fc from 'fast-check';

type Path = Array<string | number>;

export function paths(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => {
    const child = (value as Record<string | number, unknown>)[k];
    const here = [...prefix, k];
    return [here, ...paths(child, here)];
  });
}

export type Mutation = { path: Path; how: 'remove' | 'null' };

export function applyMutations<T>(value: T, mutations: readonly Mutation[]): unknown {
  const copy = structuredClone(value) as unknown;
  for (const { path, how } of mutations) {
    let parent: unknown = copy;
    for (const k of path.slice(0, -1)) {
      parent =
        typeof parent === 'object' && parent !== null
          ? (parent as Record<string | number, unknown>)[k]
          : undefined;
    }
    const last = path.at(-1);
    if (typeof parent !== 'object' || parent === null || last === undefined) continue;
    const p = parent as Record<string | number, unknown>;
    if (how === 'null') p[last] = null;
    else if (Array.isArray(p) && typeof last === 'number') p.splice(last, 1);
    else delete p[last];
  }
  return copy;
}

/** One to three removals or nulls among the payload's own paths. */
export function mutated(value: unknown): fc.Arbitrary<{ mutations: Mutation[]; payload: unknown }> {
  const all = paths(value);
  const mutation = fc.record({
    path: fc.constantFrom(...all),
    how: fc.constantFrom<'remove' | 'null'>('remove', 'null'),
  });
  return fc
    .array(mutation, { minLength: 1, maxLength: 3 })
    .map((mutations) => ({ mutations, payload: applyMutations(value, mutations) }));
}
