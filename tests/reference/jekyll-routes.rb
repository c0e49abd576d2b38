# Jekyll's own answer for the route table's differential test: reads a site
# folder with Jekyll 4 (no plugins, nothing rendered or written) and prints
# every page and document it writes (static files aside) and its URL, as JSON.
#   ruby tests/reference/jekyll-routes.rb SITE_DIR "2025-06-01 00:00:00 +0000"
require "jekyll"
require "json"
require "tmpdir"

source, time = ARGV
config = Jekyll.configuration(
  "source" => source, "destination" => File.join(Dir.tmpdir, "folio-jekyll-routes"), "quiet" => true, "time" => time
)
config["plugins"] = []  # al-folio's plugins are not Debian's; routes do not depend on them
site = Jekyll::Site.new(config)
site.reset
site.read
routes = site.pages.map { |page| { "url" => page.url, "path" => page.relative_path } }
site.docs_to_write.grep(Jekyll::Document).each { |doc| routes << { "url" => doc.url, "path" => doc.relative_path } }
puts JSON.generate(routes)
