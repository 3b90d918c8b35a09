import { printed } from './printedLabel.ts';
import { sectionHeading } from './sections.ts';
import type { HeaderNode, MatrixTable } from './tableTypes.ts';

// Table 四's labels, verbatim from the official form (do not restyle); its title is its part's heading in
// sections.ts. "|" marks where a printed line may break (see printed); the label is the text without the marks.
const outcomes = [
  { ...printed('结果|维持'), key: 'upheld' },
  { ...printed('结果|纠正'), key: 'corrected' },
  { ...printed('其他|结果'), key: 'other' },
  { ...printed('尚未|审结'), key: 'pending' },
  { ...printed('总计'), key: 'total', total: 'appeal-total' },
] as const satisfies readonly HeaderNode[];

export const appealsTable = {
  kind: 'matrix',
  id: 'appeals',
  section: sectionHeading('appeals'),
  columns: [
    { ...printed('行政|复议'), key: 'review', children: outcomes },
    {
      ...printed('行政|诉讼'),
      children: [
        { ...printed('未经|复议|直接|起诉'), key: 'suitDirect', short: '行政诉讼（未经复议直接起诉）', children: outcomes },
        { ...printed('复议后|起诉'), key: 'suitAfterReview', short: '行政诉讼（复议后起诉）', children: outcomes },
      ],
    },
  ],
  rows: [],
} as const satisfies MatrixTable;
