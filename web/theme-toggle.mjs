// The nav bar's light/dark switch, a sun (light) or a moon (dark) as al-folio
// shows. The icons are SVG drawn here through the DOM, so no icon font or
// inline markup is needed under a strict CSP. The choice is saved, and
// web/theme.js applies it on the next page load before anything is painted.
const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');

const currentTheme = () => root.getAttribute('data-theme') || (systemDark.matches ? 'dark' : 'light');

function reflect(button) {
  const dark = currentTheme() === 'dark';
  button.setAttribute('aria-pressed', String(dark));
  button.title = dark ? 'Switch to the light theme' : 'Switch to the dark theme';
}

const SVG = 'http://www.w3.org/2000/svg';

function svgElement(name, attributes) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
}

// A 24x24 icon of stroked shapes; `kind` names it for the CSS that shows one.
function icon(kind, shapes) {
  const svg = svgElement('svg', { viewBox: '0 0 24 24', width: '18', height: '18', 'aria-hidden': 'true', focusable: 'false', class: `folio-theme-icon folio-theme-${kind}` });
  for (const [name, attributes] of shapes) svg.append(svgElement(name, attributes));
  return svg;
}

function sunIcon() {
  const rays = [];
  for (let i = 0; i < 8; i += 1) {
    const angle = (i * Math.PI) / 4;
    const point = (r) => [12 + r * Math.cos(angle), 12 + r * Math.sin(angle)].map((v) => v.toFixed(2));
    const [x1, y1] = point(7.5);
    const [x2, y2] = point(10);
    rays.push(['line', { x1, y1, x2, y2 }]);
  }
  return icon('sun', [['circle', { cx: '12', cy: '12', r: '4.5' }], ...rays]);
}

// A crescent: the outer arc of a circle and the arc of a second one cut into it.
const moonIcon = () => icon('moon', [['path', { d: 'M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5z' }]]);

function drawIcons(button) {
  if (button.querySelector('.folio-theme-icon')) return;
  button.replaceChildren(sunIcon(), moonIcon());
}

export function attachThemeToggle(button) {
  if (!button) return;
  drawIcons(button);
  reflect(button);
  button.addEventListener('click', () => {
    const next = currentTheme() === 'dark' ? 'light' : 'dark';
    root.setAttribute('data-theme', next);
    try {
      localStorage.setItem('folio-theme', next);
    } catch {
      // not saved; the toggle still works for this page
    }
    reflect(button);
  });
  systemDark.addEventListener('change', () => reflect(button));
}
