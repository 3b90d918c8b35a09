export type InputKind = 'text' | 'html' | 'docx' | 'pdf' | 'json';

/** What importReport reads: text kinds as a string (or UTF-8 bytes), .docx and .pdf as bytes. */
export type ImportInput = { readonly kind: InputKind; readonly data: string | Uint8Array };
