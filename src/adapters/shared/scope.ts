/** What `sources` says about the review set that applies where it was asked (plain text; platforms escape it). */
export const scopeLine = (name: string): string =>
  `Review set here: ${name} (questions here see only these reviews).`;
