// Fails when a target locale misses an interface string. Run after `lit-localize extract` (which adds every
// msg() of the source to locales/*.xlf, without a target when it is new): every unit needs a non-empty
// <target> with the same placeholders as its <source>.
import { readdir, readFile } from 'node:fs/promises';

const dir = new URL('../locales/', import.meta.url);
const problems = [];
let units = 0;
for (const name of (await readdir(dir)).filter((n) => n.endsWith('.xlf'))) {
  const xlf = await readFile(new URL(name, dir), 'utf8');
  for (const [, id, body] of xlf.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    units++;
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (target === undefined || !target.trim()) {
      problems.push(`locales/${name}: "${id}" has no translation (source: ${source})`);
      continue;
    }
    const holes = (s) =>
      [...s.matchAll(/<x id="(\d+)"/g)]
        .map((m) => m[1])
        .sort()
        .join(',');
    if (holes(source) !== holes(target))
      problems.push(`locales/${name}: "${id}" has placeholders [${holes(target)}], the source has [${holes(source)}]`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(
    `\n${problems.length} translation problem(s). Add the <target> in the .xlf files (see README, "Translations").`,
  );
  process.exit(1);
}
console.log(`locales: ok (${units} strings in every target locale)`);
