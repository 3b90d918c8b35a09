/** Who wrote an exported file: recorded in the .docx properties, the page's <meta name="generator"> and the review workbook. */
export const generatorName = 'gov-info-annual-report';
/** Kept equal to package.json's version (a test checks it). */
export const generatorVersion = '0.1.0';
export const generatorLabel = `${generatorName} ${generatorVersion}`;
