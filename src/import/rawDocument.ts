/** A paragraph of running text, or a table as rows of cell texts (merged cells appear once). */
export type RawBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly rows: readonly (readonly string[])[] };

/** Any input, reduced to what the matcher reads: blocks in document order. */
export type RawDocument = readonly RawBlock[];
