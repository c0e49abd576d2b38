# Writes tests/fixtures/kramdown/al-folio-liquid.md: al-folio's pages, posts
# and projects that hold HTML blocks, as kramdown receives them from Jekyll,
# after Liquid. The figure, video and audio includes are rendered by
# ruby-liquid from al-folio's _includes (imagemagick off); tags that need
# Jekyll's site (cite, bibliography, other includes) are left out.
# Run by hand when the sources change:
#   ruby tests/kramdown/liquid-corpus.rb /path/to/al-folio > tests/fixtures/kramdown/al-folio-liquid.md
require 'liquid'

root = ARGV.fetch(0)
FILES = %w[
  _projects/1_project.md _projects/2_project.md _projects/3_project.md _projects/4_project.md
  _projects/5_project.md _projects/6_project.md _projects/7_project.md _projects/8_project.md
  _projects/9_project.md _posts/2015-05-15-images.md _posts/2024-01-27-advanced-images.md
  _posts/2023-04-24-videos.md _posts/2023-04-25-audios.md _posts/2024-12-04-photo-gallery.md
  _posts/2023-03-21-tables.md _posts/2015-03-15-formatting-and-links.md _posts/2023-12-12-tikzjax.md
  _news/announcement_2.md
].freeze
# Not here, for differences that are not HTML blocks' (README, "What still
# differs"): _posts/2018-12-22-distill.md (a list whose items change marker,
# `*` then `-` then `+`, is one list for kramdown, three for md4c) and
# _posts/2023-07-04-jupyter-notebook.md (`{::nomarkdown}`).
RENDERED_INCLUDES = %w[figure.liquid video.liquid audio.liquid].freeze
LIQUID_TAGS = %w[if elsif else endif unless endunless for endfor assign capture endcapture raw endraw
                 comment endcomment case when endcase].freeze
SITE = { 'imagemagick' => { 'enabled' => false } }.freeze

def read(root, path) = File.read(File.join(root, path))

def include_html(root, name, arguments)
  attributes = {}
  arguments.scan(/([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))/) { |key, *values| attributes[key] = values.compact.first }
  Liquid::Template.parse(read(root, "_includes/#{name}")).render('include' => attributes, 'site' => SITE)
end

def after_liquid(root, text)
  body = text.sub(/\A---\n.*?\n---\n/m, '')
  body = body.gsub(/\{%-?\s*include\s+(\S+)(.*?)-?%\}/m) do
    RENDERED_INCLUDES.include?(Regexp.last_match(1)) ? include_html(root, Regexp.last_match(1), Regexp.last_match(2)) : ''
  end
  body = body.gsub(/\{%-?\s*(\w+).*?-?%\}/m) { |tag| LIQUID_TAGS.include?(Regexp.last_match(1)) ? tag : '' }
  Liquid::Template.parse(body).render('site' => SITE, 'page' => {})
end

puts "<!-- Written by tests/kramdown/liquid-corpus.rb from al-folio: its pages with HTML blocks, after Liquid. -->"
FILES.each do |path|
  id = File.basename(path, '.md')
  text = after_liquid(root, read(root, path))
  text += "\n" unless text.end_with?("\n")
  print "<!-- case: #{id} -->\n#{text}"
end
