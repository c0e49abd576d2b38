// A small regular-expression engine for the Ruby patterns that Jekyll sites
// hand to regex_replace and that al-folio's plugins use. It works on code
// points, so a class such as [*∗†‡§¶‖&^] matches whole characters (a
// byte-wise std::regex would match the pieces of ∗ and †), and it runs as a
// Pike VM: time is linear in the subject times the pattern, whatever the
// pattern, so no input can make it backtrack for ever.
//
// It reads Ruby's syntax for: literals and escapes (\n \t \xHH \u{...}),
// ".", classes with ranges, negation, \d \w \s \h and their negations,
// POSIX [:alpha:]-style and \p{L}-style properties, groups (capturing,
// (?:...) and (?<name>...)), alternation, the quantifiers * + ? {n} {n,}
// {n,m} and their lazy forms, and the anchors ^ $ (line anchors, as always in
// Ruby) \A \z \Z \b \B. Anything else (backreferences, lookaround, atomic
// groups, inline options, possessive quantifiers) is refused with a message
// that names it, never silently misread.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace folio::liquid {

struct RegexMatch {
  size_t begin = 0, end = 0;                                     // byte offsets of the match
  std::vector<std::optional<std::pair<size_t, size_t>>> groups;  // 1..n
};

class RubyRegex {
 public:
  // nullopt and `error` set when the pattern is not in the supported subset
  // or is malformed.
  static std::optional<RubyRegex> compile(std::string_view pattern, std::string& error);

  // The matches String#gsub replaces, left to right (only the first, as
  // String#sub, when `only_first`): each the leftmost from where the last
  // ended, chosen among alternatives and repeats as Ruby's backtracking
  // engine would choose.
  std::vector<RegexMatch> find_matches(std::string_view subject, bool only_first) const;

  size_t group_count() const;
  const std::vector<std::pair<std::string, size_t>>& group_names() const;

  struct Program;

 private:
  explicit RubyRegex(std::shared_ptr<const Program> program) : program_(std::move(program)) {}
  std::shared_ptr<const Program> program_;
};

}  // namespace folio::liquid
