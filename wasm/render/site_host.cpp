#include "render/site_host.h"

#include <vector>

#include "parse/markdown.h"

namespace folio::render {

std::optional<std::string> normalized_site_path(std::string_view path) {
  std::vector<std::string_view> parts;
  while (!path.empty()) {
    const size_t slash = path.find('/');
    const std::string_view part = path.substr(0, slash);
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (parts.empty()) return std::nullopt;
      parts.pop_back();
      continue;
    }
    parts.push_back(part);
  }
  std::string joined;
  for (const std::string_view part : parts) {
    if (!joined.empty()) joined += '/';
    joined += part;
  }
  return joined;
}

SiteHost::SiteHost(const SourceFiles& files, const site::SiteModel& site, const TemplateFiles& templates,
                   liquid::SiteFacts facts, MarkdownSettings markdown)
    : files_(files), site_(site), templates_(templates), facts_(std::move(facts)), markdown_(std::move(markdown)) {}

std::optional<liquid::TemplateSource> SiteHost::find_include(std::string_view name) {
  return templates_.include(name);
}

std::optional<liquid::TemplateSource> SiteHost::find_include_relative(std::string_view path,
                                                                      std::string_view from_file) {
  if (!page_file_.empty()) from_file = page_file_;
  if (from_file.substr(0, kBuiltinPrefix.size()) == kBuiltinPrefix) return std::nullopt;
  const size_t slash = from_file.rfind('/');
  const std::string folder = slash == std::string_view::npos ? std::string() : std::string(from_file.substr(0, slash + 1));
  const auto resolved = normalized_site_path(folder + std::string(path));
  if (!resolved) return std::nullopt;
  if (const std::string* text = files_.find(*resolved)) return liquid::TemplateSource{*text, *resolved};
  return std::nullopt;
}

// Jekyll 4's {% link %} names a file from the site root and answers its URL
// with the baseurl (relative_url).
std::optional<std::string> SiteHost::link(std::string_view path) {
  const auto wanted = normalized_site_path(path);
  if (!wanted) return std::nullopt;
  for (const site::Document& document : site_.documents) {
    if (document.relative_path == *wanted) return facts_.baseurl + document.url;
  }
  for (const site::StaticFile& file : site_.static_files) {
    if (file.relative_path == "/" + *wanted || file.relative_path == *wanted) return facts_.baseurl + file.url;
  }
  return std::nullopt;
}

// {% post_url 2015-03-15-formatting-and-links %}: a post by its file name
// without the extension; "folder/name" names one in a subfolder.
std::optional<std::string> SiteHost::post_url(std::string_view name) {
  const size_t slash = name.rfind('/');
  const std::string_view base = slash == std::string_view::npos ? name : name.substr(slash + 1);
  const site::Collection* posts = site_.collection("posts");
  if (posts == nullptr) return std::nullopt;
  for (const size_t index : posts->documents) {
    const site::Document& post = site_.documents[index];
    if (post.basename == base) return facts_.baseurl + post.url;
  }
  return std::nullopt;
}

std::string SiteHost::markdownify(std::string_view markdown) { return markdown_to_html(markdown, markdown_); }

}  // namespace folio::render
