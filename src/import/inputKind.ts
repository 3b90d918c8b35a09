export type InputKind = 'text' | 'html' | 'mhtml' | 'docx' | 'pdf' | 'json';

/**
 * What importReport reads: text kinds as a string (or UTF-8 bytes), .docx, .pdf and .mhtml as bytes. A page
 * saved with its _files folder brings the documents of its frames, by their path in the page.
 */
export type ImportInput = { readonly kind: InputKind; readonly data: string | Uint8Array; readonly frames?: ReadonlyMap<string, string> };
