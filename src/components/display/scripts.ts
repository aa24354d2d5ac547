/**
 * The two small scripts of the display controls, kept as strings so the build can put
 * their hashes in the Content-Security-Policy (astro.config.mjs) and the pages can inline
 * exactly these bytes: nothing to fetch, nothing the policy has to trust blindly.
 */
import { createHash } from 'node:crypto';

/** Runs in <head>: the saved text size and contrast apply before the page is drawn. */
export const PREFERENCES_SCRIPT = `(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var size = localStorage.getItem('cds-co-chu');
    if (size === '1' || size === '2') root.setAttribute('data-co-chu', size);
    if (localStorage.getItem('cds-tuong-phan') === 'cao') root.setAttribute('data-tuong-phan', 'cao');
  } catch (error) {
    // Storage may be blocked (private mode, in-app browsers): the page keeps its defaults.
  }
})();`;

/** Runs at the end of <body>: the buttons change the page and remember the choice; Escape closes the menu. */
export const CONTROLS_SCRIPT = `(function () {
  var root = document.documentElement;
  var sizeButtons = document.querySelectorAll('button[data-co-chu]');
  var contrast = document.querySelector('button[data-tuong-phan]');
  function save(key, value) {
    try {
      if (value) localStorage.setItem(key, value);
      else localStorage.removeItem(key);
    } catch (error) {
      // Not remembered where storage is blocked; the choice still applies to this page.
    }
  }
  function show() {
    var size = root.getAttribute('data-co-chu') || '0';
    sizeButtons.forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-co-chu') === size));
    });
    if (contrast) contrast.setAttribute('aria-pressed', String(root.getAttribute('data-tuong-phan') === 'cao'));
  }
  sizeButtons.forEach(function (button) {
    button.addEventListener('click', function () {
      var size = button.getAttribute('data-co-chu');
      if (size === '0') root.removeAttribute('data-co-chu');
      else root.setAttribute('data-co-chu', size);
      save('cds-co-chu', size === '0' ? '' : size);
      show();
    });
  });
  if (contrast) {
    contrast.addEventListener('click', function () {
      var on = root.getAttribute('data-tuong-phan') !== 'cao';
      if (on) root.setAttribute('data-tuong-phan', 'cao');
      else root.removeAttribute('data-tuong-phan');
      save('cds-tuong-phan', on ? 'cao' : '');
      show();
    });
  }
  show();
  // The header's menu is a <details>: it opens and closes without us; Escape closes it too,
  // returning focus to its button, as a keyboard user expects of a menu.
  // A search box in use: fetch Pagefind's script and WebAssembly into the cache now, so the
  // search page it leads to answers sooner on a slow network. Nothing is fetched until then.
  document.querySelectorAll('form[data-tai-truoc]').forEach(function (form) {
    function fetchAhead() {
      form.removeEventListener('focusin', fetchAhead);
      form.getAttribute('data-tai-truoc').split(' ').forEach(function (href) {
        var link = document.createElement('link');
        link.rel = 'prefetch';
        link.href = href;
        document.head.appendChild(link);
      });
    }
    form.addEventListener('focusin', fetchAhead);
  });
  var menu = document.querySelector('details[data-site-menu]');
  if (menu) {
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' || !menu.open) return;
      menu.open = false;
      var toggle = menu.querySelector('summary');
      if (toggle) toggle.focus();
    });
  }
})();`;

export function cspHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}
