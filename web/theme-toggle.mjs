// The nav bar's light/dark switch. The choice is saved, and web/theme.js
// applies it on the next page load before anything is painted.
const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');

const currentTheme = () => root.getAttribute('data-theme') || (systemDark.matches ? 'dark' : 'light');

function reflect(button) {
  const dark = currentTheme() === 'dark';
  button.setAttribute('aria-pressed', String(dark));
  button.title = dark ? 'Switch to the light theme' : 'Switch to the dark theme';
}

export function attachThemeToggle(button) {
  if (!button) return;
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
