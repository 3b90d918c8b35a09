import JSZip from 'jszip';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../src/model/emptyReport.ts';
import type { Report } from '../../src/model/reportSchema.ts';
import { renderDocxBytes } from '../../src/render/docx/packDocx.ts';
import { renderDocx } from '../../src/render/docx/renderDocx.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { distinctReport } from './renderFixtures.ts';

// The export writes word/document.xml's body directly; docx writing the same report as objects is the reference.
const partsOf = async (bytes: Uint8Array): Promise<Map<string, string>> => {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const path of Object.keys(zip.files)) parts.set(path, await zip.file(path)!.async('string'));
  return parts;
};

// Timestamps of creation and modification are the only thing allowed to differ between two packages.
const withoutTimes = (xml: string | undefined) => xml?.replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, '');

const tricky: Report = {
  ...fullReport,
  meta: { ...fullReport.meta, agency: '某某市<生态>环境局 & "测试" \'单位\'', fontProfile: 'windows' },
  text: {
    ...fullReport.text,
    preamble: 'A & B < C > D "引号" \'单引号\'\u0001控制字符\n  前后空格  ',
    problems: '',
  },
};

const reports: [string, Report][] = [
  ['full report', fullReport],
  ['every cell distinct', distinctReport],
  ['new empty report (blank agency, blank cells)', emptyReport({ year: 2025, agency: '' })],
  ['XML special and control characters, windows fonts', tricky],
];

describe('direct body XML = what docx writes from the same report', () => {
  for (const [name, report] of reports) {
    it(`${name}: every part of the package is identical`, async () => {
      const direct = await partsOf(await renderDocxBytes(report));
      const reference = await partsOf(await Packer.pack(renderDocx(report), 'uint8array'));
      expect([...direct.keys()]).toEqual([...reference.keys()]);
      for (const [path, xml] of reference) {
        expect(path === 'docProps/core.xml' ? withoutTimes(direct.get(path)) : direct.get(path), path).toBe(path === 'docProps/core.xml' ? withoutTimes(xml) : xml);
      }
    });
  }
});
