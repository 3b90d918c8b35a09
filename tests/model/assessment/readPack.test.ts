import { describe, expect, it } from 'vitest';
import { readPack, readPackText } from '../../../src/model/assessment/readPack.ts';
import national from '../../../src/model/assessment/packs/national-2021.json' with { type: 'json' };

const valid = {
  format: 'assessment-pack', version: 1, id: 'example-county', name: '示例县考核', edition: '2025.1', source: '县政务公开办',
  template: '2021', points: 10, caps: { elements: 5 },
  rules: [
    { id: 'late', kind: 'late', title: '逾期', points: 5 },
    { id: 'elements', kind: 'element', title: '要素不全', points: 1, per: 'occurrence', cap: 'elements', elements: ['fee-statement'] },
  ],
};
const edit = (change: (pack: typeof valid & Record<string, unknown>) => void) => {
  const copy = structuredClone(valid) as typeof valid & Record<string, unknown>;
  change(copy);
  return readPack(copy);
};
const refusal = (result: ReturnType<typeof readPack>) => (result.ok ? '' : result.error);

describe('readPack', () => {
  it('reads a valid pack and the shipped ones', () => {
    expect(readPack(valid).ok).toBe(true);
    expect(readPack(national).ok).toBe(true);
  });

  it('refuses a pack naming the field, in Chinese, and returns no pack at all', () => {
    const cases: [ReturnType<typeof readPack>, RegExp][] = [
      [edit((p) => { (p.rules[0] as Record<string, unknown>).kind = 'lateness'; }), /rules\[0\].*kind.*finding、element、late/],
      [edit((p) => { delete (p.rules[1] as Record<string, unknown>).points; }), /缺少.*rules\[1\]\.points/],
      [edit((p) => { (p.rules[1] as Record<string, unknown>).cap = 'tables'; }), /rules\[1\]\.cap.*没有在分组扣分上限/],
      [edit((p) => { (p.rules[1] as Record<string, unknown>).id = 'late'; }), /rules\[1\]\.id.*重复/],
      [edit((p) => { p.rules.push({ id: 'tables', kind: 'finding', title: '表格错误', points: 1, rules: ['row-total', 'narative-count'] } as never); }), /rules\[2\]\.rules\[1\].*不是本工具的检查规则编号.*"narative-count"/],
      [edit((p) => { (p.rules[0] as Record<string, unknown>).pionts = 3; }), /rules\[0\].*pionts/],
      [edit((p) => { (p.rules[1] as Record<string, unknown>).elements = ['fee']; }), /rules\[1\]\.elements\[0\]/],
      [edit((p) => { p.id = 'Example County'; }), /规则包编号（id）.*小写字母/],
      [edit((p) => { p.deadlines = { department: '1月31日' }; }), /deadlines\.department.*"01-31"/],
      [edit((p) => { p.points = -1; }), /满分（points）.*不小于 0/],
      [edit((p) => { p.rules.push({ id: 'similar', kind: 'similar', title: '雷同', points: 1, against: ['last-year'], over: 5 } as never); }), /rules\[2\]\.over.*0 到 1/],
      [edit((p) => { p.version = 2 as never; }), /格式版本（version）/],
      [readPackText('{"format": "assessment-pack",'), /不是有效的 JSON/],
      [readPack({ format: 'gov-info-annual-report' }), /不是评估规则包/],
    ];
    for (const [result, pattern] of cases) {
      expect(result.ok).toBe(false);
      expect(result).not.toHaveProperty('pack');
      expect(refusal(result)).toMatch(pattern);
      expect(refusal(result)).not.toMatch(/Invalid|expected|received/);
    }
  });
});
