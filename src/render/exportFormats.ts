import type { Report } from '../model/reportSchema.ts';
import { renderCmsHtml } from './html/renderCmsHtml.ts';
import { renderHtml } from './html/renderHtml.ts';

type DocxPacker = typeof import('./docx/packDocx.ts');
let docxPacker: Promise<DocxPacker> | undefined;

/**
 * The docx library is a chunk of its own in the app, fetched when the clerk first asks for the file;
 * later calls reuse it, and a failed fetch is tried again on the next call.
 */
function loadDocxPacker(): Promise<DocxPacker> {
  docxPacker ??= import('./docx/packDocx.ts').catch((error: unknown) => {
    docxPacker = undefined;
    throw error;
  });
  return docxPacker;
}

/** How a format is made: text at once, or bytes by a library loaded on first use. */
export type ExportRender =
  | { readonly text: (report: Report) => string }
  | { readonly bytes: (report: Report) => Promise<Uint8Array> };

/** One output of the report: what the command line and the app each need to offer it. */
export type ExportFormat = {
  /** The command line's option (`export report.json --docx out.docx`). */
  readonly option: `--${string}`;
  /** The command line's name for it (“Word 文件已写入：…”). */
  readonly cliName: string;
  /** The app's name for it in its status line (“已生成 Word 文件：…”). */
  readonly appName: string;
  /** The app's download button. */
  readonly button: string;
  /** Appended to the report's title to name the downloaded file. */
  readonly suffix: string;
  readonly mimeType: string;
  /** What kind of file it is, for the command line's guard against replacing a file of another kind. */
  readonly fileKind: 'docx' | 'html';
  readonly render: ExportRender;
};

/**
 * Every export format, in the order the app's buttons and the command line's usage list them. A new
 * format is one entry here (and its renderer under render/): the CLI's options, the app's buttons and the
 * file names follow.
 */
export const exportFormats = {
  docx: {
    option: '--docx',
    cliName: 'Word 文件',
    appName: 'Word 文件',
    button: '下载 Word 文件（.docx）',
    suffix: '.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    fileKind: 'docx',
    render: { bytes: async (report) => (await loadDocxPacker()).renderDocxBytes(report) },
  },
  html: {
    option: '--html',
    cliName: '网页',
    appName: '网页文件',
    button: '下载网页（.html）',
    suffix: '.html',
    mimeType: 'text/html;charset=utf-8',
    fileKind: 'html',
    render: { text: renderHtml },
  },
  cms: {
    option: '--cms',
    cliName: 'CMS 网页片段',
    appName: '网页文件',
    button: '下载网站编辑器用网页',
    suffix: '（网站编辑器用）.html',
    mimeType: 'text/html;charset=utf-8',
    fileKind: 'html',
    render: { text: renderCmsHtml },
  },
} as const satisfies Record<string, ExportFormat>;

export type ExportKind = keyof typeof exportFormats;

export const exportKinds = Object.keys(exportFormats) as ExportKind[];

/** The format's content: a string or the file's bytes. */
export async function renderExport(kind: ExportKind, report: Report): Promise<string | Uint8Array> {
  const { render }: ExportFormat = exportFormats[kind];
  return 'text' in render ? render.text(report) : render.bytes(report);
}
