import { rawZip } from '../fixtures/rawZip.ts';

// Hostile .docx for the import tests, written with the one hand-made zip writer (tests/fixtures/rawZip.ts).

const contentTypes = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const rootRels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** The smallest .docx mammoth opens, with the given word/document.xml (bytes or text). */
export function minimalDocx(documentXml: Uint8Array | string, options: { declaredSize?: number } = {}): Uint8Array {
  return rawZip([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: rootRels },
    { name: 'word/document.xml', data: documentXml, ...(options.declaredSize === undefined ? {} : { declaredSize: options.declaredSize }) },
  ]);
}

/** word/document.xml with one paragraph of the text and `padding` bytes of spaces inside the body (compresses ~1000:1). */
export function paddedDocumentXml(text: string, padding: number): Uint8Array {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p>`, 'utf8');
  const tail = Buffer.from('</w:body></w:document>', 'utf8');
  const bytes = Buffer.alloc(head.length + padding + tail.length, 0x20);
  head.copy(bytes, 0);
  tail.copy(bytes, head.length + padding);
  return new Uint8Array(bytes);
}
