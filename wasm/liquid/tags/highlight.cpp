// Jekyll's {% highlight LANG [linenos] %}...{% endhighlight %} without a
// server-side highlighter (Jekyll's "highlighter: none" output): the body,
// rendered as Liquid, escaped, in <figure class="highlight"><pre><code>.
// With linenos (any value), the code goes in Rouge's HTMLTable as Jekyll
// writes it: a gutter cell of line numbers beside a cell of the code.
#include "core/html_escape.h"
#include "liquid/render_context.h"
#include "liquid/tags/tags.h"

namespace folio::liquid {

namespace {

bool is_language_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '+' || c == '-';
}

// Jekyll's LEADING_OR_TRAILING_LINE_TERMINATORS: line breaks at either end
// go, the first line's indentation stays.
std::string_view strip(std::string_view text) {
  while (!text.empty() && (text.front() == '\n' || text.front() == '\r')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

// Rouge's HTMLTable around the formatted code, which Rouge ends with a line
// break: one number per line, each followed by a line break.
std::string line_numbered_table(const std::string& formatted) {
  size_t lines = 0;
  for (char c : formatted) lines += c == '\n' ? 1 : 0;
  std::string numbers;
  for (size_t line = 1; line <= lines; ++line) numbers += std::to_string(line) + "\n";
  return "<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">" + numbers +
         "</pre></td><td class=\"code\"><pre>" + formatted + "</pre></td></tr></tbody></table>";
}

// Whether the options after the language turn line numbers on: `linenos`
// or `linenos=...`.
bool has_linenos(std::string_view options) {
  while (!options.empty()) {
    const size_t start = options.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) break;
    options.remove_prefix(start);
    const std::string_view word = options.substr(0, options.find_first_of(" \t\r\n"));
    if (word == "linenos" || word.substr(0, 8) == "linenos=") return true;
    options.remove_prefix(word.size());
  }
  return false;
}

class HighlightNode : public BlockNode {
 public:
  HighlightNode(SourcePosition position, std::string language, bool linenos)
      : BlockNode(position), language_(std::move(language)), linenos_(linenos) {}
  NodeList& current_body() override { return body_; }

  void render(RenderContext& context, std::string& out) const override {
    std::string code;
    if (const NestingGuard nested{context, position()}) body_.render(context, code);
    std::string css_language = language_;
    for (char& c : css_language) c = c == '+' ? '-' : c;
    std::string html = "<figure class=\"highlight\"><pre><code class=\"language-" + css_language +
                       "\" data-lang=\"" + language_ + "\">";
    if (linenos_) {
      std::string formatted;
      folio::append_escaped(formatted, strip(code));
      html += line_numbered_table(formatted + "\n");
    } else {
      folio::append_escaped(html, strip(code));
    }
    html += "</code></pre></figure>";
    context.append(out, html);
  }

 private:
  std::string language_;
  bool linenos_;
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
  return std::make_unique<HighlightNode>(token.position, std::string(token.text.substr(0, end)),
                                         has_linenos(token.text.substr(end)));
}

}  // namespace folio::liquid
