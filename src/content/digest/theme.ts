/**
 * Whether a page looks dark: its own background, not the system's colour scheme (Gmail and
 * Outlook have dark themes of their own, chosen in their settings). The first element from the
 * top of the page down that paints a background decides.
 */
export function pageTheme(doc: Document): 'dark' | 'light' {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (const element of [doc.body, doc.documentElement, doc.querySelector('[role="main"]')]) {
    if (!element) continue;
    const rgb = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(view.getComputedStyle(element).backgroundColor);
    if (!rgb || rgb[4] === '0') continue;
    const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map((c) => Number(c) / 255) as [number, number, number];
    // Relative luminance (WCAG 2), rounded: below about 0.2 text needs to be light.
    const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b) < 0.2 ? 'dark' : 'light';
  }
  return 'light';
}
