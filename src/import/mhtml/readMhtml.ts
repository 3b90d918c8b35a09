import { decodeHtmlBytes } from '../decodeHtmlBytes.ts';
import { binaryString, stringBytes } from './binaryString.ts';
import { decodeBase64 } from './decodeBase64.ts';
import { decodeQuotedPrintable } from './decodeQuotedPrintable.ts';

export type SavedPage = { readonly html: string; readonly frames: ReadonlyMap<string, string>; readonly location?: string };

// A saved page has its document, its frames and a few hundred images and style sheets; far more is not a page.
export const maxMhtmlParts = 5000;
const maxFrames = 50;
const maxHeaderBytes = 64 * 1024;

const invalid = (why: string) => ({ ok: false as const, error: `不是有效的网页单文件（.mhtml/.mht）：${why}` });

type Headers = ReadonlyMap<string, string>;

/** Header lines (folded lines joined) → lower-case name → value. */
function readHeaders(text: string): Headers {
  const headers = new Map<string, string>();
  const lines = text.replace(/\r\n/g, '\n').replace(/\n[ \t]+/g, ' ').split('\n');
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

/** A parameter of a header value: boundary="----MultipartBoundary--…", charset=gb2312. */
function parameter(value: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** Where the headers starting at `from` end (the first empty line), looked for only up to `to` and 64 kB. */
function headerEnd(text: string, from: number, to = text.length): { headers: number; body: number } | undefined {
  const window = text.slice(from, Math.min(to, from + maxHeaderBytes));
  const crlf = window.indexOf('\r\n\r\n');
  const lf = window.indexOf('\n\n');
  const candidates = [crlf >= 0 ? { headers: from + crlf, body: from + crlf + 4 } : undefined, lf >= 0 ? { headers: from + lf, body: from + lf + 2 } : undefined]
    .filter((c): c is { headers: number; body: number } => c !== undefined);
  return candidates.sort((a, b) => a.headers - b.headers)[0];
}

function decodeBody(body: string, encoding: string | undefined): Uint8Array {
  const kind = (encoding ?? '').trim().toLowerCase();
  if (kind === 'base64') return decodeBase64(body);
  if (kind === 'quoted-printable') return decodeQuotedPrintable(body);
  return stringBytes(body);
}

type Part = { readonly headers: Headers; readonly body: string };

function htmlOf(part: Part): string {
  const type = part.headers.get('content-type') ?? '';
  return decodeHtmlBytes(decodeBody(part.body, part.headers.get('content-transfer-encoding')), parameter(type, 'charset'));
}

const isHtml = (part: Part) => /^\s*text\/html\b/i.test(part.headers.get('content-type') ?? '');

/**
 * A page saved as one file (MHTML, RFC 2557: what Chromium's 网页，单个文件 and 360's 保存网页 write, and Word's
 * 单个文件网页) → its document and the documents of its frames, decoded from quoted-printable or base64 in the
 * charset each part declares. Linear in the file; a file that is not one is refused with a reason.
 */
export function readMhtml(bytes: Uint8Array): { ok: true; page: SavedPage } | { ok: false; error: string } {
  const text = binaryString(bytes);
  const start = text.search(/\S/);
  const top = start < 0 ? undefined : headerEnd(text, start);
  if (start < 0 || !top) return invalid('文件开头没有 MIME 信息头');
  const headers = readHeaders(text.slice(start, top.headers));
  const type = headers.get('content-type') ?? '';
  const location = headers.get('snapshot-content-location') ?? headers.get('content-location');
  const withLocation = (page: Omit<SavedPage, 'location'>): SavedPage => (location ? { ...page, location } : page);
  if (/^\s*text\/html\b/i.test(type)) {
    return { ok: true, page: withLocation({ html: htmlOf({ headers, body: text.slice(top.body) }), frames: new Map() }) };
  }
  if (!/^\s*multipart\//i.test(type)) return invalid(`文件类型是“${type || '未注明'}”，不是保存的网页`);
  const boundary = parameter(type, 'boundary');
  if (!boundary || boundary.length > 200) return invalid('没有找到各部分的分隔标记（boundary）');
  const delimiter = `--${boundary}`;
  const parts: Part[] = [];
  let seen = 0;
  let at = text.indexOf(delimiter, top.body);
  while (at >= 0) {
    seen += 1;
    let from = at + delimiter.length;
    if (text.startsWith('--', from)) break;
    from = text.indexOf('\n', from);
    if (from < 0) break;
    from += 1;
    let next = text.indexOf(`\n${delimiter}`, from);
    const end = next < 0 ? text.length : next;
    if (seen > maxMhtmlParts) return invalid(`组成部分超过 ${maxMhtmlParts} 个，远多于一个网页，不像是正常保存的网页`);
    const split = headerEnd(text, from, end);
    if (split) {
      const bodyEnd = text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
      parts.push({ headers: readHeaders(text.slice(from, split.headers)), body: text.slice(split.body, Math.max(split.body, bodyEnd)) });
    }
    next = next < 0 ? -1 : next + 1;
    at = next;
  }
  const pages = parts.filter(isHtml);
  if (pages.length === 0) return invalid('其中没有网页正文（text/html）部分');
  const startId = parameter(type, 'start')?.replace(/^<|>$/g, '');
  const root = pages.find((part) => startId !== undefined && part.headers.get('content-id')?.replace(/^<|>$/g, '') === startId) ?? pages[0];
  if (!root) return invalid('其中没有网页正文（text/html）部分');
  const frames = new Map<string, string>();
  for (const part of pages) {
    if (part === root || frames.size >= maxFrames * 2) continue;
    const html = htmlOf(part);
    const id = part.headers.get('content-id')?.replace(/^<|>$/g, '');
    const address = part.headers.get('content-location');
    if (id) frames.set(`cid:${id}`, html);
    if (address) frames.set(address, html);
  }
  return { ok: true, page: withLocation({ html: htmlOf(root), frames }) };
}
