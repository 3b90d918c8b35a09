import type { HeaderNode, MatrixTable } from './tableTypes.ts';

// 四、政府信息公开行政复议、行政诉讼情况 — labels verbatim from the official form; do not restyle.
const outcomes = [
  { label: '结果维持', key: 'upheld' },
  { label: '结果纠正', key: 'corrected' },
  { label: '其他结果', key: 'other' },
  { label: '尚未审结', key: 'pending' },
  { label: '总计', key: 'total', total: 'appeal-total' },
] as const satisfies readonly HeaderNode[];

export const appealsTable = {
  kind: 'matrix',
  id: 'appeals',
  section: '四、政府信息公开行政复议、行政诉讼情况',
  columns: [
    { label: '行政复议', key: 'review', children: outcomes },
    {
      label: '行政诉讼',
      children: [
        { label: '未经复议直接起诉', key: 'suitDirect', short: '行政诉讼（未经复议直接起诉）', children: outcomes },
        { label: '复议后起诉', key: 'suitAfterReview', short: '行政诉讼（复议后起诉）', children: outcomes },
      ],
    },
  ],
  rows: [],
} as const satisfies MatrixTable;
