// Jekyll's {% highlight LANG [linenos] %}...{% endhighlight %} without a
// server-side highlighter (Jekyll's "highlighter: none" output): the body,
// rendered as Liquid, escaped, in <figure class="highlight"><pre><code>.
#include "core/html_escape.h"
#include "liquid/render_context.h"
#include "liquid/tags/tags.h"

namespace folio::liquid {

namespace {

bool is_language_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '+' || c == '-';
}

std::string_view strip(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n' || text.front() == '\r')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

class HighlightNode : public BlockNode {
 public:
  HighlightNode(SourcePosition position, std::string language) : BlockNode(position), language_(std::move(language)) {}
  NodeList& current_body() override { return body_; }

  void render(RenderContext& context, std::string& out) const override {
    std::string code;
    if (const NestingGuard nested{context, position()}) body_.render(context, code);
    std::string css_language = language_;
    for (char& c : css_language) c = c == '+' ? '-' : c;
    std::string html = "<figure class=\"highlight\"><pre><code class=\"language-" + css_language +
                       "\" data-lang=\"" + language_ + "\">";
    folio::append_escaped(html, strip(code));
    html += "</code></pre></figure>";
    context.append(out, html);
  }

 private:
  std::string language_;
  NodeList body_;
};

}  // namespace

NodePtr parse_highlight(const Token& token, ParseState& state) {
  size_t end = 0;
  while (end < token.text.size() && is_language_char(token.text[end])) ++end;
  if (end == 0) {
    state.error(token.position, "Syntax Error in tag 'highlight' while parsing the following markup: '" +
                                    std::string(token.text) + "'. Valid syntax: highlight <lang> [linenos]");
    return nullptr;
  }
  return std::make_unique<HighlightNode>(token.position, std::string(token.text.substr(0, end)));
}

}  // namespace folio::liquid
