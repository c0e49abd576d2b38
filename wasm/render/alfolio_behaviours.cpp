#include "render/alfolio_behaviours.h"

#include <array>
#include <vector>

#include "core/html_tokenizer.h"
#include "render/html_writer.h"

namespace folio::render {
namespace {

constexpr std::array<const char*, 3> kToggleKinds = {"abstract", "bibtex", "award"};

// The names al-folio's more-authors onclick swaps in:
//   element.text() == 'N more authors' ? 'A, B, C' : 'N more authors'
std::string_view names_in_onclick(std::string_view script) {
  const size_t question = script.find("' ? '");
  if (question == std::string_view::npos) return {};
  const size_t start = question + 5;
  const size_t end = script.find("' : '", start);
  return end == std::string_view::npos ? std::string_view() : script.substr(start, end - start);
}

// "background-color: #00369f;" -> "#00369f"; "" when the style is more.
std::string_view background_color(std::string_view style) {
  constexpr std::string_view kProperty = "background-color";
  size_t i = 0;
  while (i < style.size() && style[i] == ' ') ++i;
  if (style.substr(i, kProperty.size()) != kProperty) return {};
  i += kProperty.size();
  while (i < style.size() && style[i] == ' ') ++i;
  if (i >= style.size() || style[i] != ':') return {};
  ++i;
  while (i < style.size() && style[i] == ' ') ++i;
  size_t end = style.find(';', i);
  if (end == std::string_view::npos) end = style.size();
  std::string_view value = style.substr(i, end - i);
  while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
  return value;
}

class Adapter {
 public:
  explicit Adapter(std::string& out) : out_(out) {}

  void start_tag(const HtmlToken& token) {
    if (same_html_name(token.text, "a")) return anchor(token);
    if (same_html_name(token.text, "div")) return block(token);
    if (same_html_name(token.text, "span")) return span(token);
    if (find_attribute(token, "style") != nullptr) return styled(token);
    append_start_tag(out_, token);
  }

  void end_tag(const HtmlToken& token) {
    if (same_html_name(token.text, "a") && !anchors_.empty()) {
      out_ += anchors_.back() ? "</button>" : "</a>";
      anchors_.pop_back();
      return;
    }
    if (same_html_name(token.text, "span") && !spans_.empty()) {
      const std::string names = std::move(spans_.back());
      const bool more_authors = more_authors_.back();
      spans_.pop_back();
      more_authors_.pop_back();
      if (more_authors) {
        out_ += "</span><span class=\"more-authors-names hidden\" id=\"" + more_authors_id_ + "\">" + names +
                "</span></button>";
        return;
      }
    }
    append_token(out_, token);
  }

 private:
  static int toggle_kind(std::string_view classes) {
    for (size_t k = 0; k < kToggleKinds.size(); ++k) {
      if (has_class(classes, kToggleKinds[k])) return static_cast<int>(k);
    }
    return -1;
  }

  std::string toggle_id(int kind, int index) const {
    return std::string("folio-") + kToggleKinds[static_cast<size_t>(kind)] + "-" + std::to_string(index);
  }

  void anchor(const HtmlToken& token) {
    const HtmlAttribute* classes = find_attribute(token, "class");
    const int kind = classes != nullptr && has_class(classes->value, "btn") && find_attribute(token, "href") == nullptr
                         ? toggle_kind(classes->value)
                         : -1;
    anchors_.push_back(kind >= 0);
    if (kind < 0) return append_start_tag(out_, token);
    out_ += "<button type=\"button\"";
    append_attribute(out_, "class", classes->value);
    out_ += " aria-expanded=\"false\"";
    append_attribute(out_, "aria-controls", toggle_id(kind, toggles_[static_cast<size_t>(kind)]++));
    out_ += '>';
  }

  void block(const HtmlToken& token) {
    const HtmlAttribute* classes = find_attribute(token, "class");
    const int kind = classes != nullptr && has_class(classes->value, "hidden") ? toggle_kind(classes->value) : -1;
    if (kind < 0) return styled(token);
    out_ += "<div";
    for (const HtmlAttribute& attribute : token.attributes) {
      if (same_html_name(attribute.name, "id")) continue;
      if (attribute.has_value) append_attribute(out_, attribute.name, attribute.value);
    }
    append_attribute(out_, "id", toggle_id(kind, blocks_[static_cast<size_t>(kind)]++));
    out_ += '>';
  }

  void span(const HtmlToken& token) {
    const HtmlAttribute* classes = find_attribute(token, "class");
    const HtmlAttribute* onclick = find_attribute(token, "onclick");
    const bool more_authors = classes != nullptr && has_class(classes->value, "more-authors") && onclick != nullptr;
    if (token.self_closing) return append_start_tag(out_, token);
    more_authors_.push_back(more_authors);
    spans_.emplace_back(more_authors ? std::string(names_in_onclick(onclick->value)) : std::string());
    if (!more_authors) return styled(token);
    more_authors_id_ = "folio-more-authors-" + std::to_string(more_authors_count_++);
    out_ += "<button type=\"button\" class=\"more-authors\"";
    if (const HtmlAttribute* title = find_attribute(token, "title")) append_attribute(out_, "title", title->value);
    out_ += " aria-expanded=\"false\"";
    append_attribute(out_, "aria-controls", more_authors_id_);
    out_ += "><span class=\"more-authors-count\">";
  }

  // A tag whose style may carry a badge colour; the style itself is left to
  // the sanitizer, which drops it.
  void styled(const HtmlToken& token) {
    append_start_tag(out_, token);
    const HtmlAttribute* style = find_attribute(token, "style");
    if (style == nullptr || !same_html_name(token.text, "abbr") || token.self_closing) return;
    const std::string_view color = background_color(style->value);
    if (color.empty()) return;
    out_.pop_back();  // the '>'
    append_attribute(out_, "data-venue-color", color);
    out_ += '>';
  }

  std::string& out_;
  std::vector<bool> anchors_;          // open <a>: became a button
  std::vector<bool> more_authors_;     // open <span>: is a more-authors one
  std::vector<std::string> spans_;     // the names to add at its end
  std::string more_authors_id_;
  int more_authors_count_ = 0;
  std::array<int, kToggleKinds.size()> toggles_{};
  std::array<int, kToggleKinds.size()> blocks_{};
};

}  // namespace

std::string adapt_alfolio_behaviours(std::string_view html) {
  std::string out;
  out.reserve(html.size() + html.size() / 16);
  Adapter adapter(out);
  HtmlTokenizer tokenizer(html);
  HtmlToken token;
  while (tokenizer.next(token)) {
    switch (token.kind) {
      case HtmlTokenKind::start_tag: adapter.start_tag(token); break;
      case HtmlTokenKind::end_tag: adapter.end_tag(token); break;
      default: append_token(out, token); break;
    }
  }
  return out;
}

}  // namespace folio::render
