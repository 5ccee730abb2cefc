/**
 * What makes an SVG picture unsafe to publish. Inside the quiz it is shown with `<img>`, where scripts never run;
 * but anyone can open the picture's own address, and then the browser runs its scripts and handlers in the
 * site's origin (with the site's cookies and storage), and loads what it references from elsewhere.
 */
export interface SvgDanger {
  /** `script`, `handler` (an `on…=` attribute), `javascript` (a `javascript:` link), `external` (a reference elsewhere). */
  what: 'script' | 'handler' | 'javascript' | 'external';
  detail: string;
}

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

export function svgDangers(svg: string): SvgDanger[] {
  const found: SvgDanger[] = [];
  if (/<script\b/i.test(svg)) found.push({ what: 'script', detail: '<script>' });
  const handler = /<[^>]*\s(on[a-z]+)\s*=/i.exec(svg);
  if (handler) found.push({ what: 'handler', detail: handler[1] });
  if (/javascript\s*:/i.test(svg)) found.push({ what: 'javascript', detail: 'javascript:' });
  // Links and styles that point outside the file; `#id` (inside it) and `data:` (inline) are fine.
  const references = [
    ...svg.matchAll(/\s(?:[a-z]+:)?(?:href|src)\s*=\s*["']\s*(?!#|data:)([^"']+)["']/gi),
    ...svg.matchAll(/url\(\s*["']?\s*(?!#|data:)([^)"'\s]+)/gi),
    ...svg.matchAll(/@import\s+(?:url\()?\s*["']?([^"');\s]+)/gi),
  ].map((m) => m[1]);
  const external = references.find((r) => !/^\s*javascript:/i.test(r));
  if (external) found.push({ what: 'external', detail: short(external) });
  return found;
}
