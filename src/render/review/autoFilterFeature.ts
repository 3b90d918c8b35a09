import type { Feature } from 'write-excel-file/universal';

/** A filter on the header row of a sheet: its index among the sheets, name and the range it covers (A1:K20). */
export type SheetFilter = { readonly sheetIndex: number; readonly sheet: string; readonly ref: string };

const absolute = (ref: string) => ref.split(':').map((corner) => corner.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')).join(':');
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A write-excel-file feature adding Excel's filter buttons (<autoFilter>, right after <sheetData>) and the
 * hidden _xlnm._FilterDatabase name Excel and WPS keep for each filtered sheet.
 */
export function autoFilterFeature(filters: readonly SheetFilter[]): Feature<Blob> {
  const bySheet = new Map(filters.map((filter) => [filter.sheetIndex, filter]));
  const names = filters.map((f) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${f.sheetIndex}" hidden="1">'${escapeXml(f.sheet.replace(/'/g, "''"))}'!${absolute(f.ref)}</definedName>`).join('');
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (content, _options, { sheetIndex }) => {
            const filter = bySheet.get(sheetIndex);
            if (!filter) return content;
            const xml = `<autoFilter ref="${filter.ref}"/>`;
            if (content.includes('</sheetData>')) return content.replace('</sheetData>', `</sheetData>${xml}`);
            return content.replace('<sheetData/>', `<sheetData/>${xml}`);
          },
        },
        'xl/workbook.xml': {
          transform: (content) => {
            if (filters.length === 0) return content;
            const cleared = content.replace(/<definedNames\s*\/>|<definedNames>\s*<\/definedNames>/, '');
            if (cleared.includes('<definedNames>')) return cleared.replace('<definedNames>', `<definedNames>${names}`);
            return cleared.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`);
          },
        },
      },
    },
  };
}
