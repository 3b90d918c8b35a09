import { decodeText } from './decodeText.ts';

// GB2312 and GBK pages: the GB18030 decoder reads them all (it is the Encoding Standard's decoder for every GB label).
const gbLabels = /^(gb2312|gb_2312(-80)?|gbk|x-gbk|cp936|windows-936|ms936|gb18030|csgb2312|chinese|iso-ir-58)$/i;

function decoderFor(label: string): TextDecoder | undefined {
  const name = label.trim().replace(/^["']|["']$/g, '');
  try {
    return new TextDecoder(gbLabels.test(name) ? 'gb18030' : name);
  } catch {
    return undefined;
  }
}

/**
 * An HTML document's bytes → text: in the charset declared for it (a MIME part's Content-Type) or in its own
 * <meta charset> / <meta http-equiv> when that is a known label, else as decodeText guesses (UTF-8, UTF-16, GB18030).
 */
export function decodeHtmlBytes(bytes: Uint8Array, declared?: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label = declared ?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  if (label && !/^["']?utf-?(8|16)/i.test(label)) {
    const decoder = decoderFor(label);
    if (decoder) return decoder.decode(bytes).replace(/^\uFEFF/, '');
  }
  return decodeText(bytes);
}
