// MathJax on the pages that hold TeX, on a site with `enable_math: true`, as
// al-folio's scripts.liquid loads it: from the URL and with the integrity
// hash its _config.yml names (third_party_libraries.mathjax), set up as its
// assets/js/mathjax-setup.js sets it up (AMS equation numbers; $...$ and
// \(...\) inline). The core says when (a render's `math`); the script loads
// once, on the first such page, and each later page is typeset when shown.
// Without it (offline, blocked), the page keeps its TeX source.
//
//   import { typesetMath } from './math-typeset.mjs';
//   await typesetMath(main, view.math);

let loaded = null;

function loadMathJax({ src, integrity }) {
  if (loaded) return loaded;
  window.MathJax = {
    tex: { tags: 'ams', inlineMath: [['$', '$'], ['\\(', '\\)']] },
    startup: { typeset: false },  // each page is typeset when shown
  };
  loaded = new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.id = 'MathJax-script';
    script.src = src;
    if (integrity) script.integrity = integrity;
    script.crossOrigin = 'anonymous';
    script.addEventListener('load', () => window.MathJax.startup.promise.then(resolve, reject));
    script.addEventListener('error', () => reject(new Error(`MathJax did not load from ${src}; the math shows as TeX`)));
    document.head.append(script);
  });
  return loaded;
}

export async function typesetMath(root, math) {
  if (!math) return;
  try {
    await loadMathJax(math);
    window.MathJax.typesetClear([root]);
    await window.MathJax.typesetPromise([root]);
  } catch (error) {
    console.warn(`folio: ${error.message}`);
  }
}
