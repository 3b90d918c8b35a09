// Debian's Chromium as the tests and the bench launch it (no browser download here): no sandbox in
// containers, no GPU, and none of Chromium's own network chatter (the machine's network is closed).
export const chromiumPath = '/usr/bin/chromium';
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;
