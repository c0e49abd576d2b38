// What a template of the site asks of its render (liquid::RenderHost):
// includes from the site then the built-in theme, include_relative beside
// the page being rendered (Jekyll resolves it from the `page` register, so
// a layout's include_relative finds files next to the page, not the layout), {% link %} and {% post_url %} through the site model,
// the site's facts for Jekyll's filters, markdownify with the site's kramdown
// settings.
#pragma once

#include "liquid/engine.h"
#include "model/markdown_settings.h"
#include "model/source_files.h"
#include "render/template_files.h"
#include "site/site_model.h"

namespace folio::render {

class SiteHost : public liquid::RenderHost {
 public:
  SiteHost(const SourceFiles& files, const site::SiteModel& site, const TemplateFiles& templates,
           liquid::SiteFacts facts, MarkdownSettings markdown);

  std::optional<liquid::TemplateSource> find_include(std::string_view name) override;
  std::optional<liquid::TemplateSource> find_include_relative(std::string_view path, std::string_view from_file) override;
  std::string include_relative_origin(std::string_view from_file) override {
    return page_file_.empty() ? std::string(from_file) : page_file_;
  }
  std::optional<std::string> link(std::string_view path) override;
  std::optional<std::string> post_url(std::string_view name) override;
  const liquid::SiteFacts& site_facts() override { return facts_; }
  std::string markdownify(std::string_view markdown) override;

  // The file of the document being rendered ("" for none: a generated page,
  // or a template rendered on its own, whose include_relative is then
  // resolved beside the template). Returns the one it replaces.
  std::string set_page_file(std::string file) {
    page_file_.swap(file);
    return file;
  }

 private:
  const SourceFiles& files_;
  const site::SiteModel& site_;
  const TemplateFiles& templates_;
  liquid::SiteFacts facts_;
  MarkdownSettings markdown_;
  std::string page_file_;
};

// "a/b/../c" -> "a/c"; nullopt when it climbs out of the site.
std::optional<std::string> normalized_site_path(std::string_view path);

}  // namespace folio::render
