# The reference for tests/node/kramdown.test.mjs: kramdown as Jekyll 4 runs it
# for an al-folio site. Jekyll's defaults for the `kramdown:` key
# (jekyll/configuration.rb) and its converter's additions (default_lang
# plaintext, guess_lang, rouge), then al-folio's own `kramdown:` settings.
# Reads a JSON array of {"markdown": ...} on stdin, writes a JSON array of HTML.
require 'json'
require 'kramdown'
require 'kramdown-parser-gfm'

JEKYLL_DEFAULTS = {
  'auto_ids' => true,
  'toc_levels' => (1..6).to_a,
  'entity_output' => 'as_char',
  'smart_quotes' => 'lsquo,rsquo,ldquo,rdquo',
  'input' => 'GFM',
  'hard_wrap' => false,
  'guess_lang' => true,
  'footnote_nr' => 1,
  'show_warnings' => false,
  'syntax_highlighter' => 'rouge',
}.freeze

AL_FOLIO = {
  'input' => 'GFM',
  'syntax_highlighter_opts' => {
    'css_class' => 'highlight',
    'span' => { 'line_numbers' => false },
    'block' => { 'line_numbers' => false, 'start_line' => 1 },
    'default_lang' => 'plaintext',
    'guess_lang' => true,
  },
}.freeze

def render(markdown, extra)
  options = JEKYLL_DEFAULTS.merge(AL_FOLIO).merge(extra || {})
  Kramdown::Document.new(markdown, options).to_html
end

cases = JSON.parse($stdin.read)
puts JSON.generate(cases.map { |c| render(c['markdown'], c['options']) })
