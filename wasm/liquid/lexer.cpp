#include "liquid/lexer.h"

namespace folio::liquid {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

// Advances a line/column counter over the source, so every token's position
// costs only the bytes between it and the previous one.
class PositionCounter {
 public:
  explicit PositionCounter(std::string_view source) : source_(source) {}
  SourcePosition at(size_t offset) {
    for (; done_ < offset && done_ < source_.size(); ++done_) {
      const char c = source_[done_];
      if (c == '\n') {
        ++position_.line;
        position_.column = 1;
      } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
        ++position_.column;
      }
    }
    return position_;
  }

 private:
  std::string_view source_;
  size_t done_ = 0;
  SourcePosition position_;
};

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view source) : source_(source), positions_(source) {}

  std::vector<Token> run() {
    while (pos_ < source_.size()) {
      const size_t start = next_delimiter(pos_);
      if (start > pos_) add_text(pos_, start);
      if (start >= source_.size()) break;
      if (source_[start + 1] == '{') {
        if (!read_output(start)) break;
      } else if (!read_tag(start)) {
        break;
      }
    }
    apply_whitespace_control();
    return std::move(tokens_);
  }

 private:
  size_t next_delimiter(size_t from) const {
    for (size_t i = source_.find('{', from); i != std::string_view::npos; i = source_.find('{', i + 1)) {
      if (i + 1 < source_.size() && (source_[i + 1] == '{' || source_[i + 1] == '%')) return i;
    }
    return source_.size();
  }

  void add_text(size_t from, size_t to) {
    tokens_.push_back({Token::Kind::text, source_.substr(from, to - from), {}, positions_.at(from)});
  }

  bool read_output(size_t start) {
    const size_t close = source_.find('}', start + 2);
    Token token{Token::Kind::output, {}, {}, positions_.at(start)};
    if (close == std::string_view::npos) {
      token.kind = Token::Kind::unterminated_output;
      token.text = source_.substr(start);
      tokens_.push_back(token);
      pos_ = source_.size();
      return false;
    }
    if (close + 1 >= source_.size() || source_[close + 1] != '}') {
      token.kind = Token::Kind::unterminated_output;
      token.text = source_.substr(start, close + 1 - start);
      tokens_.push_back(token);
      pos_ = close + 1;
      return true;
    }
    std::string_view inner = source_.substr(start + 2, close - start - 2);
    if (!inner.empty() && inner.front() == '-') {
      token.trim_left = true;
      inner.remove_prefix(1);
    }
    if (!inner.empty() && inner.back() == '-') {
      token.trim_right = true;
      inner.remove_suffix(1);
    }
    token.text = trim(inner);
    tokens_.push_back(token);
    pos_ = close + 2;
    return true;
  }

  // Reads {% ... %} at `start` into `token`; false when it has no end.
  bool scan_tag(size_t start, Token& token, size_t& end) {
    const size_t close = source_.find("%}", start + 2);
    token = Token{Token::Kind::tag, {}, {}, positions_.at(start)};
    if (close == std::string_view::npos) {
      token.kind = Token::Kind::unterminated_tag;
      token.text = source_.substr(start);
      end = source_.size();
      return false;
    }
    std::string_view inner = source_.substr(start + 2, close - start - 2);
    if (!inner.empty() && inner.front() == '-') {
      token.trim_left = true;
      inner.remove_prefix(1);
    }
    if (!inner.empty() && inner.back() == '-') {
      token.trim_right = true;
      inner.remove_suffix(1);
    }
    inner = trim(inner);
    size_t name_end = 0;
    while (name_end < inner.size() && is_word(inner[name_end])) ++name_end;
    token.name = inner.substr(0, name_end);
    token.text = trim(inner.substr(name_end));
    end = close + 2;
    return true;
  }

  bool read_tag(size_t start) {
    Token token;
    size_t end = 0;
    const bool closed = scan_tag(start, token, end);
    tokens_.push_back(token);
    pos_ = end;
    if (!closed) return false;
    if (token.name == "raw") return skip_raw_body();
    return true;
  }

  // Finds the next {% NAME %} tag from pos_; the text before it is skipped.
  bool find_tag(std::string_view wanted, size_t& tag_start) {
    for (size_t at = next_delimiter(pos_); at < source_.size(); at = next_delimiter(at + 2)) {
      if (source_[at + 1] != '%') continue;
      Token token;
      size_t end = 0;
      if (!scan_tag(at, token, end)) return false;
      if (token.name == wanted) {
        tag_start = at;
        return true;
      }
    }
    return false;
  }

  // {% raw %}: everything up to the first {% endraw %} is text.
  bool skip_raw_body() {
    const SourcePosition body_position = positions_.at(pos_);
    size_t end_tag = 0;
    if (!find_tag("endraw", end_tag)) {
      pos_ = source_.size();
      return false;
    }
    tokens_.push_back({Token::Kind::raw_body, source_.substr(pos_, end_tag - pos_), {}, body_position});
    pos_ = end_tag;
    return read_tag(end_tag);
  }

  void apply_whitespace_control() {
    for (size_t i = 0; i < tokens_.size(); ++i) {
      Token& token = tokens_[i];
      if (token.kind != Token::Kind::text) continue;
      if (i > 0 && tokens_[i - 1].trim_right) {
        while (!token.text.empty() && is_space(token.text.front())) token.text.remove_prefix(1);
      }
      if (i + 1 < tokens_.size() && tokens_[i + 1].trim_left) {
        while (!token.text.empty() && is_space(token.text.back())) token.text.remove_suffix(1);
      }
    }
  }

  std::string_view source_;
  PositionCounter positions_;
  size_t pos_ = 0;
  std::vector<Token> tokens_;
};

}  // namespace

std::vector<Token> tokenize(std::string_view source) { return Tokenizer(source).run(); }

SourcePosition position_of(std::string_view source, size_t offset) { return PositionCounter(source).at(offset); }

}  // namespace folio::liquid
