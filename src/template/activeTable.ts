import type { BlockTable } from './tableTypes.ts';

// 二、主动公开政府信息情况 — labels verbatim from the official form; do not restyle.
const issuedRepealedInForce = [
  { key: 'issued', label: '本年制发件数' },
  { key: 'repealed', label: '本年废止件数' },
  { key: 'inForce', label: '现行有效件数' },
] as const;

const decisions = [{ key: 'decisions', label: '本年处理决定数量' }] as const;

export const activeTable = {
  kind: 'blocks',
  id: 'active',
  section: '二、主动公开政府信息情况',
  width: 3,
  blocks: [
    {
      title: '第二十条第（一）项',
      labelHeader: '信息内容',
      columns: issuedRepealedInForce,
      rows: [
        { key: 'regulations', label: '规章' },
        { key: 'normativeDocuments', label: '行政规范性文件' },
      ],
    },
    {
      title: '第二十条第（五）项',
      labelHeader: '信息内容',
      columns: decisions,
      rows: [{ key: 'licensing', label: '行政许可' }],
    },
    {
      title: '第二十条第（六）项',
      labelHeader: '信息内容',
      columns: decisions,
      rows: [
        { key: 'punishment', label: '行政处罚' },
        { key: 'coercion', label: '行政强制' },
      ],
    },
    {
      title: '第二十条第（八）项',
      labelHeader: '信息内容',
      columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', valueKind: 'amount' }],
      rows: [{ key: 'fees', label: '行政事业性收费' }],
    },
  ],
} as const satisfies BlockTable;
