# Expected values for folio's Liquid filter tables, from the reference: each
# case is rendered as `{{ input | filter: args }}` by Liquid 4.0.4 with
# Jekyll 4.3's filters (and the plugin filters al-folio ships, where given).
#
#   ruby -I LIQUID4/lib tests/liquid_filters/expected.rb tests/liquid_filters/cases/math.tsv |
#     bash tests/liquid_filters/make-test.sh Math "math filters" math > tests/native/liquid_filters_math_test.cpp
#
# LIQUID4 is Shopify/liquid at tag v4.0.4 (what Jekyll 4 bundles); Debian's
# ruby-liquid is 5.4 and differs. Jekyll comes from Debian's `jekyll` package.
#
# CASES.tsv: filter <TAB> input JSON <TAB> arguments JSON array [<TAB> keyword JSON object]
# Output: one C++ initializer per case, {filter, input, arguments, keywords,
# expected}, where expected is the rendered text or "error: MESSAGE".
require 'liquid'
require 'jekyll'
require 'json'
require 'tmpdir'

abort 'needs Liquid 4 first on the load path' unless Liquid::VERSION.start_with?('4.')
# al-folio's own filter plugins, from an al-folio checkout.
AL_FOLIO = ENV.fetch('AL_FOLIO', '/work/ref/al-folio-main')
%w[hide-custom-bibtex remove-accents cache-bust].each { |name| require File.join(AL_FOLIO, '_plugins', "#{name}.rb") }

# The two plugin gems al-folio's Gemfile names that Debian does not package,
# as their READMEs specify them: jekyll-regex-replace is str.gsub/sub with
# /#{pattern}/; jekyll-email-protect percent-encodes each alphanumeric
# character's bytes.
module ReferencePluginFilters
  def regex_replace(str, pattern, replacement) = str.gsub(/#{pattern}/, replacement)
  def regex_replace_once(str, pattern, replacement) = str.sub(/#{pattern}/, replacement)

  def encode_email(input)
    input.to_s.chars.map { |c| c =~ /\p{Alnum}/ ? c.bytes.map { |b| format('%%%02X', b) }.join : c }.join
  end
end
Liquid::Template.register_filter(ReferencePluginFilters)

SITE_CONFIG = {
  'source' => Dir.mktmpdir, 'quiet' => true,
  'url' => 'https://example.org', 'baseurl' => '/al-folio', 'timezone' => 'UTC',
  'filtered_bibtex_keywords' => %w[abbr abstract selected pdf],
}.freeze
site = Jekyll::Site.new(Jekyll.configuration(SITE_CONFIG))

# A C++ string literal; control characters as octal escapes, so the table
# stays plain text.
def cpp(text)
  body = text.b.each_char.map do |c|
    case c
    when '"' then '\\"'
    when '\\' then '\\\\'
    when "\n" then '\\n'
    else c.ord < 0x20 || c.ord == 0x7f ? format('\\%03o', c.ord) : c
    end
  end.join
  "\"#{body.force_encoding('UTF-8')}\""
end

ARGF.each_line do |line|
  line = line.chomp
  next if line.empty? || line.start_with?('#')
  filter, input, arguments, keywords = line.split("\t")
  args = JSON.parse(arguments || '[]')
  kwargs = JSON.parse(keywords || '{}')
  data = { 'input' => JSON.parse("[#{input}]")[0] }
  params = args.each_index.map { |i| data["a#{i}"] = args[i]; "a#{i}" }
  kwargs.each { |key, value| data["k_#{key}"] = value; params << "#{key}: k_#{key}" }
  template = "{{ input | #{filter}#{params.empty? ? '' : ': ' + params.join(', ')} }}"
  begin
    expected = Liquid::Template.parse(template).render!(data, registers: { site: site }, strict_variables: false)
  rescue StandardError => e
    expected = 'error: ' + e.message.lines.first.chomp.sub(/\ALiquid error: /, '')
  end
  puts "    {#{cpp(filter)}, #{cpp(input)}, #{cpp(arguments || '[]')}, #{cpp(keywords || '{}')}, #{cpp(expected)}},"
end
