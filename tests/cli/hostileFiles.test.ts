import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fileErrorMessage } from '../../src/cli/fileErrorMessage.ts';
import { emptyReport } from '../../src/model/emptyReport.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { gb18030Bytes, utf16Bytes } from './encodings.ts';
import { runCliCaptured as run } from './runCliCaptured.ts';

const agency = '示例县交通运输局';
const reportJson = `${JSON.stringify({ ...emptyReport({ year: 2025, agency }), text: { ...emptyReport({ year: 2025, agency }).text, problems: '存在的问题：公开内容不够及时。' } }, null, 2)}\n`;

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-hostile-'));
});

describe('report JSON saved in the encodings of Chinese Windows', () => {
  const encodings = {
    'GBK/GB18030 (Notepad ANSI)': gb18030Bytes(reportJson),
    'UTF-16 LE with BOM (Notepad Unicode)': utf16Bytes(reportJson, 'le', true),
    'UTF-16 BE with BOM': utf16Bytes(reportJson, 'be', true),
    'UTF-16 LE without BOM': utf16Bytes(reportJson, 'le', false),
    'UTF-8 with BOM': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(reportJson)]),
  };
  for (const [name, bytes] of Object.entries(encodings)) {
    it(`reads ${name} with the agency intact, in validate, import and export`, async () => {
      const file = join(dir, 'report.json');
      writeFileSync(file, bytes);
      const validated = await run(['validate', file, '--json']);
      expect(validated.err).toBe('');
      const imported = await run(['import', file]);
      expect(JSON.parse(imported.out).meta.agency).toBe(agency);
      expect(JSON.parse(imported.out).text.problems).toBe('存在的问题：公开内容不够及时。');
      const page = join(dir, 'page.html');
      expect((await run(['export', file, '--html', page])).code).toBe(0);
      expect(readFileSync(page, 'utf8')).toContain(`<title>${agency}2025年政府信息公开工作年度报告</title>`);
    });
  }
});

describe('outputs that would overwrite the report or each other', () => {
  it('refuses `export r.json --html r.json` and leaves the report as it was', async () => {
    const file = join(dir, 'r.json');
    writeFileSync(file, JSON.stringify(fullReport));
    const result = await run(['export', file, '--html', file]);
    expect(result).toEqual({ code: 2, out: '', err: `--html ${file} 就是要读取的报告文件 ${file}，写入会把报告覆盖；请给输出另取一个文件名` });
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(fullReport));
  });

  it('sees the same file through `..`, a relative path and a symbolic link', async () => {
    mkdirSync(join(dir, 'sub'));
    const file = join(dir, 'r.json');
    writeFileSync(file, JSON.stringify(fullReport));
    symlinkSync(file, join(dir, 'link.json'));
    for (const alias of [join(dir, 'sub', '..', 'r.json'), join(dir, 'link.json')]) {
      const result = await run(['export', file, '--docx', alias]);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/就是要读取的报告文件.*请给输出另取一个文件名/);
    }
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(fullReport));
  });

  it('refuses two outputs on one file before writing either', async () => {
    const file = join(dir, 'r.json');
    writeFileSync(file, JSON.stringify(fullReport));
    const out = join(dir, 'out.html');
    const result = await run(['export', file, '--html', out, '--cms', join(dir, '.', 'out.html')]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^--html 和 --cms 指向同一个文件 .*out\.html，后写的会覆盖先写的/);
    expect(() => readFileSync(out)).toThrow();
  });

  it('refuses `import page.txt -o page.txt` and leaves the input as it was', async () => {
    const file = join(dir, 'page.txt');
    writeFileSync(file, '一、总体情况\n本年度工作平稳。');
    const result = await run(['import', file, '-o', file]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^-o .*page\.txt 就是要读取的报告文件/);
    expect(readFileSync(file, 'utf8')).toBe('一、总体情况\n本年度工作平稳。');
  });
});

describe('write and read failures in Chinese', () => {
  it('says the folder does not exist, the target is a folder, or the disk is full', async () => {
    const file = join(dir, 'r.json');
    writeFileSync(file, JSON.stringify(fullReport));
    const missing = await run(['export', file, '--html', join(dir, 'no-such-folder', 'x.html')]);
    expect(missing.err).toMatch(/无法写入 .*x\.html：所在的文件夹不存在，请先建好文件夹或换一个位置$/);
    const folder = await run(['import', file, '-o', dir]);
    expect(folder.err).toMatch(/这是一个文件夹，请在文件夹后写上文件名$/);
    const full = await run(['import', file, '-o', '/dev/full']);
    expect(full.err).toMatch(/无法写入 \/dev\/full：磁盘空间已满/);
    expect([missing.code, folder.code, full.code]).toEqual([2, 2, 2]);
  });

  it('names every listed system code in Chinese and any other by its code', () => {
    const failure = (code: string) => Object.assign(new Error(code), { code });
    expect(fileErrorMessage(failure('EROFS'), 'write')).toMatch(/只读/);
    expect(fileErrorMessage(failure('EACCES'), 'write')).toMatch(/没有写入权限/);
    expect(fileErrorMessage(failure('ENOSPC'), 'write')).toMatch(/磁盘空间已满/);
    expect(fileErrorMessage(failure('EISDIR'), 'read')).toBe('这是一个文件夹，不是文件');
    expect(fileErrorMessage(failure('EXDEV'), 'write')).toBe('写入时系统报错（EXDEV），请检查路径和权限后重试');
  });
});

describe('report files that are not what they claim', () => {
  it('answers deep nesting, wrong types and a huge count in Chinese, never with a stack overflow or zod English', async () => {
    const file = join(dir, 'r.json');
    const deep = `${'['.repeat(100000)}${']'.repeat(100000)}`;
    writeFileSync(file, JSON.stringify(fullReport).replace('{', `{"extra":${deep},`));
    const nested = await run(['import', file]);
    expect(nested).toEqual({ code: 2, out: '', err: expect.stringMatching(/内容嵌套超过 64 层.*请确认选择的是编写助手保存的报告文件$/) });
    writeFileSync(file, JSON.stringify({ ...fullReport, meta: { ...fullReport.meta, agency: 5 } }));
    const typed = await run(['validate', file]);
    expect(typed.err).toMatch(/文件内容有误：机关全称（meta\.agency）应为文字，实为数字 5；/);
    expect(typed.err).not.toMatch(/Invalid|expected|received/);
    writeFileSync(file, JSON.stringify(fullReport).replace(/"natural":\d+/, '"natural":1e308'));
    const huge = await run(['validate', file]);
    expect(huge.out).toMatch(/“1e\+308”数值过大（超过 16 位数），不可能是件数/);
    expect(huge.out).not.toMatch(/带小数/);
  });
});
