import { printed } from './printedLabel.ts';
import { sectionHeading } from './sections.ts';
import type { BlockTable } from './tableTypes.ts';

// Table 二's labels, verbatim from the official form (do not restyle); its title is its part's heading in
// sections.ts. "|" marks where a printed line may break (see printed); the label is the text without the marks.
const issuedRepealedInForce = [
  { ...printed('本年|制发|件数'), key: 'issued' },
  { ...printed('本年|废止|件数'), key: 'repealed' },
  { ...printed('现行|有效|件数'), key: 'inForce' },
] as const;

const decisions = [{ ...printed('本年|处理|决定|数量'), key: 'decisions' }] as const;
const contents = printed('信息|内容');

export const activeTable = {
  kind: 'blocks',
  id: 'active',
  section: sectionHeading('active'),
  width: 3,
  blocks: [
    {
      title: printed('第二十条|第（一）项'),
      labelHeader: contents,
      columns: issuedRepealedInForce,
      rows: [
        { ...printed('规章'), key: 'regulations' },
        { ...printed('行政|规范性|文件'), key: 'normativeDocuments' },
      ],
    },
    {
      title: printed('第二十条|第（五）项'),
      labelHeader: contents,
      columns: decisions,
      rows: [{ ...printed('行政|许可'), key: 'licensing' }],
    },
    {
      title: printed('第二十条|第（六）项'),
      labelHeader: contents,
      columns: decisions,
      rows: [
        { ...printed('行政|处罚'), key: 'punishment' },
        { ...printed('行政|强制'), key: 'coercion' },
      ],
    },
    {
      title: printed('第二十条|第（八）项'),
      labelHeader: contents,
      columns: [{ ...printed('本年|收费|金额|（单位：万元）'), key: 'amount', valueKind: 'amount' }],
      rows: [{ ...printed('行政|事业性|收费'), key: 'fees' }],
    },
  ],
} as const satisfies BlockTable;
