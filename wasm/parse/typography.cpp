#include "parse/typography.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace folio {
namespace {

constexpr std::string_view kLsquo = "\xE2\x80\x98", kRsquo = "\xE2\x80\x99", kLdquo = "\xE2\x80\x9C",
                           kRdquo = "\xE2\x80\x9D", kNdash = "\xE2\x80\x93", kMdash = "\xE2\x80\x94",
                           kHellip = "\xE2\x80\xA6", kLaquo = "\xC2\xAB", kRaquo = "\xC2\xBB",
                           kNbsp = "\xC2\xA0";

// Ruby's \s, \w and kramdown's SQ_PUNCT (ASCII punctuation), on bytes: a
// byte of a multi-byte character is none of them, as in kramdown's regexps.
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_punct(char c) { return c != '\0' && std::strchr("!\"#$%'()*+,-./:;<=>?@[\\]^_`{|}~", c) != nullptr; }
bool is_quote(char c) { return c == '"' || c == '\''; }
// kramdown's SQ_CLOSE: a character after which a quote closes.
bool closes_quote(char c) { return c != '\0' && std::strchr(" \\\t\r\n[{(-", c) == nullptr; }

// Where the converted text goes: as HTML text, or as plain characters.
struct Out {
  HtmlOut& text;
  bool escape;
  void operator+=(std::string_view piece) { text.append(piece.data(), piece.size()); }
  void operator+=(char c) { text.append(&c, 1); }
};

void append_escaped_char(Out& out, char c) {
  if (c == kEscapedDoubleQuote || c == kEscapedSingleQuote) c = c == kEscapedDoubleQuote ? '"' : '\'';
  if (!out.escape) {
    out += c;
    return;
  }
  switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    default: out += c; break;
  }
}

std::string_view left(char quote) { return quote == '"' ? kLdquo : kLsquo; }
std::string_view right(char quote) { return quote == '"' ? kRdquo : kRsquo; }

// A view of the run that reads '\0' past either end.
struct Text {
  std::string_view run;
  std::string_view after;
  char at(size_t i) const {
    if (i < run.size()) return run[i];
    return i - run.size() < after.size() ? after[i - run.size()] : '\0';
  }
};

// kramdown's SQ_RULES, tried in order at s, the start of the match: the
// character before the quote when there is an unconsumed one, else the quote.
// Appends the replacement (and the characters the rule keeps) and returns the
// index just past what the rule consumed.
size_t apply_quote_rule(Out& out, const Text& t, size_t s) {
  const char c0 = t.at(s), c1 = t.at(s + 1), c2 = t.at(s + 2);
  if (is_quote(c0)) {
    // ("|')(?=[_*]{1,2}\S)
    if ((c1 == '_' || c1 == '*') && ((c2 != '\0' && !is_space(c2) && c2 != '_' && c2 != '*') ||
                                     ((c2 == '_' || c2 == '*') && t.at(s + 3) != '\0' && !is_space(t.at(s + 3))))) {
      out += left(c0);
      return s + 1;
    }
    // ("|')(?=SQ_PUNCT(?!\.\.)\B)
    if (is_punct(c1) && !(c2 == '.' && t.at(s + 3) == '.') && !is_word(c2)) {
      out += right(c0);
      return s + 1;
    }
  }
  // (\s?)"'(?=\w) and (\s?)'"(?=\w), (\s?)'(?=\d\ds)
  const size_t q = is_space(c0) ? s + 1 : s;
  if (is_quote(t.at(q)) && is_quote(t.at(q + 1)) && t.at(q) != t.at(q + 1) && is_word(t.at(q + 2))) {
    if (q > s) out += c0;
    out += left(t.at(q));
    out += left(t.at(q + 1));
    return q + 2;
  }
  if (t.at(q) == '\'' && is_digit(t.at(q + 1)) && is_digit(t.at(q + 2)) && t.at(q + 3) == 's') {
    if (q > s) out += c0;
    out += kRsquo;
    return q + 1;
  }
  // (\s)('|")(?=\w)
  if (is_space(c0) && is_quote(c1) && is_word(c2)) {
    out += c0;
    out += left(c1);
    return s + 2;
  }
  // (SQ_CLOSE)('|")
  if (closes_quote(c0) && is_quote(c1)) {
    append_escaped_char(out, c0);
    out += right(c1);
    return s + 2;
  }
  // ("|')(?=\s|s\b|$)
  if (is_quote(c0) && (c1 == '\0' || is_space(c1) || (c1 == 's' && !is_word(c2)))) {
    out += right(c0);
    return s + 1;
  }
  // (.?)' then (.?)" : the quote opens, and the character before it stays.
  for (const char quote : {'\'', '"'}) {
    if (c1 == quote) {
      append_escaped_char(out, c0);
      out += left(quote);
      return s + 2;
    }
    if (c0 == quote) {
      out += left(quote);
      return s + 1;
    }
  }
  append_escaped_char(out, c0);  // not reached: s or s + 1 holds a quote
  return s + 1;
}

// The typographic symbol at i, if any: appends it and returns the index past it.
size_t apply_symbol(Out& out, const Text& t, size_t i) {
  const char c = t.at(i), c1 = t.at(i + 1);
  if (c == '-' && c1 == '-') {
    const bool em = t.at(i + 2) == '-';
    out += em ? kMdash : kNdash;
    return i + (em ? 3 : 2);
  }
  if (c == '.' && c1 == '.' && t.at(i + 2) == '.') {
    out += kHellip;
    return i + 3;
  }
  if (c == ' ' && c1 == '>' && t.at(i + 2) == '>') {
    out += kNbsp;
    out += kRaquo;
    return i + 3;
  }
  if ((c == '<' || c == '>') && c1 == c) {
    const bool space_after = c == '<' && t.at(i + 2) == ' ';
    out += c == '<' ? kLaquo : kRaquo;
    if (space_after) out += kNbsp;
    return i + (space_after ? 3 : 2);
  }
  return i;
}

// The bytes that may start a symbol or a quote, or that HTML escapes. A
// table, since this test runs on every byte of a document's text. The space
// of " >>" is not among them (spaces are everywhere): the scan stops at the
// '>' and steps back.
constexpr std::array<bool, 256> special_bytes() {
  std::array<bool, 256> special{};
  for (const char c : {'-', '.', '<', '>', '"', '\'', '&', kEscapedDoubleQuote, kEscapedSingleQuote}) {
    special[static_cast<unsigned char>(c)] = true;
  }
  return special;
}
constexpr std::array<bool, 256> kSpecialBytes = special_bytes();

// Where the first special character at or after i is in run (or its size).
size_t next_special(std::string_view run, size_t i) {
  const char* data = run.data();
  const size_t size = run.size();
  while (i < size && !kSpecialBytes[static_cast<unsigned char>(data[i])]) ++i;
  return i;
}

bool starts_symbol(const Text& t, size_t i) {
  const char c = t.at(i), c1 = t.at(i + 1);
  return (c == '-' && c1 == '-') || (c == '.' && c1 == '.' && t.at(i + 2) == '.') ||
         (c == ' ' && c1 == '>' && t.at(i + 2) == '>') || ((c == '<' || c == '>') && c1 == c);
}

void append_typographic(Out& out, std::string_view run, std::string_view after) {
  const Text t{run, after};
  size_t i = 0;
  // Symbols and quotes belong to the run; only the rules' look-ahead reads on.
  const Text own{run, {}};
  while (i < run.size()) {
    // Plain characters go in as one piece; the one before a quote waits,
    // since the quote's rule reads it, and so does the space of " >>".
    const size_t j = next_special(run, i);
    const bool waits = j > i && j < run.size() &&
                       (is_quote(run[j]) || (run[j] == '>' && run[j - 1] == ' ' && j + 1 < run.size() && run[j + 1] == '>'));
    const size_t stop = waits ? j - 1 : j;
    out += run.substr(i, stop - i);
    i = stop;
    if (i >= run.size()) break;
    // The leftmost match wins, as in kramdown's span parser: a quote's match
    // starts one character early when that character is not a backslash.
    if (starts_symbol(own, i)) {
      i = apply_symbol(out, own, i);
      continue;
    }
    const bool quote_next = i + 1 < run.size() && is_quote(run[i + 1]);
    if (quote_next && run[i] != '\\' && !is_quote(run[i]) && !starts_symbol(own, i + 1)) {
      i = std::min(apply_quote_rule(out, t, i), run.size());
      continue;
    }
    if (is_quote(run[i])) {
      i = std::min(apply_quote_rule(out, t, i), run.size());
      continue;
    }
    append_escaped_char(out, run[i]);
    ++i;
  }
}

}  // namespace

void append_typographic_html(HtmlOut& html, std::string_view run, std::string_view after) {
  Out out{html, true};
  append_typographic(out, run, after);
}

void append_typographic_html(std::string& html, std::string_view run, std::string_view after) {
  HtmlOut out(html);
  append_typographic_html(out, run, after);
}

void append_typographic_text(std::string& text, std::string_view run) {
  HtmlOut written(text);
  Out out{written, false};
  append_typographic(out, run, {});
}

}  // namespace folio
