#include "core/html_tokenizer.h"

namespace folio {
namespace {

constexpr std::string_view kPlaintext = "plaintext";
constexpr std::string_view kRawTextElements[] = {"script",  "style",    "textarea", "title",    "xmp",
                                                 "iframe",  "noembed",  "noframes", "noscript", kPlaintext};

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
bool ends_name(char c) { return is_space(c) || c == '/' || c == '>'; }

}  // namespace

bool same_html_name(std::string_view name, std::string_view lowercase) {
  if (name.size() != lowercase.size()) return false;
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c) != lowercase[i]) return false;
  }
  return true;
}

bool HtmlTokenizer::next(HtmlToken& token) {
  token.attributes.clear();
  token.self_closing = false;
  if (!raw_text_element_.empty()) {
    const size_t start = pos_;
    pos_ = raw_text_element_ == kPlaintext ? html_.size() : raw_text_end(pos_);
    raw_text_element_ = {};
    if (pos_ > start) {
      token.kind = HtmlTokenKind::raw_text;
      token.text = html_.substr(start, pos_ - start);
      return true;
    }
  }
  const size_t size = html_.size();
  while (pos_ < size) {
    const size_t start = pos_;
    if (html_[pos_] != '<') {
      pos_ = html_.find('<', pos_);
      if (pos_ == std::string_view::npos) pos_ = size;
      token.kind = HtmlTokenKind::text;
      token.text = html_.substr(start, pos_ - start);
      return true;
    }
    const char next = pos_ + 1 < size ? html_[pos_ + 1] : '\0';
    const char after = pos_ + 2 < size ? html_[pos_ + 2] : '\0';
    if (is_alpha(next)) {
      if (read_tag(token, HtmlTokenKind::start_tag)) return true;
    } else if (next == '/' && is_alpha(after)) {
      if (read_tag(token, HtmlTokenKind::end_tag)) return true;
    } else if (next == '/' && after == '>') {
      pos_ += 3;
    } else if (next == '/' && pos_ + 2 < size) {
      skip_past('>', pos_ + 2);
    } else if (next == '!') {
      skip_markup_declaration();
    } else if (next == '?') {
      skip_past('>', pos_ + 2);
    } else {
      pos_ += next == '/' ? 2 : 1;  // "<" or a final "</": text
      token.kind = HtmlTokenKind::text;
      token.text = html_.substr(start, pos_ - start);
      return true;
    }
  }
  return false;
}

// Reads the tag at pos_; false (and pos_ at the end) when the input ends inside it.
bool HtmlTokenizer::read_tag(HtmlToken& token, HtmlTokenKind kind) {
  const size_t size = html_.size();
  size_t i = pos_ + (kind == HtmlTokenKind::end_tag ? 2 : 1);
  const size_t name_start = i;
  while (i < size && !ends_name(html_[i])) ++i;
  token.kind = kind;
  token.text = html_.substr(name_start, i - name_start);
  while (i < size) {
    const char c = html_[i];
    if (c == '>') {
      pos_ = i + 1;
      // A self-closed <iframe/> holds nothing (libxml2's reading, which the
      // sanitizer follows); every other raw-text start tag is the standard's.
      if (kind == HtmlTokenKind::start_tag && !(token.self_closing && same_html_name(token.text, "iframe"))) {
        for (std::string_view element : kRawTextElements) {
          if (same_html_name(token.text, element)) raw_text_element_ = element;
        }
      }
      return true;
    }
    if (c == '/') {
      token.self_closing = i + 1 < size && html_[i + 1] == '>';
      ++i;
      continue;
    }
    if (is_space(c)) {
      ++i;
      continue;
    }
    HtmlAttribute attribute;
    const size_t attribute_start = i++;  // a leading '=' belongs to the name
    while (i < size && !ends_name(html_[i]) && html_[i] != '=') ++i;
    attribute.name = html_.substr(attribute_start, i - attribute_start);
    while (i < size && is_space(html_[i])) ++i;
    if (i < size && html_[i] == '=') {
      attribute.has_value = true;
      ++i;
      while (i < size && is_space(html_[i])) ++i;
      if (i < size && (html_[i] == '"' || html_[i] == '\'')) {
        const size_t close = html_.find(html_[i], i + 1);
        if (close == std::string_view::npos) break;
        attribute.value = html_.substr(i + 1, close - i - 1);
        i = close + 1;
      } else {
        const size_t value_start = i;
        while (i < size && !is_space(html_[i]) && html_[i] != '>') ++i;
        attribute.value = html_.substr(value_start, i - value_start);
      }
    }
    if (kind == HtmlTokenKind::start_tag) token.attributes.push_back(attribute);
  }
  pos_ = size;
  return false;
}

// At "<!": a comment (ended by "-->", "--!>", or at once by "<!-->" or "<!--->"),
// a CDATA section (ended by "]]>"), or a doctype or other declaration (ended by
// '>'). Each runs to the end of the input when its end is missing.
void HtmlTokenizer::skip_markup_declaration() {
  const size_t start = pos_ + 2;
  const std::string_view rest = html_.substr(start);
  if (rest.substr(0, 2) == "--") {
    if (rest.substr(2, 1) == ">") {
      pos_ = start + 3;
      return;
    }
    if (rest.substr(2, 2) == "->") {
      pos_ = start + 4;
      return;
    }
    for (size_t i = start + 2;; ++i) {
      i = html_.find("--", i);
      if (i == std::string_view::npos) break;
      const std::string_view after = html_.substr(i + 2, 2);
      if (after.substr(0, 1) == ">" || after == "!>") {
        pos_ = i + 2 + (after[0] == '>' ? 1 : 2);
        return;
      }
    }
    pos_ = html_.size();
  } else if (rest.substr(0, 7) == "[CDATA[") {
    const size_t end = html_.find("]]>", start + 7);
    pos_ = end == std::string_view::npos ? html_.size() : end + 3;
  } else {
    skip_past('>', start);
  }
}

void HtmlTokenizer::skip_past(char c, size_t from) {
  const size_t found = html_.find(c, from);
  pos_ = found == std::string_view::npos ? html_.size() : found + 1;
}

// Where the end tag of raw_text_element_ starts ("</name" followed by
// whitespace, '/' or '>'), or the end of the input.
size_t HtmlTokenizer::raw_text_end(size_t from) const {
  const size_t length = raw_text_element_.size();
  for (size_t i = html_.find("</", from); i != std::string_view::npos; i = html_.find("</", i + 2)) {
    if (i + 2 + length < html_.size() && same_html_name(html_.substr(i + 2, length), raw_text_element_) &&
        ends_name(html_[i + 2 + length])) {
      return i;
    }
  }
  return html_.size();
}

}  // namespace folio
