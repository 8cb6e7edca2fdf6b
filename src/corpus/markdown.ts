/**
 * Reads the body's structure: ATX headings ("## Title") and the blocks of text between them, with their
 * character offsets into the body. Nothing is rewritten: offsets point into the body as it is.
 */
export interface Block {
  start: number;
  end: number;
  /** Headings from the top level down, for the section this block is in. */
  headingPath: string[];
  /** 0-based index of the line in the body where the block starts. */
  line: number;
}

export interface Heading {
  level: number;
  text: string;
  line: number;
}

const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$/;
const COMMENT_ONLY = /^<!--[\s\S]*-->$/;

export function parseBlocks(body: string): { blocks: Block[]; headings: Heading[] } {
  const blocks: Block[] = [];
  const headings: Heading[] = [];
  const stack: { level: number; text: string }[] = [];
  let offset = 0;
  let open: { start: number; end: number; line: number } | undefined;
  const close = () => {
    if (open && !COMMENT_ONLY.test(body.slice(open.start, open.end).trim())) {
      blocks.push({ ...open, headingPath: stack.map((h) => h.text) });
    }
    open = undefined;
  };
  const lines = body.split('\n');
  lines.forEach((raw, index) => {
    const lineStart = offset;
    offset += raw.length + 1;
    const heading = HEADING.exec(raw);
    if (heading?.[1] && heading[2]) {
      close();
      const level = heading[1].length;
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
      stack.push({ level, text: heading[2] });
      headings.push({ level, text: heading[2], line: index });
      return;
    }
    if (raw.trim() === '') {
      close();
      return;
    }
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    if (open) open.end = lineStart + raw.length - trail;
    else open = { start: lineStart + lead, end: lineStart + raw.length - trail, line: index };
  });
  close();
  return { blocks, headings };
}
