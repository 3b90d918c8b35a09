import { Packer, type Document } from 'docx';
import type { Report } from '../../model/reportSchema.ts';
import { docxBodyPlan } from './docxBodyPlan.ts';
import { docxBodyXml } from './docxBodyXml.ts';
import { docxDocument } from './renderDocx.ts';
import { xmlSafeReport } from '../xmlSafeReport.ts';

const documentPart = 'word/document.xml';

type DocumentEnvelope = { readonly open: string; readonly close: string };
type PartCompiler = { compile(file: Document, prettify: undefined, overrides: readonly []): Map<string, string | Uint8Array> };

let envelope: DocumentEnvelope | undefined;

/**
 * word/document.xml around the body (namespaces, section properties with the footer references), as docx
 * writes it for this package. The same for every report, so learned once from docx's own compiler.
 */
function documentEnvelope(report: Report): DocumentEnvelope {
  if (envelope) return envelope;
  const compiler = (Packer as unknown as { compiler?: PartCompiler }).compiler;
  const xml = compiler?.compile(docxDocument(report, []), undefined, []).get(documentPart);
  const bodyStart = typeof xml === 'string' ? xml.indexOf('<w:body>') : -1;
  const sectionStart = typeof xml === 'string' ? xml.indexOf('<w:sectPr', bodyStart) : -1;
  if (typeof xml !== 'string' || bodyStart < 0 || sectionStart < 0) throw new Error('docx library: word/document.xml not in the expected shape');
  envelope = { open: xml.slice(0, bodyStart + '<w:body>'.length), close: xml.slice(sectionStart) };
  return envelope;
}

function wrappedBody(report: Report): string {
  const { open, close } = documentEnvelope(report);
  return open + docxBodyXml(docxBodyPlan(report)) + close;
}

/** word/document.xml of the report, body written directly (the same XML docx writes from renderDocx). */
export function documentXml(report: Report): string {
  return wrappedBody(xmlSafeReport(report));
}

/**
 * The .docx file's bytes (command line, tests, bench, browser). docx builds the package around an empty body
 * (styles, footers, properties) and takes the body's XML as written here: building and serialising a docx
 * object for each of the ~600 table cells was most of the export's time.
 */
export function renderDocxBytes(input: Report): Promise<Uint8Array> {
  const report = xmlSafeReport(input);
  return Packer.pack(docxDocument(report, []), 'uint8array', undefined, [{ path: documentPart, data: wrappedBody(report) }]);
}
