import type { InputKind } from './inputKind.ts';

/** How a kind of input is recognised by name: its extensions and the MIME types a file picker offers. */
export type ImportFormat = { readonly extensions: readonly `.${string}`[]; readonly mimeTypes: readonly string[] };

/**
 * Every kind of file the importer reads (detectInputKind tells them apart by content first, then by these
 * extensions). The command line's readers, the review's folder scan and the app's file pickers read this
 * map; a new input kind is one entry here and its reader in importReport.
 */
export const importFormats = {
  json: { extensions: ['.json'], mimeTypes: ['application/json'] },
  text: { extensions: ['.txt'], mimeTypes: ['text/plain'] },
  html: { extensions: ['.html', '.htm'], mimeTypes: ['text/html'] },
  mhtml: { extensions: ['.mhtml', '.mht'], mimeTypes: ['multipart/related', 'message/rfc822'] },
  docx: { extensions: ['.docx'], mimeTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'] },
  pdf: { extensions: ['.pdf'], mimeTypes: ['application/pdf'] },
} as const satisfies Record<InputKind, ImportFormat>;

const kinds = Object.keys(importFormats) as InputKind[];

/** The kind each extension names: .htm → html. */
export const importKindByExtension: ReadonlyMap<string, InputKind> = new Map(
  kinds.flatMap((kind) => importFormats[kind].extensions.map((extension) => [extension, kind] as const)),
);

/** Every extension read, in the map's order: .json, .txt, .html, .htm, .mhtml, .mht, .docx, .pdf. */
export const importExtensions: readonly string[] = [...importKindByExtension.keys()];

/** A file input's `accept`: the extensions, then the MIME types. */
export const importAccept = [...importExtensions, ...kinds.flatMap((kind) => importFormats[kind].mimeTypes)].join(',');
