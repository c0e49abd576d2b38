#include "liquid/engine.h"

#include "liquid/node.h"
#include "liquid/render_context.h"
#include "parse/markdown.h"

namespace folio::liquid {

std::optional<TemplateSource> RenderHost::find_include(std::string_view) { return std::nullopt; }
std::optional<TemplateSource> RenderHost::find_include_relative(std::string_view, std::string_view) {
  return std::nullopt;
}
std::optional<std::string> RenderHost::link(std::string_view) { return std::nullopt; }
std::optional<std::string> RenderHost::post_url(std::string_view) { return std::nullopt; }
const SiteFacts& RenderHost::site_facts() { return facts_; }
std::string RenderHost::markdownify(std::string_view markdown) { return markdown_to_html(markdown); }

const Template& TemplateCache::get(const TemplateSource& source, const LiquidOptions& options) {
  const auto found = entries_.find(source.file);
  if (found != entries_.end() && found->second->source() == source.source) return *found->second;
  Diagnostics diagnostics;  // kept in the template; the render reports them
  TemplatePtr parsed = parse_template(source.source, source.file, options, diagnostics);
  const Template& result = *parsed;
  entries_.insert_or_assign(source.file, std::move(parsed));
  return result;
}

RenderResult render_template(const Template& parsed, const Value& environment, RenderHost& host,
                             const LiquidOptions& options, Diagnostics& diagnostics, TemplateCache* includes) {
  RenderResult result;
  if (options.strict && parsed.syntax_errors) {
    result.failed = true;
    return result;
  }
  TemplateCache own_includes;
  RenderContext context(environment, host, options, diagnostics, includes ? *includes : own_includes);
  context.push_file(parsed.file());
  parsed.root().render(context, result.output);
  result.failed = context.failed();
  return result;
}

}  // namespace folio::liquid
