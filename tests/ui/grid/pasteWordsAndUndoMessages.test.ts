import { describe, expect, it } from 'vitest';
import { tableLayout } from '../../../src/model/tableLayout.ts';
import { tableById } from '../../../src/template/tables.ts';
import { describeStep } from '../../../src/ui/grid/describeStep.ts';
import { gridNav } from '../../../src/ui/grid/gridNavigation.ts';
import { parsePaste } from '../../../src/ui/grid/parsePaste.ts';
import { planPaste } from '../../../src/ui/grid/planPaste.ts';
import type { EditStep } from '../../../src/ui/grid/editHistory.ts';

const requests = gridNav(tableLayout(tableById.requests));
const at = 'tables.requests.received.natural';

describe('pasting words into number cells', () => {
  it('refuses "abc def" whole, naming what was pasted, like a block that does not fit', () => {
    const plan = planPaste(requests, at, parsePaste('abc def'));
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.message).toContain('没有数字（abc def）');
    expect(plan.message).toContain('没有粘贴任何内容');
  });

  it('refuses a sentence copied by mistake, and shortens what it quotes', () => {
    const plan = planPaste(requests, at, parsePaste('本年 共 收到 申请'));
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.message).toContain('（本年 共 收到……）');
  });

  it('still pastes figures with a stray word among them (the word is flagged in its cell), and one word into one cell', () => {
    const mixed = planPaste(requests, at, parsePaste('12 abc 3'));
    expect(mixed.ok && mixed.writes.map((write) => write.value)).toEqual([12, 'abc', 3]);
    const single = planPaste(requests, at, parsePaste('abc'));
    expect(single.ok).toBe(true);
  });
});

describe('what 撤销 and 重做 say they did', () => {
  const one: EditStep = [{ path: at, before: null, after: 12 }];
  const paste: EditStep = [
    { path: at, before: 1, after: 4 },
    { path: 'tables.requests.received.commercial', before: null, after: 5 },
  ];

  it('names the cell and its figures for one cell', () => {
    expect(describeStep(one, 'before')).toBe('已撤销：表三「一、本年新收 / 自然人」 12 → 空白。');
    expect(describeStep(one, 'after')).toBe('已重做：表三「一、本年新收 / 自然人」 空白 → 12。');
  });

  it('counts the cells of a paste or a fill, from its first cell', () => {
    expect(describeStep(paste, 'before')).toBe('已撤销 2 格的修改（从表三「一、本年新收 / 自然人」起）。');
    expect(describeStep(paste, 'after')).toBe('已重做 2 格的修改（从表三「一、本年新收 / 自然人」起）。');
  });
});
