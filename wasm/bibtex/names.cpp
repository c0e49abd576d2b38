#include "bibtex/names.h"

#include <algorithm>

#include "bibtex/latex_to_unicode.h"

namespace folio {
namespace {

using Words = std::vector<std::string_view>;

// A word of a name list, or one of the commas between words.
struct Token {
  std::string_view text;
  bool comma = false;
};

bool is_separator(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == '~';
}

bool equals_ignoring_case(std::string_view word, std::string_view lowercase) {
  if (word.size() != lowercase.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lowercase[i]) return false;
  }
  return true;
}

// Words are separated by white space and ~ outside braces; commas outside
// braces are tokens of their own. A backslash keeps the next character in the
// word, so "Pe\~na" is one word.
std::vector<Token> tokenize(std::string_view value) {
  std::vector<Token> tokens;
  int depth = 0;
  size_t start = 0;
  auto end_word = [&](size_t end) {
    if (end > start) tokens.push_back({value.substr(start, end - start), false});
  };
  for (size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (c == '\\') {
      ++i;
      continue;
    }
    if (c == '{') ++depth;
    if (c == '}' && depth > 0) --depth;
    if (depth > 0) continue;
    if (is_separator(c) || c == ',') {
      end_word(i);
      if (c == ',') tokens.push_back({value.substr(i, 1), true});
      start = i + 1;
    }
  }
  end_word(value.size());
  return tokens;
}

// One person's words, split at that person's commas.
std::vector<Words> split_at_commas(const std::vector<Token>& tokens, size_t begin, size_t end) {
  std::vector<Words> parts(1);
  for (size_t i = begin; i < end; ++i) {
    if (tokens[i].comma) {
      parts.emplace_back();
    } else {
      parts.back().push_back(tokens[i].text);
    }
  }
  return parts;
}

// ---- letter case -------------------------------------------------------------

enum class LetterCase { none, lower, upper };

// Case of a code point beyond ASCII, for the scripts names are written in
// most; other scripts (CJK, ...) have no case.
LetterCase unicode_case(char32_t cp) {
  if (cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7) {
    return cp <= 0xDE ? LetterCase::upper : LetterCase::lower;
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    // Latin Extended-A alternates upper/lower, shifted by one in two ranges.
    if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return LetterCase::lower;
    if (cp == 0x178) return LetterCase::upper;
    const bool odd_is_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    return (cp % 2 == 1) == odd_is_upper ? LetterCase::upper : LetterCase::lower;
  }
  if (cp >= 0x1E00 && cp <= 0x1EFF) return cp % 2 == 0 ? LetterCase::upper : LetterCase::lower;
  if ((cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F)) return LetterCase::upper;
  if ((cp >= 0x3B1 && cp <= 0x3C9) || (cp >= 0x430 && cp <= 0x45F)) return LetterCase::lower;
  return LetterCase::none;
}

// Decodes the UTF-8 sequence at word[i] (advancing i past it); 0 if invalid.
char32_t next_code_point(std::string_view word, size_t& i) {
  const auto lead = static_cast<unsigned char>(word[i]);
  const size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (length == 1 || i + length > word.size()) {
    ++i;
    return 0;
  }
  char32_t cp = lead & (0x7F >> length);
  for (size_t k = 1; k < length; ++k) {
    const auto byte = static_cast<unsigned char>(word[i + k]);
    if ((byte & 0xC0) != 0x80) {
      ++i;
      return 0;
    }
    cp = (cp << 6) | (byte & 0x3F);
  }
  i += length;
  return cp;
}

LetterCase ascii_case(char c) {
  if (c >= 'a' && c <= 'z') return LetterCase::lower;
  if (c >= 'A' && c <= 'Z') return LetterCase::upper;
  return LetterCase::none;
}

// The case of the first letter from word[i] on, skipping braces and
// backslashes; used after a control sequence such as \v or \".
LetterCase first_letter_case(std::string_view word, size_t i) {
  while (i < word.size()) {
    const char c = word[i];
    if (ascii_case(c) != LetterCase::none) return ascii_case(c);
    if (static_cast<unsigned char>(c) >= 0x80) {
      const LetterCase found = unicode_case(next_code_point(word, i));
      if (found != LetterCase::none) return found;
      continue;
    }
    ++i;
  }
  return LetterCase::none;
}

// A special character starting at the backslash word[i]: \O and \AE are
// uppercase letters, \ss and \i lowercase ones; an accent such as \v{S} has
// the case of the letter it sits on.
LetterCase special_character_case(std::string_view word, size_t i) {
  size_t end = i + 1;
  while (end < word.size() && ascii_case(word[end]) != LetterCase::none) ++end;
  const std::string_view name = word.substr(i + 1, end - i - 1);
  for (std::string_view letter : {"i", "j", "oe", "ae", "aa", "o", "l", "ss"}) {
    if (name == letter) return LetterCase::lower;
  }
  for (std::string_view letter : {"OE", "AE", "AA", "O", "L"}) {
    if (name == letter) return LetterCase::upper;
  }
  if (name.empty()) end = i + 2;  // a control symbol: \" or \'
  return first_letter_case(word, end);
}

// BibTeX's rule: the first letter outside braces decides; a group that starts
// with a backslash is a special character and decides by its letter; other
// braced groups have no case and are skipped.
LetterCase word_case(std::string_view word) {
  size_t i = 0;
  while (i < word.size()) {
    const char c = word[i];
    if (c == '{') {
      if (i + 1 < word.size() && word[i + 1] == '\\') return special_character_case(word, i + 1);
      int depth = 0;
      for (; i < word.size(); ++i) {
        if (word[i] == '{') ++depth;
        if (word[i] == '}' && --depth == 0) break;
      }
      ++i;
      continue;
    }
    if (c == '\\') return special_character_case(word, i);
    if (ascii_case(c) != LetterCase::none) return ascii_case(c);
    if (static_cast<unsigned char>(c) >= 0x80) {
      const LetterCase found = unicode_case(next_code_point(word, i));
      if (found != LetterCase::none) return found;
      continue;
    }
    ++i;
  }
  return LetterCase::none;
}

bool is_von_word(std::string_view word) { return word_case(word) == LetterCase::lower; }

// ---- assembling a name ---------------------------------------------------------

// The words as written; as_display_text turns the parts into text at the end.
std::string join_words(const Words& words, size_t begin, size_t end) {
  std::string latex;
  for (size_t i = begin; i < end && i < words.size(); ++i) {
    if (!latex.empty()) latex += ' ';
    latex += words[i];
  }
  return latex;
}

std::vector<PersonName> as_display_text(std::vector<PersonName> names) {
  for (PersonName& name : names) {
    for (std::string* part : {&name.first, &name.von, &name.last, &name.jr}) *part = latex_to_text(*part);
  }
  return names;
}

// von is everything up to the last lowercase word before the final word, from
// `von_start` on; the rest is Last (bibtex.web's von_name_ends_and_last_name_starts_stuff).
void split_von_last(const Words& words, size_t von_start, PersonName& name) {
  size_t von_end = von_start;
  for (size_t i = words.size() - 1; i > von_start; --i) {
    if (is_von_word(words[i - 1])) {
      von_end = i;
      break;
    }
  }
  name.von = join_words(words, von_start, von_end);
  name.last = join_words(words, von_end, words.size());
}

// "First von Last": von starts at the first lowercase word that is not the last
// word; without one, the last word is Last and the rest First.
PersonName name_without_commas(const Words& words) {
  PersonName name;
  size_t von_start = words.size() - 1;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (is_von_word(words[i])) {
      von_start = i;
      break;
    }
  }
  name.first = join_words(words, 0, von_start);
  split_von_last(words, von_start, name);
  return name;
}

// "von Last, First" and "von Last, Jr, First"; commas beyond the second are
// kept inside First.
PersonName name_with_commas(const std::vector<Words>& parts) {
  PersonName name;
  if (!parts[0].empty()) split_von_last(parts[0], 0, name);
  const size_t first_part = parts.size() == 2 ? 1 : 2;
  if (parts.size() > 2) name.jr = join_words(parts[1], 0, parts[1].size());
  std::string first;
  for (size_t p = first_part; p < parts.size(); ++p) {
    const std::string text = join_words(parts[p], 0, parts[p].size());
    if (!first.empty() && !text.empty()) first += ", ";
    first += text;
  }
  name.first = std::move(first);
  return name;
}

bool is_and(const Token& token) { return !token.comma && equals_ignoring_case(token.text, "and"); }

// Parses the person in tokens[begin, end); false when it holds no words.
bool parse_person(const std::vector<Token>& tokens, size_t begin, size_t end, PersonName& name,
                  size_t& commas) {
  const std::vector<Words> parts = split_at_commas(tokens, begin, end);
  commas = parts.size() - 1;
  size_t words = 0;
  for (const Words& part : parts) words += part.size();
  if (words == 0) return false;
  if (parts.size() == 1 && parts[0].size() == 1 && equals_ignoring_case(parts[0][0], "others")) {
    name = PersonName();
    name.others = true;
    return true;
  }
  name = parts.size() == 1 ? name_without_commas(parts[0]) : name_with_commas(parts);
  return true;
}

// The people of `value`; `most_commas` is the largest number of commas in one.
std::vector<PersonName> parse_people(std::string_view value, size_t& most_commas) {
  const std::vector<Token> tokens = tokenize(value);
  std::vector<PersonName> names;
  most_commas = 0;
  size_t begin = 0;
  for (size_t i = 0; i <= tokens.size(); ++i) {
    if (i < tokens.size() && !is_and(tokens[i])) continue;
    PersonName name;
    size_t commas = 0;
    if (parse_person(tokens, begin, i, name, commas)) {
      names.push_back(std::move(name));
      most_commas = std::max(most_commas, commas);
    }
    begin = i + 1;
  }
  return names;
}

}  // namespace

std::vector<PersonName> parse_names(std::string_view value) { return as_display_text(parse_names_as_written(value)); }

std::vector<PersonName> parse_names_as_written(std::string_view value) {
  size_t most_commas = 0;
  return parse_people(value, most_commas);
}

namespace {

// The "First Last" chunks of a list like "Jiangfei Duan, Shuo Zhang, Zerui
// Wang" or one ending in " and " ("..., Xin Jin and Xuanzhe Liu", also with
// ", and "); empty when `tokens` is not such a list. Only the last separator
// may be " and ": a comma after an "and" means BibTeX's "Last, First" people.
std::vector<Words> comma_list_chunks(const std::vector<Token>& tokens) {
  size_t commas = 0;
  size_t and_at = tokens.size();
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].comma) {
      if (and_at != tokens.size()) return {};
      ++commas;
    } else if (is_and(tokens[i])) {
      if (and_at != tokens.size()) return {};
      and_at = i;
    }
  }
  if (commas < 2) return {};
  std::vector<Words> chunks = split_at_commas(tokens, 0, std::min(and_at, tokens.size()));
  if (and_at != tokens.size()) {
    if (chunks.back().empty()) chunks.pop_back();  // "..., and E F"
    chunks.push_back(split_at_commas(tokens, and_at + 1, tokens.size())[0]);
  }
  if (chunks.back().empty()) chunks.pop_back();  // "A B, C D, E F,"
  for (const Words& chunk : chunks) {
    if (chunk.size() < 2 || chunk.size() > 4) return {};
  }
  return chunks;
}

}  // namespace

bool looks_like_comma_separated_names(std::string_view value) {
  return !comma_list_chunks(tokenize(value)).empty();
}

std::vector<PersonName> parse_author_field(const BibEntry& entry, std::string_view field,
                                           const std::string& file, Diagnostics& diagnostics) {
  std::string name(field);
  for (char& c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  const BibField* found = entry.field(name);
  if (found == nullptr) return {};

  const std::vector<Words> chunks = comma_list_chunks(tokenize(found->value));
  if (!chunks.empty()) {
    std::vector<PersonName> names;
    for (const Words& chunk : chunks) names.push_back(name_without_commas(chunk));
    diagnostics.warning(file, found->line, 0,
                        "the " + name + " field of entry '" + entry.key +
                            "' separates names with commas, which BibTeX reads as one person; "
                            "separate authors with \" and \" (e.g. \"Jiangfei Duan and Shuo "
                            "Zhang\"). Read as " + std::to_string(names.size()) + " names for now");
    return as_display_text(std::move(names));
  }

  size_t most_commas = 0;
  std::vector<PersonName> names = parse_people(found->value, most_commas);
  if (most_commas > 2) {
    diagnostics.warning(file, found->line, 0,
                        "a name in the " + name + " field of entry '" + entry.key +
                            "' has more than two commas; write each person as \"Last, First\" "
                            "or \"First Last\" and separate people with \" and \"");
  }
  return as_display_text(std::move(names));
}

}  // namespace folio
