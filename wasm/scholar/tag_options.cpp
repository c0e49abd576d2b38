#include "scholar/tag_options.h"

#include <array>

#include "scholar/ascii_text.h"

namespace folio::scholar {
namespace {

struct OptionName {
  char short_name;
  std::string_view long_name;
  bool takes_value;
};

// In the order jekyll-scholar's splitting pattern tries the long names.
constexpr std::array<OptionName, 20> kOptions = {{
    {'C', "cited_in_order", false}, {'c', "cited", false},          {0, "clear", false},
    {'h', "bibliography_list_tag", true}, {'f', "file", true},      {'q', "query", true},
    {'p', "prefix", true},          {'t', "text", true},            {'s', "style", true},
    {'g', "group_by", true},        {'G', "group_order", true},     {'O', "type_order", true},
    {'T', "template", true},        {'l', "locator", true},         {'L', "label", true},
    {'o', "offset", true},          {'m', "max", true},             {'A', "suppress_author", false},
    {'r', "remove_duplicates", false}, {0, "", false},
}};

// An option at markup[i] ('-' after a non-word character or at the start);
// sets `length` to the characters it takes. nullptr when none starts there.
const OptionName* option_at(std::string_view markup, size_t i, size_t& length) {
  if (markup[i] != '-' || (i > 0 && is_word_char(markup[i - 1]))) return nullptr;
  if (i + 1 < markup.size() && markup[i + 1] == '-') {
    const std::string_view rest = markup.substr(i + 2);
    for (const OptionName& option : kOptions) {
      if (rest.substr(0, option.long_name.size()) == option.long_name) {
        length = 2 + option.long_name.size();
        return &option;
      }
    }
  }
  if (i + 1 < markup.size()) {
    for (const OptionName& option : kOptions) {
      if (option.short_name != 0 && option.short_name == markup[i + 1]) {
        length = 2;
        return &option;
      }
    }
  }
  return nullptr;
}

int parse_count(std::string_view text) {
  int value = 0;
  size_t i = 0;
  const bool negative = !text.empty() && text[0] == '-';
  if (negative) ++i;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) value = value * 10 + (text[i] - '0');
  return negative ? -value : value;  // Ruby's to_i: leading digits, else 0
}

void apply_option(const OptionName& option, const std::string& value, TagOptions& options) {
  const std::string_view name = option.long_name;
  if (name == "cited_in_order") options.cited = options.cited_in_order = true;
  else if (name == "cited") options.cited = true;
  else if (name == "clear") options.clear = true;
  else if (name == "suppress_author") options.suppress_author = true;
  else if (name == "remove_duplicates") {
    options.remove_duplicates = true;
    if (!value.empty()) options.match_fields = split_list(value);
  }
  else if (name == "bibliography_list_tag") options.list_tag = value;
  else if (name == "file") options.files.push_back(value);
  else if (name == "query") options.query = value;
  else if (name == "prefix") options.prefix = value;
  else if (name == "text") options.text = value;
  else if (name == "style") options.style = value;
  else if (name == "group_by") options.group_by = value;
  else if (name == "group_order") options.group_order = split_list(value);
  else if (name == "type_order") options.type_order = split_list(value);
  else if (name == "template") options.template_name = value;
  else if (name == "locator") options.locators.push_back(value);
  else if (name == "label") options.labels.push_back(value);
  else if (name == "offset") options.offset = parse_count(value);
  else if (name == "max") options.max = parse_count(value);
}

std::string unknown_option_word(std::string_view rest) {
  size_t end = 0;
  while (end < rest.size() && !is_ascii_space(rest[end])) ++end;
  return std::string(rest.substr(0, end));
}

}  // namespace

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> items;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != ',') continue;
    const std::string_view item = trimmed(text.substr(start, i - start));
    if (!item.empty()) items.emplace_back(item);
    start = i + 1;
  }
  return items;
}

TagOptions parse_tag_options(std::string_view markup, const TagPlace& place, Diagnostics& diagnostics) {
  TagOptions options;
  // Cut the markup into (option, value text) pieces.
  struct Piece {
    const OptionName* option;
    size_t start, end;  // the value text
  };
  std::vector<Piece> pieces;
  size_t text_start = 0;
  const OptionName* current = nullptr;
  for (size_t i = 0; i <= markup.size(); ++i) {
    size_t length = 0;
    const OptionName* found = i < markup.size() ? option_at(markup, i, length) : nullptr;
    if (found == nullptr && i < markup.size()) continue;
    pieces.push_back({current, text_start, i});
    if (found == nullptr) break;
    current = found;
    text_start = i + length;
    i += length - 1;
  }
  for (const Piece& piece : pieces) {
    std::string value(trimmed(markup.substr(piece.start, piece.end - piece.start)));
    if (!value.empty() && value[0] == '=') value = std::string(trimmed(value.substr(1)));  // --file=papers
    if (piece.option == nullptr) {
      if (!value.empty()) {
        diagnostics.warning(place.file, place.line, 0,
                            "'" + value + "' in the tag's markup is not an option's value and is ignored; "
                            "options start with - or --, e.g. --query @*[selected=true]");
      }
      continue;
    }
    if (piece.option->long_name.empty()) {
      diagnostics.warning(place.file, place.line, 0,
                          "unknown option --" + unknown_option_word(value) +
                              ": jekyll-scholar stops reading options there, so '" + value +
                              "' is ignored; the options are --file, --query, --group_by, --group_order, "
                              "--template, --cited, --cited_in_order, --offset, --max (for a limit) and --prefix");
      break;
    }
    if (piece.option->takes_value && value.empty()) {
      diagnostics.error(place.file, place.line, 0,
                        "--" + std::string(piece.option->long_name) +
                            " needs a value, e.g. --" + std::string(piece.option->long_name) + " " +
                            (piece.option->long_name == "file" ? "papers" : "x"));
      continue;
    }
    if (!piece.option->takes_value && !value.empty() && piece.option->long_name != "remove_duplicates") {
      diagnostics.warning(place.file, place.line, 0,
                          "--" + std::string(piece.option->long_name) + " takes no value; '" + value +
                              "' is ignored");
      value.clear();
    }
    apply_option(*piece.option, value, options);
  }
  return options;
}

CitationMarkup parse_citation_markup(std::string_view markup, const TagPlace& place, Diagnostics& diagnostics) {
  CitationMarkup result;
  size_t i = 0;
  while (i < markup.size()) {
    while (i < markup.size() && is_ascii_space(markup[i])) ++i;
    if (i >= markup.size() || markup[i] == '-') break;
    const size_t start = i;
    while (i < markup.size() && !is_ascii_space(markup[i])) ++i;
    result.keys.emplace_back(markup.substr(start, i - start));
  }
  result.options = parse_tag_options(markup.substr(i), place, diagnostics);
  return result;
}

}  // namespace folio::scholar
