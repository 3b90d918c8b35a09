// The minified legacy builds of pdf.js ship without their own declarations; readPdfPages types what is used.
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs';
declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';
