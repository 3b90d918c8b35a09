import type { Feature } from 'write-excel-file/universal';

export type ListValidation = { readonly kind: 'list'; readonly range: string; readonly source: string; readonly title: string; readonly message: string };
export type DateValidation = { readonly kind: 'date'; readonly range: string; readonly title: string; readonly message: string };
export type Validation = ListValidation | DateValidation;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Excel serials of 1950-01-01 and 2100-12-31: any plausible ledger date.
const dateBounds = ['18264', '73415'] as const;

function validationXml(validation: Validation): string {
  const common = `allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="${escapeXml(validation.title)}" error="${escapeXml(validation.message)}" promptTitle="${escapeXml(validation.title)}" prompt="${escapeXml(validation.message)}" sqref="${validation.range}"`;
  return validation.kind === 'list'
    ? `<dataValidation type="list" ${common}><formula1>${escapeXml(validation.source)}</formula1></dataValidation>`
    : `<dataValidation type="date" operator="between" ${common}><formula1>${dateBounds[0]}</formula1><formula2>${dateBounds[1]}</formula2></dataValidation>`;
}

// <dataValidations> follows <sheetData>/<mergeCells>/<conditionalFormatting> and precedes the page elements (ECMA-376 CT_Worksheet).
const followers = ['<hyperlinks', '<printOptions', '<pageMargins', '<pageSetup', '<headerFooter', '<drawing', '<legacyDrawing', '<tableParts', '<extLst', '</worksheet>'];

/** A write-excel-file feature adding drop-down lists and date checks to the first sheet. */
export function dataValidationFeature(validations: readonly Validation[]): Feature<Blob> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (content, _options, { sheetIndex }) => {
            if (sheetIndex !== 0 || validations.length === 0) return content;
            const xml = `<dataValidations count="${validations.length}">${validations.map(validationXml).join('')}</dataValidations>`;
            const at = Math.min(...followers.map((tag) => content.indexOf(tag)).filter((index) => index >= 0));
            return `${content.slice(0, at)}${xml}${content.slice(at)}`;
          },
        },
      },
    },
  };
}
