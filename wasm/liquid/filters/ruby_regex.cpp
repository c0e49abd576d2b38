#include "liquid/filters/ruby_regex.h"

#include <algorithm>
#include <cstdint>

#include "liquid/filters/unicode.h"

namespace folio::liquid {

namespace {

constexpr size_t kMaxInstructions = 20000;  // a bound on pattern size after {n,m} expansion
constexpr int kMaxRepeat = 1000;

enum class Assertion : uint8_t {
  line_start,
  line_end,
  string_start,
  string_end,
  string_end_before_newline,
  word_boundary,
  not_word_boundary
};

// One member of a character class: a range, or a named set.
struct ClassItem {
  enum class Set : uint8_t {
    range, digit, word, space, hex, letter, mark, decimal, alnum, alpha, han, hiragana, katakana, hangul, upper, lower, punct
  };
  Set set = Set::range;
  char32_t first = 0, last = 0;
  bool negated = false;
};

bool is_ascii_word(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool is_ascii_punctuation(char32_t c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

// [:upper:] holds the letters that downcase changes, [:lower:] those that
// upcase changes.
bool changes_case(char32_t c, std::string (*map)(std::string_view)) {
  std::string text;
  append_code_point(text, c);
  return map(text) != text;
}

bool in_set(const ClassItem& item, char32_t c) {
  using Set = ClassItem::Set;
  bool result = false;
  switch (item.set) {
    case Set::range: result = c >= item.first && c <= item.last; break;
    case Set::digit: result = c >= '0' && c <= '9'; break;
    case Set::word: result = is_ascii_word(c); break;
    case Set::space: result = is_ruby_space(c); break;
    case Set::hex: result = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); break;
    case Set::letter: result = is_letter(c); break;
    case Set::mark: result = is_mark(c); break;
    case Set::decimal: result = is_decimal_digit(c); break;
    case Set::alnum: result = is_alphanumeric(c); break;
    case Set::alpha: result = is_letter(c) || is_mark(c); break;
    case Set::han: result = is_han(c); break;
    case Set::hiragana: result = is_hiragana(c); break;
    case Set::katakana: result = is_katakana(c); break;
    case Set::hangul: result = is_hangul(c); break;
    case Set::upper: result = is_letter(c) && changes_case(c, ruby_downcase); break;
    case Set::lower: result = is_letter(c) && changes_case(c, ruby_upcase); break;
    case Set::punct: result = is_ascii_punctuation(c); break;
  }
  return result != item.negated;
}

struct CharClass {
  std::vector<ClassItem> items;
  bool negated = false;
  bool matches(char32_t c) const {
    bool found = false;
    for (const ClassItem& item : items) {
      if (in_set(item, c)) {
        found = true;
        break;
      }
    }
    return found != negated;
  }
};

// The pattern as a tree, before it becomes instructions.
struct Node {
  enum class Type : uint8_t { empty, literal, any, char_class, assertion, group, concat, alternate, repeat };
  Type type = Type::empty;
  char32_t literal = 0;
  size_t class_index = 0;
  Assertion assertion = Assertion::line_start;
  int group = -1;  // capture number for a group, -1 when it does not capture
  int min = 0, max = 0;  // repeat; max -1 is unbounded
  bool greedy = true;
  std::vector<Node> children;
};

class Parser {
 public:
  Parser(std::string_view pattern, std::vector<CharClass>& classes,
         std::vector<std::pair<std::string, size_t>>& names)
      : classes_(classes), names_(names) {
    for (size_t i = 0; i < pattern.size();) {
      const DecodedCharacter c = decode_character(pattern, i);
      chars_.push_back(c.code_point);
      i += c.length;
    }
  }

  Node parse() {
    Node node = parse_alternation();
    if (position_ < chars_.size()) fail("unmatched close parenthesis");
    return node;
  }
  int groups() const { return group_count_; }

  struct Error {
    std::string message;
  };

 private:
  [[noreturn]] void fail(const std::string& message) { throw Error{message}; }
  bool at_end() const { return position_ >= chars_.size(); }
  char32_t peek(size_t ahead = 0) const { return position_ + ahead < chars_.size() ? chars_[position_ + ahead] : 0; }
  char32_t next() {
    if (at_end()) fail("the pattern ends too early");
    return chars_[position_++];
  }

  Node parse_alternation() {
    Node first = parse_concatenation();
    if (peek() != '|' || at_end()) return first;
    Node alternate;
    alternate.type = Node::Type::alternate;
    alternate.children.push_back(std::move(first));
    while (!at_end() && peek() == '|') {
      ++position_;
      alternate.children.push_back(parse_concatenation());
    }
    return alternate;
  }

  Node parse_concatenation() {
    Node concat;
    concat.type = Node::Type::concat;
    while (!at_end() && peek() != '|' && peek() != ')') concat.children.push_back(parse_repeat());
    return concat;
  }

  // {n}, {n,}, {n,m} (and {,m}); nullopt when the brace is a literal, as
  // Ruby reads "{" that starts no valid count.
  std::optional<std::pair<int, int>> parse_count() {
    size_t i = position_ + 1;
    const auto number = [&](int& out) {
      const size_t start = i;
      long value = 0;
      while (i < chars_.size() && chars_[i] >= '0' && chars_[i] <= '9') {
        value = value * 10 + static_cast<long>(chars_[i] - '0');
        if (value > 100000) value = 100000;
        ++i;
      }
      out = static_cast<int>(value);
      return i > start;
    };
    int min = 0, max = 0;
    const bool has_min = number(min);
    if (i < chars_.size() && chars_[i] == '}') {
      if (!has_min) return std::nullopt;
      position_ = i + 1;
      return std::make_pair(min, min);
    }
    if (i >= chars_.size() || chars_[i] != ',') return std::nullopt;
    ++i;
    const bool has_max = number(max);
    if (i >= chars_.size() || chars_[i] != '}' || (!has_min && !has_max)) return std::nullopt;
    position_ = i + 1;
    return std::make_pair(has_min ? min : 0, has_max ? max : -1);
  }

  Node parse_repeat() {
    Node atom = parse_atom();
    while (!at_end()) {
      int min = 0, max = 0;
      const char32_t c = peek();
      if (c == '*') {
        min = 0, max = -1;
        ++position_;
      } else if (c == '+') {
        min = 1, max = -1;
        ++position_;
      } else if (c == '?') {
        min = 0, max = 1;
        ++position_;
      } else if (c == '{') {
        const auto count = parse_count();
        if (!count) break;
        std::tie(min, max) = *count;
        if (min > kMaxRepeat || max > kMaxRepeat) fail("a repeat count above " + std::to_string(kMaxRepeat));
        if (max >= 0 && max < min) fail("a repeat count whose maximum is below its minimum");
      } else {
        break;
      }
      if (atom.type == Node::Type::assertion) fail("a quantifier after an anchor");
      bool greedy = true;
      if (peek() == '?') {
        greedy = false;
        ++position_;
      } else if (peek() == '+' && c != '{') {
        fail("possessive quantifiers (*+, ++, ?+)");
      }
      Node repeat;
      repeat.type = Node::Type::repeat;
      repeat.min = min;
      repeat.max = max;
      repeat.greedy = greedy;
      repeat.children.push_back(std::move(atom));
      atom = std::move(repeat);
    }
    return atom;
  }

  Node class_node(CharClass char_class) {
    Node node;
    node.type = Node::Type::char_class;
    node.class_index = classes_.size();
    classes_.push_back(std::move(char_class));
    return node;
  }

  static Node assertion_node(Assertion assertion) {
    Node node;
    node.type = Node::Type::assertion;
    node.assertion = assertion;
    return node;
  }

  static Node literal_node(char32_t c) {
    Node node;
    node.type = Node::Type::literal;
    node.literal = c;
    return node;
  }

  Node parse_group() {
    Node group;
    group.type = Node::Type::group;
    if (peek() == '?') {
      ++position_;
      const char32_t kind = next();
      if (kind == ':') {
        group.group = -1;
      } else if (kind == '<' && peek() != '=' && peek() != '!') {
        std::string name;
        while (!at_end() && peek() != '>') append_code_point(name, next());
        if (at_end() || name.empty()) fail("a group name that does not end with >");
        ++position_;
        group.group = ++group_count_;
        names_.emplace_back(name, static_cast<size_t>(group.group));
      } else if (kind == '=' || kind == '!' || kind == '<') {
        fail("lookahead and lookbehind groups");
      } else if (kind == '>') {
        fail("atomic groups (?>...)");
      } else {
        fail("inline options and other (?...) groups");
      }
    } else {
      group.group = ++group_count_;
    }
    group.children.push_back(parse_alternation());
    if (at_end() || peek() != ')') fail("a group that is not closed");
    ++position_;
    return group;
  }

  // \p{...} and \P{...}: the properties whose tables folio has.
  ClassItem parse_property(bool negated) {
    if (next() != '{') fail("\\p without {name}");
    std::string name;
    while (!at_end() && peek() != '}') append_code_point(name, next());
    if (at_end()) fail("\\p{ that is not closed");
    ++position_;
    if (!name.empty() && name[0] == '^') {
      negated = !negated;
      name.erase(0, 1);
    }
    using Set = ClassItem::Set;
    ClassItem item;
    item.negated = negated;
    if (name == "L" || name == "Letter") {
      item.set = Set::letter;
    } else if (name == "M" || name == "Mark") {
      item.set = Set::mark;
    } else if (name == "Nd" || name == "Digit") {
      item.set = Set::decimal;
    } else if (name == "Alnum") {
      item.set = Set::alnum;
    } else if (name == "Alpha") {
      item.set = Set::alpha;
    } else if (name == "Word") {
      item.set = Set::word;
    } else if (name == "Space") {
      item.set = Set::space;
    } else if (name == "Han") {
      item.set = Set::han;
    } else if (name == "Hiragana") {
      item.set = Set::hiragana;
    } else if (name == "Katakana") {
      item.set = Set::katakana;
    } else if (name == "Hangul") {
      item.set = Set::hangul;
    } else {
      fail("the property \\p{" + name + "}");
    }
    return item;
  }

  // The escapes that stand for a set: \d \w \s \h, their negations, \p.
  std::optional<ClassItem> parse_set_escape(char32_t c) {
    using Set = ClassItem::Set;
    ClassItem item;
    switch (c) {
      case 'd': case 'D': item.set = Set::digit; break;
      case 'w': case 'W': item.set = Set::word; break;
      case 's': case 'S': item.set = Set::space; break;
      case 'h': case 'H': item.set = Set::hex; break;
      case 'p': return parse_property(false);
      case 'P': return parse_property(true);
      default: return std::nullopt;
    }
    item.negated = c == 'D' || c == 'W' || c == 'S' || c == 'H';
    return item;
  }

  char32_t parse_hex(size_t max_digits) {
    char32_t value = 0;
    size_t digits = 0;
    while (digits < max_digits && !at_end()) {
      const char32_t c = peek();
      int digit = -1;
      if (c >= '0' && c <= '9') digit = static_cast<int>(c - '0');
      if (c >= 'a' && c <= 'f') digit = static_cast<int>(c - 'a' + 10);
      if (c >= 'A' && c <= 'F') digit = static_cast<int>(c - 'A' + 10);
      if (digit < 0) break;
      value = value * 16 + static_cast<char32_t>(digit);
      ++position_;
      ++digits;
    }
    if (digits == 0) fail("an escape without hexadecimal digits");
    return value;
  }

  // A character escape: \n \t \xHH \u{...} or an escaped punctuation mark.
  char32_t parse_character_escape(char32_t c) {
    switch (c) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case 'f': return '\f';
      case 'v': return '\v';
      case 'a': return '\a';
      case 'e': return 0x1B;
      case '0': return 0;
      case 'x': return parse_hex(2);
      case 'u':
        if (peek() == '{') {
          ++position_;
          const char32_t value = parse_hex(6);
          if (next() != '}') fail("\\u{ that is not closed");
          return value;
        }
        return parse_hex(4);
      default: break;
    }
    if ((c >= '1' && c <= '9') || c == 'k' || c == 'g') fail("backreferences and subexpression calls");
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      std::string escape = "\\";
      append_code_point(escape, c);
      fail("the escape " + escape);
    }
    return c;
  }

  ClassItem posix_class() {
    position_ += 2;  // "[:"
    bool negated = false;
    if (peek() == '^') {
      negated = true;
      ++position_;
    }
    std::string name;
    while (!at_end() && peek() != ':') append_code_point(name, next());
    if (next() != ':' || next() != ']') fail("a POSIX class that does not end with :]");
    using Set = ClassItem::Set;
    ClassItem item;
    item.negated = negated;
    if (name == "alpha") {
      item.set = Set::alpha;
    } else if (name == "digit") {
      item.set = Set::decimal;
    } else if (name == "alnum") {
      item.set = Set::alnum;
    } else if (name == "space") {
      item.set = Set::space;
    } else if (name == "upper") {
      item.set = Set::upper;
    } else if (name == "lower") {
      item.set = Set::lower;
    } else if (name == "punct") {
      item.set = Set::punct;
    } else if (name == "xdigit") {
      item.set = Set::hex;
    } else if (name == "word") {
      item.set = Set::alnum;
    } else {
      fail("the POSIX class [:" + name + ":]");
    }
    return item;
  }

  Node parse_class() {
    CharClass char_class;
    if (peek() == '^') {
      char_class.negated = true;
      ++position_;
    }
    bool first = true;
    while (true) {
      if (at_end()) fail("a character class that is not closed");
      char32_t c = peek();
      if (c == ']' && !first) {
        ++position_;
        break;
      }
      first = false;
      if (c == '[') {
        if (peek(1) == ':') {
          char_class.items.push_back(posix_class());
          continue;
        }
        fail("nested character classes");
      }
      if (c == '&' && peek(1) == '&') fail("class intersection (&&)");
      ++position_;
      if (c == '\\') {
        const char32_t escaped = next();
        if (auto set = parse_set_escape(escaped)) {
          char_class.items.push_back(*set);
          continue;
        }
        c = escaped == 'b' ? U'\b' : parse_character_escape(escaped);
      }
      ClassItem item;
      item.first = item.last = c;
      if (peek() == '-' && peek(1) != ']' && position_ + 1 < chars_.size()) {
        ++position_;
        char32_t last = next();
        if (last == '\\') last = parse_character_escape(next());
        if (last < c) fail("a range out of order in a character class");
        item.last = last;
      }
      char_class.items.push_back(item);
    }
    return class_node(std::move(char_class));
  }

  Node parse_atom() {
    const char32_t c = next();
    switch (c) {
      case '(': return parse_group();
      case '[': return parse_class();
      case '.': {
        Node any;
        any.type = Node::Type::any;
        return any;
      }
      case '^': return assertion_node(Assertion::line_start);
      case '$': return assertion_node(Assertion::line_end);
      case '*': case '+': case '?': fail("a quantifier with nothing to repeat");
      case '\\': break;
      default: return literal_node(c);
    }
    const char32_t escaped = next();
    switch (escaped) {
      case 'A': return assertion_node(Assertion::string_start);
      case 'z': return assertion_node(Assertion::string_end);
      case 'Z': return assertion_node(Assertion::string_end_before_newline);
      case 'b': return assertion_node(Assertion::word_boundary);
      case 'B': return assertion_node(Assertion::not_word_boundary);
      default: break;
    }
    if (auto set = parse_set_escape(escaped)) {
      CharClass char_class;
      char_class.items.push_back(*set);
      return class_node(std::move(char_class));
    }
    return literal_node(parse_character_escape(escaped));
  }

  std::vector<char32_t> chars_;
  size_t position_ = 0;
  int group_count_ = 0;
  std::vector<CharClass>& classes_;
  std::vector<std::pair<std::string, size_t>>& names_;
};

enum class Op : uint8_t { literal, any, char_class, split, jump, save, assertion, match };

struct Instruction {
  Op op;
  char32_t literal = 0;
  size_t x = 0, y = 0;  // split: x first (preferred), y second; jump: x; char_class: x; save: x (slot)
  Assertion assertion = Assertion::line_start;
};

}  // namespace

struct RubyRegex::Program {
  std::vector<Instruction> code;
  std::vector<CharClass> classes;
  std::vector<std::pair<std::string, size_t>> names;
  size_t groups = 0;
  // Where a match can start (find_match_starts below): the instructions that can
  // consume a match's first character, and whether a match only starts at
  // the start of a line. Empty `first` when the pattern can match the empty
  // string: then a match can start anywhere.
  std::vector<size_t> first;
  bool starts_lines = false;
  // Text every match contains (UTF-8; empty when none is known): a subject
  // without it has no match, found with one substring search.
  std::string required;
};

namespace {

class Compiler {
 public:
  explicit Compiler(std::vector<Instruction>& code) : code_(code) {}

  void emit(const Node& node) {
    if (code_.size() > kMaxInstructions) throw Parser::Error{"a pattern too large once its repeats are expanded"};
    switch (node.type) {
      case Node::Type::empty: return;
      case Node::Type::literal: code_.push_back({Op::literal, node.literal}); return;
      case Node::Type::any: code_.push_back({Op::any}); return;
      case Node::Type::char_class: code_.push_back({Op::char_class, 0, node.class_index}); return;
      case Node::Type::assertion: {
        Instruction instruction{Op::assertion};
        instruction.assertion = node.assertion;
        code_.push_back(instruction);
        return;
      }
      case Node::Type::group:
        if (node.group >= 0) code_.push_back({Op::save, 0, static_cast<size_t>(node.group) * 2});
        emit(node.children[0]);
        if (node.group >= 0) code_.push_back({Op::save, 0, static_cast<size_t>(node.group) * 2 + 1});
        return;
      case Node::Type::concat:
        for (const Node& child : node.children) emit(child);
        return;
      case Node::Type::alternate: emit_alternation(node); return;
      case Node::Type::repeat: emit_repeat(node); return;
    }
  }

 private:
  size_t here() const { return code_.size(); }

  void emit_alternation(const Node& node) {
    std::vector<size_t> jumps_to_end;
    for (size_t i = 0; i < node.children.size(); ++i) {
      const bool last = i + 1 == node.children.size();
      size_t split = 0;
      if (!last) {
        split = here();
        code_.push_back({Op::split});
        code_[split].x = here();
      }
      emit(node.children[i]);
      if (!last) {
        jumps_to_end.push_back(here());
        code_.push_back({Op::jump});
        code_[split].y = here();
      }
    }
    for (const size_t jump : jumps_to_end) code_[jump].x = here();
  }

  // A split that prefers the body when greedy, what follows when lazy.
  void set_split(size_t split, size_t body, size_t after, bool greedy) {
    code_[split].x = greedy ? body : after;
    code_[split].y = greedy ? after : body;
  }

  void emit_repeat(const Node& node) {
    const Node& body = node.children[0];
    for (int i = 0; i < node.min; ++i) emit(body);
    if (node.max < 0) {
      const size_t split = here();
      code_.push_back({Op::split});
      emit(body);
      code_.push_back({Op::jump, 0, split});
      set_split(split, split + 1, here(), node.greedy);
      return;
    }
    std::vector<size_t> splits;
    for (int i = node.min; i < node.max; ++i) {
      splits.push_back(here());
      code_.push_back({Op::split});
      emit(body);
    }
    for (const size_t split : splits) set_split(split, split + 1, here(), node.greedy);
  }

  std::vector<Instruction>& code_;
};

struct Subject {
  std::vector<char32_t> chars;
  std::vector<size_t> offsets;  // byte offset of each character, and the size at the end
};

Subject decode_subject(std::string_view text) {
  Subject subject;
  subject.chars.reserve(text.size());
  subject.offsets.reserve(text.size() + 1);
  for (size_t i = 0; i < text.size();) {
    const DecodedCharacter c = decode_character(text, i);
    subject.chars.push_back(c.code_point);
    subject.offsets.push_back(i);
    i += c.length;
  }
  subject.offsets.push_back(text.size());
  return subject;
}

bool assertion_holds(Assertion assertion, const Subject& subject, size_t at) {
  const size_t n = subject.chars.size();
  switch (assertion) {
    case Assertion::line_start: return at == 0 || subject.chars[at - 1] == '\n';
    case Assertion::line_end: return at == n || subject.chars[at] == '\n';
    case Assertion::string_start: return at == 0;
    case Assertion::string_end: return at == n;
    case Assertion::string_end_before_newline: return at == n || (at + 1 == n && subject.chars[at] == '\n');
    case Assertion::word_boundary:
    case Assertion::not_word_boundary: {
      const bool before = at > 0 && is_ruby_boundary_word(subject.chars[at - 1]);
      const bool after = at < n && is_ruby_boundary_word(subject.chars[at]);
      return (before != after) == (assertion == Assertion::word_boundary);
    }
  }
  return false;
}

// A thread's capture positions (character positions; kUnset when a group did
// not take part). Threads are copied at every split, for a pattern such as
// ^.* once per character: up to three groups live inline, so a copy
// allocates nothing.
class Captures {
 public:
  Captures(size_t size, size_t value) : size_(size) {
    if (size > kInline) {
      heap_.assign(size, value);
    } else {
      std::fill_n(inline_, size, value);
    }
  }
  size_t& operator[](size_t i) { return size_ > kInline ? heap_[i] : inline_[i]; }
  size_t operator[](size_t i) const { return size_ > kInline ? heap_[i] : inline_[i]; }

 private:
  static constexpr size_t kInline = 8;
  size_t inline_[kInline] = {};
  std::vector<size_t> heap_;
  size_t size_;
};
constexpr size_t kUnset = SIZE_MAX;

struct Thread {
  size_t pc;
  Captures captures;
};

// Russ Cox's Pike VM: all threads advance one character at a time, in
// priority order, so the first thread to match is the match a backtracking
// engine would find, in time linear in the subject.
class Machine {
 public:
  Machine(const RubyRegex::Program& program, const Subject& subject)
      : program_(program), subject_(subject), seen_(program.code.size(), kUnset) {}

  std::optional<Captures> search(size_t start) {
    std::vector<Thread> current, next;
    std::optional<Captures> matched;
    const size_t n = subject_.chars.size();
    const bool filtered = !program_.first.empty();
    size_t generation = ++generation_counter_;  // the stamp of `current`'s position
    for (size_t at = start;; ++at) {
      if (!matched && filtered && current.empty()) {
        while (at < n && !may_start(at)) ++at;
        if (at >= n) break;  // a match needs a character, and none can start one
      }
      if (!matched && (!filtered || may_start(at))) {
        Captures initial(2 * (program_.groups + 1), kUnset);
        initial[0] = at;
        add_thread(current, 0, std::move(initial), at, generation);
      }
      const size_t next_generation = ++generation_counter_;
      for (Thread& thread : current) {
        const Instruction& instruction = program_.code[thread.pc];
        if (instruction.op == Op::match) {
          matched = std::move(thread.captures);
          (*matched)[1] = at;
          break;  // lower-priority threads lose
        }
        if (at < n && consumes(instruction, subject_.chars[at])) {
          add_thread(next, thread.pc + 1, std::move(thread.captures), at + 1, next_generation);
        }
      }
      current.swap(next);
      next.clear();
      generation = next_generation;
      if (at >= n || (matched && current.empty())) break;
    }
    return matched;
  }

 private:
  // Whether a match can start at `at` (RubyRegex::Program::first).
  bool may_start(size_t at) const {
    if (at >= subject_.chars.size()) return false;
    if (program_.starts_lines && at > 0 && subject_.chars[at - 1] != '\n') return false;
    for (const size_t pc : program_.first) {
      if (consumes(program_.code[pc], subject_.chars[at])) return true;
    }
    return false;
  }

  bool consumes(const Instruction& instruction, char32_t c) const {
    switch (instruction.op) {
      case Op::literal: return c == instruction.literal;
      case Op::any: return c != '\n';
      case Op::char_class: return program_.classes[instruction.x].matches(c);
      default: return false;
    }
  }

  // Follows splits, jumps, saves and assertions (with an explicit stack, so
  // a long chain of them cannot overflow the native stack) and adds the
  // threads that wait for a character or match.
  void add_thread(std::vector<Thread>& list, size_t pc, Captures captures, size_t at, size_t generation) {
    std::vector<Thread>& stack = stack_;  // kept between calls: no allocation per character
    stack.push_back({pc, std::move(captures)});
    while (!stack.empty()) {
      Thread thread = std::move(stack.back());
      stack.pop_back();
      if (seen_[thread.pc] == generation) continue;
      seen_[thread.pc] = generation;
      const Instruction& instruction = program_.code[thread.pc];
      switch (instruction.op) {
        case Op::jump: stack.push_back({instruction.x, std::move(thread.captures)}); break;
        case Op::split:
          stack.push_back({instruction.y, thread.captures});
          stack.push_back({instruction.x, std::move(thread.captures)});
          break;
        case Op::save:
          thread.captures[instruction.x] = at;
          stack.push_back({thread.pc + 1, std::move(thread.captures)});
          break;
        case Op::assertion:
          if (assertion_holds(instruction.assertion, subject_, at)) {
            stack.push_back({thread.pc + 1, std::move(thread.captures)});
          }
          break;
        default: list.push_back(std::move(thread));
      }
    }
  }

  const RubyRegex::Program& program_;
  const Subject& subject_;
  std::vector<size_t> seen_;
  std::vector<Thread> stack_;
  size_t generation_counter_ = 0;
};

// The longest run of literal characters that every match of `node` holds
// (alternatives and optional parts promise nothing).
std::string required_literal(const Node& node) {
  switch (node.type) {
    case Node::Type::literal: {
      std::string text;
      append_code_point(text, node.literal);
      return text;
    }
    case Node::Type::group: return required_literal(node.children[0]);
    case Node::Type::repeat: return node.min >= 1 ? required_literal(node.children[0]) : std::string();
    case Node::Type::concat: {
      std::string longest, run;
      for (const Node& child : node.children) {
        if (child.type == Node::Type::literal) {
          append_code_point(run, child.literal);
          continue;
        }
        if (run.size() > longest.size()) longest = run;
        run.clear();
        std::string inner = required_literal(child);
        if (inner.size() > longest.size()) longest = std::move(inner);
      }
      return run.size() > longest.size() ? run : longest;
    }
    default: return {};
  }
}

// The instructions reachable from the start without consuming a character
// (assertions let every path through: they only narrow where a match
// starts), so a position whose character none of them consumes cannot start
// a match. Most patterns handed to regex_replace match rarely: the machine
// then skips to the next position that can, instead of starting a thread at
// every character.
void find_match_starts(RubyRegex::Program& program) {
  struct Step {
    size_t pc;
    bool after_line_start;
  };
  std::vector<uint8_t> visited(program.code.size() * 2, 0);
  std::vector<Step> stack{{0, false}};
  bool every_start_at_line = true;
  while (!stack.empty()) {
    const Step step = stack.back();
    stack.pop_back();
    uint8_t& seen = visited[step.pc * 2 + (step.after_line_start ? 1 : 0)];
    if (seen) continue;
    seen = 1;
    const Instruction& instruction = program.code[step.pc];
    switch (instruction.op) {
      case Op::match:
        program.first.clear();  // the empty string matches: no filter
        return;
      case Op::jump: stack.push_back({instruction.x, step.after_line_start}); break;
      case Op::split:
        stack.push_back({instruction.y, step.after_line_start});
        stack.push_back({instruction.x, step.after_line_start});
        break;
      case Op::save: stack.push_back({step.pc + 1, step.after_line_start}); break;
      case Op::assertion: {
        const bool line = instruction.assertion == Assertion::line_start || instruction.assertion == Assertion::string_start;
        stack.push_back({step.pc + 1, step.after_line_start || line});
        break;
      }
      default:
        if (!step.after_line_start) every_start_at_line = false;
        if (std::find(program.first.begin(), program.first.end(), step.pc) == program.first.end()) {
          program.first.push_back(step.pc);
        }
    }
  }
  program.starts_lines = every_start_at_line;
}

}  // namespace

std::optional<RubyRegex> RubyRegex::compile(std::string_view pattern, std::string& error) {
  auto program = std::make_shared<Program>();
  try {
    Parser parser(pattern, program->classes, program->names);
    const Node tree = parser.parse();
    program->groups = static_cast<size_t>(parser.groups());
    Compiler(program->code).emit(tree);
    program->code.push_back({Op::match});
    find_match_starts(*program);
    program->required = required_literal(tree);
  } catch (const Parser::Error& failure) {
    error = "folio's regular expressions do not support " + failure.message;
    return std::nullopt;
  }
  return RubyRegex(std::move(program));
}

std::vector<RegexMatch> RubyRegex::find_matches(std::string_view text, bool only_first) const {
  if (!program_->required.empty() && text.find(program_->required) == std::string_view::npos) return {};
  const Subject subject = decode_subject(text);
  Machine machine(*program_, subject);
  std::vector<RegexMatch> matches;
  for (size_t start = 0; start <= subject.chars.size();) {
    const auto captures = machine.search(start);
    if (!captures) break;
    RegexMatch match;
    match.begin = subject.offsets[(*captures)[0]];
    match.end = subject.offsets[(*captures)[1]];
    for (size_t group = 1; group <= program_->groups; ++group) {
      const size_t begin = (*captures)[2 * group], end = (*captures)[2 * group + 1];
      if (begin == kUnset || end == kUnset) {
        match.groups.emplace_back(std::nullopt);
      } else {
        match.groups.emplace_back(std::make_pair(subject.offsets[begin], subject.offsets[end]));
      }
    }
    matches.push_back(std::move(match));
    if (only_first) break;
    // After an empty match the next one starts a character later (the
    // character stays in the text); after any other, where it ended.
    start = (*captures)[1] == (*captures)[0] ? (*captures)[1] + 1 : (*captures)[1];
  }
  return matches;
}

size_t RubyRegex::group_count() const { return program_->groups; }

const std::vector<std::pair<std::string, size_t>>& RubyRegex::group_names() const { return program_->names; }

}  // namespace folio::liquid
