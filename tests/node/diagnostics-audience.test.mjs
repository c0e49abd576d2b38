// Who sees the diagnostics panel (web/diagnostics-audience.mjs): authors on
// local hosts, under `serve`, or asking with ?folio-diagnostics; visitors get
// one console line unless _config.yml's folio_diagnostics says panel.
import test from 'node:test';
import assert from 'node:assert/strict';
import { diagnosticsAudience, diagnosticsConsoleMessage } from '../../web/diagnostics-audience.mjs';

test('the panel for authors, one console line for visitors', () => {
  const cases = [
    ['https://lab.github.io/', {}, null, 'console'],
    ['https://lab.github.io/publications/?folio-diagnostics', {}, null, 'panel'],
    ['https://lab.github.io/?q=x&folio-diagnostics=1', {}, null, 'panel'],
    ['http://localhost:4000/', {}, null, 'panel'],
    ['http://127.0.0.1:8000/', {}, null, 'panel'],
    ['http://[::1]:8000/', {}, null, 'panel'],
    ['http://site.localhost/', {}, null, 'panel'],
    ['https://lab.github.io/', {}, 'panel', 'panel'], // served by `serve`
    ['https://lab.github.io/', { folio_diagnostics: 'panel' }, null, 'panel'],
    ['https://lab.github.io/', { folio_diagnostics: 'console' }, null, 'console'],
    ['http://localhost:4000/', { folio_diagnostics: 'console' }, null, 'panel'], // an author's own machine
  ];
  for (const [url, config, pageSetting, audience] of cases) {
    assert.equal(diagnosticsAudience(new URL(url), config, pageSetting), audience, `${url} ${JSON.stringify(config)} ${pageSetting}`);
  }
});

test('the console line counts the problems and says how to see them', () => {
  const message = diagnosticsConsoleMessage([{ severity: 'error' }, { severity: 'warning' }, { severity: 'warning' }]);
  assert.match(message, /^folio: .*1 error\(s\), 2 warning\(s\).*\?folio-diagnostics/);
});
