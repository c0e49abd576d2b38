#include "plugins/jemoji.h"

#include "core/emoji.h"

namespace folio::plugins {

std::string emojify_document(const site::Document& document, std::string html) {
  if (!document.is_html() || html.find(':') == std::string::npos) return html;
  return emojify_html(html);
}

}  // namespace folio::plugins
