// What the bench pages load, prepared before the run: the build, a snapshot of dist/, a source-map build to name
// functions in CPU profiles, generated quizzes of 10/100/1,000 chairs and the same meeting-room question for SurveyJS.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, readdir, rm, writeFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export function run(root, log, cmd, args) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
}

/**
 * A snapshot of dist/, served as /dist/: other work on this machine may rebuild dist/ (and empty it) during the run.
 * Returns its folder, the hash of its script and its scripts' names.
 */
export async function snapshotDist(root, tmpDir) {
  const snapshotDir = join(tmpDir, 'dist');
  const SNAPSHOT_NEEDS = ['coop-chair-quiz.js', 'quizzes/meeting-room.json', 'quizzes/meeting-room.svg'];
  for (let attempt = 1; ; attempt++) {
    await rm(snapshotDir, { recursive: true, force: true });
    try {
      await cp(join(root, 'dist'), snapshotDir, { recursive: true });
      const chunks = existsSync(join(snapshotDir, 'coop-chair-quiz.js'))
        ? [
            ...readFileSync(join(snapshotDir, 'coop-chair-quiz.js'), 'utf8').matchAll(/coop-chair-quiz-[\w-]+\.js/g),
          ].map((m) => m[0])
        : [];
      if ([...SNAPSHOT_NEEDS, ...chunks].every((f) => existsSync(join(snapshotDir, f)))) break;
    } catch {
      // dist/ changed while it was copied (another build): try again
    }
    if (attempt === 5)
      throw new Error(
        'dist/ is missing or incomplete (coop-chair-quiz.js, quizzes/meeting-room.*): run npm run build (or drop --no-build)',
      );
    await new Promise((r) => setTimeout(r, 3000));
  }
  return {
    dir: snapshotDir,
    script: createHash('sha256')
      .update(readFileSync(join(snapshotDir, 'coop-chair-quiz.js')))
      .digest('hex')
      .slice(0, 16),
    files: (await readdir(snapshotDir)).filter((f) => f.endsWith('.js')),
  };
}

/**
 * A second build of the same sources with source maps, only to name functions in CPU profiles: a Node SourceMap,
 * returned only if its script is byte-identical to the snapshot's (apart from the sourceMappingURL comment).
 */
export function sourceMapBuild(root, tmpDir, snapshotDir, log) {
  const mapDir = join(tmpDir, 'build-map');
  try {
    run(root, log, join(root, 'node_modules', '.bin', 'vite'), [
      'build',
      '--sourcemap',
      '--outDir',
      relative(root, mapDir),
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ]);
    const mapped = readFileSync(join(mapDir, 'coop-chair-quiz.js'), 'utf8').replace(
      /\n?\/\/# sourceMappingURL=.*\s*$/,
      '',
    );
    const shipped = readFileSync(join(snapshotDir, 'coop-chair-quiz.js'), 'utf8');
    if (mapped.trimEnd() === shipped.trimEnd())
      return new SourceMap(JSON.parse(readFileSync(join(mapDir, 'coop-chair-quiz.js.map'), 'utf8')));
    log(
      'note: the source-map build differs from the dist/ snapshot (sources changed since the build?): profiles will show minified names',
    );
  } catch (error) {
    log(`note: no source map for profiles (${error.message})`);
  }
  return undefined;
}

const ar = (t) => (typeof t === 'string' ? t : t.ar);

/** Generated quizzes: the meeting room's Arabic texts, cycled, on a grid over the same picture. */
export async function generateQuizzes(base, tmpDir) {
  const generated = {};
  for (const n of [10, 100, 1000]) {
    const cols = Math.ceil(Math.sqrt((n * 4) / 3));
    const rows = Math.ceil(n / cols);
    const chairs = Array.from({ length: n }, (_, i) => {
      const from = base.chairs[i % base.chairs.length];
      const round = (v) => Math.round(v * 100) / 100;
      return {
        number: i + 1,
        x: round(5 + (90 * ((i % cols) + 0.5)) / cols),
        y: round(5 + (90 * (Math.floor(i / cols) + 0.5)) / rows),
        place: ar(from.place),
        title: `${ar(from.title)} ${i + 1}`,
        description: ar(from.description),
        leadership: ar(from.leadership),
        collaboration: ar(from.collaboration),
        strength: ar(from.strength),
      };
    });
    const quiz = {
      version: 1,
      id: `generated-${n}`,
      lang: 'ar',
      title: `${ar(base.title)} (${n})`,
      question: ar(base.question),
      intro: ar(base.intro),
      disclaimer: ar(base.disclaimer),
      image: {
        src: '/dist/quizzes/meeting-room.svg',
        alt: ar(base.image.alt),
        width: base.image.width,
        height: base.image.height,
      },
      chairs,
    };
    const text = JSON.stringify(quiz);
    await writeFile(join(tmpDir, `quiz-${n}.json`), text);
    generated[n] = {
      file: `bench/tmp/quiz-${n}.json`,
      bytes: Buffer.byteLength(text),
      gzip: gzipSync(text, { level: 9 }).length,
    };
  }
  return generated;
}

// The same meeting-room question for SurveyJS: an "imagemap" question on the same picture, one circle per chair at
// the same centre (the picture is 800×600; radius 22 px = the component's largest marker, 44 px), single choice,
// and per chair an "html" question shown with visibleIf {chair} = N, holding the same result card. Texts in the
// three languages as SurveyJS localizable strings ("default" = English, SurveyJS's default locale).
const HEADINGS = {
  ar: {
    chair: 'الكرسي',
    leadership: 'أسلوبك في القيادة',
    collaboration: 'أسلوبك في التعاون',
    strength: 'نقطة قوّتك',
    tip: 'نصيحة صغيرة',
  },
  fr: {
    chair: 'Chaise',
    leadership: 'Votre façon de diriger',
    collaboration: 'Votre façon de collaborer',
    strength: 'Votre point fort',
    tip: 'Un petit conseil',
  },
  en: {
    chair: 'Chair',
    leadership: 'How you lead',
    collaboration: 'How you collaborate',
    strength: 'Your strength',
    tip: 'A small tip',
  },
};
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const loc = (f) => ({ default: f('en'), ar: f('ar'), fr: f('fr') });
const pickIn = (base) => (t, l) => (typeof t === 'string' ? t : (t[l] ?? t[base.lang]));

/** Writes the SurveyJS form of the meeting room to bench/tmp/surveyjs-meeting-room.json. */
export async function writeSurveyQuiz(base, tmpDir) {
  const pick = pickIn(base);
  const surveyJson = {
    title: loc((l) => pick(base.title, l)),
    description: loc((l) => pick(base.intro, l)),
    showQuestionNumbers: 'off',
    showNavigationButtons: false,
    elements: [
      {
        type: 'imagemap',
        name: 'chair',
        title: loc((l) => pick(base.question, l)),
        imageLink: '/dist/quizzes/meeting-room.svg',
        multiSelect: false,
        shape: 'circle',
        idleFillColor: 'rgba(11, 74, 74, 0.85)',
        idleStrokeColor: '#ffffff',
        idleStrokeWidth: 3,
        hoverFillColor: 'rgba(15, 92, 92, 0.95)',
        hoverStrokeColor: '#ffffff',
        hoverStrokeWidth: 3,
        selectedFillColor: '#f2b705',
        selectedStrokeColor: '#0b4a4a',
        selectedStrokeWidth: 3,
        areas: base.chairs.map((c) => ({
          value: c.number,
          text: loc((l) => `${HEADINGS[l].chair} ${c.number}، ${pick(c.place, l)}`),
          coords: `${(c.x / 100) * base.image.width},${(c.y / 100) * base.image.height},22`,
        })),
      },
      ...base.chairs.map((c) => ({
        type: 'html',
        name: `result-${c.number}`,
        visibleIf: `{chair} = ${c.number}`,
        html: loc((l) => {
          const h = HEADINGS[l];
          const section = (key, cls) =>
            c[key] ? `<section class="${cls}"><h4>${esc(h[key])}</h4><p>${esc(pick(c[key], l))}</p></section>` : '';
          return `<section class="result"><h3 class="result-heading" tabindex="-1"><span class="badge">${c.number}</span> ${esc(pick(c.title, l))}</h3><p class="place-line">${esc(pick(c.place, l))}</p><p class="description">${esc(pick(c.description, l))}</p><div class="styles">${section('leadership', 'style')}${section('collaboration', 'style')}${section('strength', 'note')}${section('tip', 'note')}</div></section>`;
        }),
      })),
      {
        type: 'html',
        name: 'disclaimer',
        html: loc((l) => `<p class="disclaimer">${esc(pick(base.disclaimer, l))}</p>`),
      },
    ],
  };
  await writeFile(join(tmpDir, 'surveyjs-meeting-room.json'), JSON.stringify(surveyJson));
}

/**
 * The README's recommended snippet: bench/coop.html (the plain embed) with the two preload hints before the script, so
 * the two pages differ by those two lines only. Written to bench/tmp/coop-snippet.html, and with blocking="render" on the
 * script to bench/tmp/coop-snippet-blocking.html; the hints name the meeting
 * room, so the page is opened with `?quiz=/dist/quizzes/meeting-room.json`.
 */
export async function writeSnippetPage(benchDir, tmpDir) {
  const plain = readFileSync(join(benchDir, 'coop.html'), 'utf8');
  const script = '    <script type="module" src="/dist/coop-chair-quiz.js"></script>';
  if (!plain.includes(script))
    throw new Error('bench/coop.html: the script tag the snippet page inserts before is gone');
  const hints = [
    '    <link rel="preload" href="/dist/quizzes/meeting-room.json" as="fetch" />',
    '    <link rel="preload" href="/dist/quizzes/meeting-room.svg" as="image" />',
  ].join('\n');
  await writeFile(join(tmpDir, 'coop-snippet.html'), plain.replace(script, `${hints}\n${script}`));
  // The same with blocking="render" (Chromium 105, Safari 18.2; Firefox ignores it): the page is first painted with
  // the element defined and its placeholder in place, so the text below the quiz never moves (issue 18's CLS 0).
  const blocking = script.replace('></script>', ' blocking="render"></script>');
  await writeFile(join(tmpDir, 'coop-snippet-blocking.html'), plain.replace(script, `${hints}\n${blocking}`));
}
