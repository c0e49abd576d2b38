// {% details Click here %}body{% enddetails %}: the caption and the body
// through Markdown, in a <details> element. As the plugin does, the caption
// loses every tag that starts with "<p" or "</p" and one final newline.
#include <string>

#include "liquid/engine.h"
#include "plugins/plugin_tags.h"

namespace folio::plugins {
namespace {

std::string without_p_tags(const std::string& html) {
  std::string out;
  size_t pos = 0;
  while (pos < html.size()) {
    const size_t tag = html.find('<', pos);
    if (tag == std::string::npos) break;
    const bool p_tag = html.compare(tag, 2, "<p") == 0 || html.compare(tag, 3, "</p") == 0;
    const size_t close = html.find('>', tag);
    if (!p_tag || close == std::string::npos) {
      out.append(html, pos, tag + 1 - pos);
      pos = tag + 1;
      continue;
    }
    out.append(html, pos, tag - pos);
    pos = close + 1;
  }
  out.append(html, std::min(pos, html.size()), std::string::npos);
  return out;
}

std::string chomp(std::string text) {
  if (!text.empty() && text.back() == '\n') text.pop_back();
  if (!text.empty() && text.back() == '\r') text.pop_back();
  return text;
}

}  // namespace

void register_details_tag(liquid::TagRegistry& tags) {
  tags.add_block("details", [](const liquid::CustomTagCall& call, liquid::TagContext& context, std::string& out) {
    const std::string caption = chomp(without_p_tags(context.host().markdownify(call.markup)));
    std::string body;
    context.render_body(body);
    out += "<details><summary>" + caption + "</summary>" + context.host().markdownify(body) + "</details>";
  });
}

}  // namespace folio::plugins
