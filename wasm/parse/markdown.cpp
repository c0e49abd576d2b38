#include "parse/markdown.h"

#include "parse/markdown_renderer.h"

namespace folio {
namespace {

std::string_view trim_trailing_newlines(std::string_view text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

}  // namespace

std::string markdown_to_html(std::string_view markdown) {
  std::string html;
  html.reserve(markdown.size() + markdown.size() / 4 + 64);
  append_markdown_html(html, markdown);
  return html;
}

std::string markdown_to_inline_html(std::string_view markdown) {
  std::string html = markdown_to_html(markdown);
  std::string_view view = trim_trailing_newlines(html);
  constexpr std::string_view open = "<p>", close = "</p>";
  const bool single_paragraph = view.substr(0, open.size()) == open &&
                                view.size() >= open.size() + close.size() &&
                                view.substr(view.size() - close.size()) == close &&
                                view.find(open, open.size()) == std::string_view::npos;
  if (!single_paragraph) return std::string(view);
  return std::string(view.substr(open.size(), view.size() - open.size() - close.size()));
}

}  // namespace folio
