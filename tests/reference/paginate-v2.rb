# jekyll-paginate-v2's own answer (Debian's ruby-jekyll-paginate-v2): reads a
# site folder with Jekyll 4 and the plugin, runs the generators, and prints
# each paginated page's url, title and paginator (posts as their URLs) as JSON.
#   ruby tests/reference/paginate-v2.rb SITE_DIR "2025-06-01 00:00:00 +0000"
require "jekyll"
require "jekyll-paginate-v2"
require "json"
require "tmpdir"

source, time = ARGV
config = Jekyll.configuration(
  "source" => source, "destination" => File.join(Dir.tmpdir, "folio-paginate-v2"), "quiet" => true, "time" => time
)
config["plugins"] = ["jekyll-paginate-v2"]
site = Jekyll::Site.new(config)
site.reset
site.read
site.generate
pages = site.pages.select(&:pager).map do |page|
  pager = page.pager.to_liquid
  pager["posts"] = pager["posts"].map(&:url)
  pager["page_trail"] = pager["page_trail"]&.map(&:to_liquid)
  { "url" => page.url, "title" => page.data["title"], "paginator" => pager }
end
puts JSON.pretty_generate(pages)
