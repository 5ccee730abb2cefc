// The flags Debian's Chromium gets from every Node script here (the benchmark, the screenshots, the WordPress and app
// tests, web-test-runner): as root it needs --no-sandbox, and without the background-networking flags it keeps
// trying Google's hosts, which this machine's closed network refuses (the team's TOOLCHAIN.md says so).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
