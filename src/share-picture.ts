/**
 * The share picture: a PNG of a result drawn on a canvas — the room with the chosen chair ringed, the chair's number
 * and title, its headline, the quiz's question as the invitation and the page owner's name. 1080 × 1350 (4:5: a post
 * and a story) for the share sheet; the share kit draws the same card at 1200 × 630 for link previews.
 *
 * It imports nothing and takes plain data (strings, numbers), so that it is a file of its own in the script-tag
 * build (`coop-chair-quiz-share-picture.js`, loaded only when a visitor asks for the picture, beside the script with
 * its query string) and so that the share kit can reuse it. No DOM insertion, no inline style, no HTML: it works
 * under the strict CSP and Trusted Types pages of issue 6.
 */

export interface SharePictureInput {
  /** The picture's size in pixels: 1080 × 1350 for the share sheet, 1200 × 630 for a link preview. */
  width: number;
  height: number;
  /** The room picture's absolute URL; without it, or when it cannot be drawn, the card has no room. */
  picture?: string;
  /** The chosen chair's centre on the room picture, in percent of its width (from the left) and height. */
  chairX: number;
  chairY: number;
  /** The chair number as shown, already in the chosen digits ("5" or "٥"). */
  number: string;
  title: string;
  headline?: string;
  /** The quiz's question: the invitation to the people who see the picture. */
  question: string;
  /** The quiz's name, small at the top. */
  quiz?: string;
  /** The page owner's name ("تعاونية الأمل"), at the bottom. */
  owner?: string;
  dark: boolean;
  dir: 'rtl' | 'ltr';
  lang: string;
  /** A CSS font-family list; default: the component's own stack. */
  fontFamily?: string;
}

export interface SharePicture {
  blob: Blob;
  /** False when the room could not be drawn (no picture, a load error, another origin without CORS). */
  room: boolean;
}

const FONT =
  "system-ui, 'Segoe UI', 'Noto Sans Arabic', 'Noto Naskh Arabic', Tahoma, 'Geeza Pro', 'Arabic UI Text', sans-serif";

/** The component's light and dark colours (coop-chair-quiz.styles.ts). */
const COLOURS = {
  light: { surface: '#fffdf8', text: '#1d2422', muted: '#4d5a56', accent: '#0f5c5c', onAccent: '#ffffff' },
  dark: { surface: '#1f2321', text: '#f2efe6', muted: '#c2cbc7', accent: '#7fd1c7', onAccent: '#062523' },
};
const CHOSEN = '#f2b705';

/** A picture that does not arrive within 10 s is left out: the card without the room is better than no card. */
const PICTURE_TIMEOUT = 10_000;

async function loadPicture(url: string): Promise<HTMLImageElement | undefined> {
  const image = new Image();
  // Another origin's picture without CORS headers then fails to load, instead of tainting the canvas.
  image.crossOrigin = 'anonymous';
  image.src = url;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      image.decode(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), PICTURE_TIMEOUT))),
    ]);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
  // An SVG without a size of its own has no natural size in Firefox and cannot be drawn.
  return image.naturalWidth && image.naturalHeight ? image : undefined;
}

/** Greedy line breaking at spaces (non-breaking spaces, as in French « », stay glued), measured with the font. */
export function wrapLines(measure: (text: string) => number, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/[ \t\n]+/)) {
    const next = line ? `${line} ${word}` : word;
    if (!line || measure(next) <= maxWidth) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface Block {
  text: string;
  size: number;
  weight: number;
  colour: string;
  /** The title: it starts beside the number badge. */
  badge?: boolean;
}

/** Waits for the page's fonts (and those our texts need) so the first picture is not drawn in a fallback font. */
async function fontsReady(family: string, blocks: Block[]) {
  const fonts = document.fonts;
  if (!fonts) return;
  await Promise.all(blocks.map((b) => fonts.load(`${b.weight} ${b.size}px ${family}`, b.text).catch(() => [])));
  await fonts.ready;
}

function draw(
  canvas: HTMLCanvasElement,
  input: SharePictureInput,
  image: HTMLImageElement | undefined,
  family: string,
): void {
  const { width: w, height: h, dir } = input;
  const colours = input.dark ? COLOURS.dark : COLOURS.light;
  const ctx = canvas.getContext('2d')!;
  canvas.width = w;
  canvas.height = h;
  ctx.direction = dir;
  if ('lang' in ctx) (ctx as { lang: string }).lang = input.lang;
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = colours.surface;
  ctx.fillRect(0, 0, w, h);

  const unit = Math.min(w, h) / 1080;
  const pad = Math.round(64 * unit);
  const landscape = w > h;
  const rtl = dir === 'rtl';
  // Arabic needs taller lines than Latin for its marks (the component's own line heights: 1.7 and 1.5).
  const leading = rtl ? 1.55 : 1.3;

  // The room: the whole picture, fitted into its area (above the texts, or beside them in a landscape card).
  let textTop = pad;
  let textLeft = pad;
  let textRight = w - pad;
  if (image) {
    const ratio = image.naturalHeight / image.naturalWidth;
    const areaW = landscape ? w * 0.46 - pad : w - 2 * pad;
    const areaH = landscape ? h - 2 * pad : h * 0.44;
    const drawW = Math.min(areaW, areaH / ratio);
    const drawH = drawW * ratio;
    // In a landscape card the room sits at the end of the reading direction: left in Arabic, right in French.
    const x = landscape ? (rtl ? pad : w - pad - drawW) : (w - drawW) / 2;
    const y = landscape ? (h - drawH) / 2 : pad;
    ctx.save();
    ctx.beginPath();
    ctx.roundRect(x, y, drawW, drawH, 24 * unit);
    ctx.clip();
    ctx.drawImage(image, x, y, drawW, drawH);
    ctx.restore();
    // The ring: yellow like the chosen chair in the quiz, with a dark edge so it shows on any picture.
    const cx = x + (input.chairX / 100) * drawW;
    const cy = y + (input.chairY / 100) * drawH;
    const r = Math.max(34 * unit, drawW * 0.06);
    ctx.beginPath();
    ctx.arc(cx, cy, r, 0, 2 * Math.PI);
    ctx.lineWidth = 16 * unit;
    ctx.strokeStyle = '#1d2422';
    ctx.stroke();
    ctx.lineWidth = 10 * unit;
    ctx.strokeStyle = CHOSEN;
    ctx.stroke();
    if (landscape) {
      if (rtl) textLeft = x + drawW + pad;
      else textRight = x - pad;
    } else textTop = y + drawH + pad * 0.9;
  }

  const columnW = textRight - textLeft;
  const start = rtl ? textRight : textLeft;
  const bottom = h - pad;
  const ownerSize = 30 * unit;
  const textBottom = input.owner ? bottom - ownerSize * 2 : bottom;

  // The texts, shrunk together until they fit (a long title and question on a landscape card).
  const badge = (scale: number) => 76 * unit * scale;
  const blocks = (scale: number): Block[] =>
    [
      input.quiz && { text: input.quiz, size: 30 * unit * scale, weight: 600, colour: colours.muted },
      { text: input.title, size: 66 * unit * scale, weight: 700, colour: colours.text, badge: true },
      input.headline && { text: input.headline, size: 42 * unit * scale, weight: 400, colour: colours.text },
      { text: input.question, size: 38 * unit * scale, weight: 600, colour: colours.accent },
    ].filter((b): b is Block => !!b);
  const font = (b: Block) => `${b.weight} ${b.size}px ${family}`;
  const layout = (scale: number) => {
    let y = textTop;
    const placed: { block: Block; lines: string[]; y: number; indent: number }[] = [];
    for (const block of blocks(scale)) {
      ctx.font = font(block);
      const isTitle = !!block.badge;
      const indent = isTitle ? badge(scale) + 24 * unit : 0;
      const lines = wrapLines((t) => ctx.measureText(t).width, block.text, columnW - indent);
      const lineH = block.size * leading;
      const height = Math.max(lines.length * lineH, isTitle ? badge(scale) : 0);
      placed.push({
        block,
        lines,
        y: y + (isTitle ? Math.max(0, (badge(scale) - lines.length * lineH) / 2) : 0),
        indent,
      });
      y += height + block.size * 0.6;
    }
    return { placed, end: y };
  };
  let scale = 1;
  let plan = layout(scale);
  while (plan.end > textBottom && scale > 0.5) plan = layout((scale -= 0.05));
  // Beside the room (a landscape card), the texts sit in the middle of their column.
  const shift = landscape && image ? Math.max(0, (textBottom - plan.end) / 2) : 0;

  for (const { block, lines, y: top, indent } of plan.placed) {
    const y = top + shift;
    ctx.font = font(block);
    ctx.fillStyle = block.colour;
    ctx.textAlign = rtl ? 'right' : 'left';
    const lineH = block.size * leading;
    if (indent) {
      // The number, in a circle like the quiz's chair markers.
      const size = badge(scale);
      const top = y - Math.max(0, (size - lines.length * lineH) / 2);
      const cx = rtl ? start - size / 2 : start + size / 2;
      ctx.beginPath();
      ctx.arc(cx, top + size / 2, size / 2, 0, 2 * Math.PI);
      ctx.fillStyle = CHOSEN;
      ctx.fill();
      ctx.fillStyle = '#1d2422';
      ctx.font = `700 ${size * 0.5}px ${family}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(input.number, cx, top + size / 2 + size * 0.03);
      ctx.textBaseline = 'alphabetic';
      ctx.textAlign = rtl ? 'right' : 'left';
      ctx.font = font(block);
      ctx.fillStyle = block.colour;
    }
    const x = rtl ? start - indent : start + indent;
    lines.forEach((line, i) => ctx.fillText(line, x, y + i * lineH + block.size * (rtl ? 1.05 : 0.95)));
  }

  if (input.owner) {
    ctx.font = `600 ${ownerSize}px ${family}`;
    ctx.fillStyle = colours.muted;
    ctx.textAlign = rtl ? 'right' : 'left';
    // A line in the accent colour above the name, like a signature.
    ctx.fillRect(rtl ? start - 80 * unit : start, bottom - ownerSize * 1.6, 80 * unit, 5 * unit);
    ctx.fillText(input.owner, start, bottom);
  }
}

const toBlob = (canvas: HTMLCanvasElement) =>
  new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
  );

/**
 * Draws the card and gives it as a PNG. A room picture that fails to load, or that would taint the canvas, is left
 * out (`room: false`): the card is then drawn with the texts only.
 */
export async function makeSharePicture(input: SharePictureInput): Promise<SharePicture> {
  const family = input.fontFamily?.trim() || FONT;
  const image = input.picture ? await loadPicture(input.picture) : undefined;
  await fontsReady(family, [
    { text: input.title, size: 66, weight: 700, colour: '' },
    {
      text: `${input.question} ${input.headline ?? ''} ${input.quiz ?? ''} ${input.owner ?? ''}`,
      size: 38,
      weight: 600,
      colour: '',
    },
  ]);
  const canvas = document.createElement('canvas');
  draw(canvas, input, image, family);
  try {
    return { blob: await toBlob(canvas), room: !!image };
  } catch (error) {
    if (!image) throw error;
    // A tainted canvas (SecurityError): the same card without the room.
    draw(canvas, input, undefined, family);
    return { blob: await toBlob(canvas), room: false };
  }
}
