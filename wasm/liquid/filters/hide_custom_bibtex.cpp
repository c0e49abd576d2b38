#include "liquid/filters/hide_custom_bibtex.h"

#include "liquid/filters/ruby_replacement.h"
#include "liquid/filters/unicode.h"

namespace folio::liquid {
namespace {

bool is_word_keyword(std::string_view keyword) {
  if (keyword.empty()) return false;
  for (size_t i = 0; i < keyword.size();) {
    const DecodedCharacter c = decode_character(keyword, i);
    if (!is_ruby_boundary_word(c.code_point)) return false;
    i += c.length;
  }
  return true;
}

// The character that ends just before byte `end` of `text` (end > 0).
char32_t character_before(std::string_view text, size_t end) {
  size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80 && end - start < 4) --start;
  return decode_character(text, start).code_point;
}

// /\bKEYWORD\b *= *\{/ somewhere in `line`, for a keyword of word
// characters: no word character just before it, and after it spaces, "=",
// spaces, "{" (the "\b" after it then holds by itself).
bool sets_field(std::string_view line, std::string_view keyword) {
  for (size_t at = line.find(keyword); at != std::string_view::npos; at = line.find(keyword, at + 1)) {
    if (at > 0 && is_ruby_boundary_word(character_before(line, at))) continue;
    size_t i = at + keyword.size();
    while (i < line.size() && line[i] == ' ') ++i;
    if (i >= line.size() || line[i] != '=') continue;
    ++i;
    while (i < line.size() && line[i] == ' ') ++i;
    if (i < line.size() && line[i] == '{') return true;
  }
  return false;
}

// Calls visit(line, with_newline) for each line; a last line without its
// newline is never a match for /...$\n/.
template <class Visit>
void for_each_line(std::string_view text, Visit visit) {
  for (size_t start = 0; start < text.size();) {
    const size_t newline = text.find('\n', start);
    if (newline == std::string_view::npos) {
      visit(text.substr(start), false);
      return;
    }
    visit(text.substr(start, newline - start), true);
    start = newline + 1;
  }
}

// Lines setting any of `keywords` (all of word characters) go.
std::string without_field_lines(std::string_view bibtex, const std::vector<std::string_view>& keywords) {
  std::string out;
  out.reserve(bibtex.size());
  for_each_line(bibtex, [&](std::string_view line, bool ended) {
    if (ended) {
      for (std::string_view keyword : keywords) {
        if (sets_field(line, keyword)) return;
      }
    }
    out.append(line);
    if (ended) out += '\n';
  });
  return out;
}

std::string without_regex_lines(const std::string& bibtex, std::string_view keyword) {
  const std::string pattern = "^.*\\b" + std::string(keyword) + "\\b *= *\\{.*$\\n";
  return ruby_replace_regex(bibtex, compile_ruby_regex("hideCustomBibtex", pattern), "", false);
}

// The plugin's [*†‡§¶‖&^] (no ∗, unlike al-folio's author layouts).
std::string without_author_marks(std::string_view line) {
  std::string out;
  for (size_t i = 0; i < line.size();) {
    const DecodedCharacter c = decode_character(line, i);
    switch (c.code_point) {
      case '*': case U'\u2020': case U'\u2021': case U'\u00A7': case U'\u00B6': case U'\u2016': case '&': case '^':
        break;
      default: out.append(line, i, c.length);
    }
    i += c.length;
  }
  return out;
}

}  // namespace

std::string hide_custom_bibtex(std::string_view bibtex, const std::vector<std::string>& keywords) {
  std::string text(bibtex);
  // Removing the lines of one plain keyword and of another commute, so a run
  // of them is one pass; a regex keyword runs where Ruby runs it.
  std::vector<std::string_view> run;
  const auto flush = [&] {
    if (!run.empty()) text = without_field_lines(text, run);
    run.clear();
  };
  for (const std::string& keyword : keywords) {
    if (is_word_keyword(keyword)) {
      run.push_back(keyword);
    } else {
      flush();
      text = without_regex_lines(text, keyword);
    }
  }
  flush();
  std::string out;
  out.reserve(text.size());
  for_each_line(text, [&](std::string_view line, bool ended) {
    if (ended && sets_field(line, "author")) {
      out += without_author_marks(line);
    } else {
      out.append(line);
    }
    if (ended) out += '\n';
  });
  return out;
}

}  // namespace folio::liquid
