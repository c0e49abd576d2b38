#include "liquid/tags/loop_attributes.h"

#include <algorithm>

#include "liquid/render_context.h"

namespace folio::liquid {

namespace {

using Kind = ExpressionToken::Kind;

bool allowed_name(std::initializer_list<std::string_view> allowed, std::string_view name) {
  return std::find(allowed.begin(), allowed.end(), name) != allowed.end();
}

std::string_view text_between(std::string_view markup, size_t from, size_t to) {
  std::string_view text = markup.substr(from, to - from);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

void read_attribute(ExpressionParser& parser, LoopSyntax& loop, std::string name) {
  if (name == "offset" && parser.look_id("continue")) {
    parser.advance();
    loop.offset_continue = true;
    return;
  }
  loop.attributes.insert_or_assign(std::move(name), parser.expression());
}

std::optional<LoopSyntax> parse_strict(std::string_view markup, ParseState& state,
                                       std::initializer_list<std::string_view> allowed, std::string& error) {
  ExpressionParser parser(markup, state.max_depth());
  LoopSyntax loop;
  if (const auto variable = parser.consume(Kind::id)) loop.variable = std::string(*variable);
  if (!parser.failed() && !parser.consume_id("in")) parser.fail("For loops require an 'in' clause");
  const size_t from = parser.offset();
  loop.collection = parser.expression();
  loop.collection_text = std::string(text_between(markup, from, parser.offset()));
  loop.reversed = parser.consume_id("reversed");
  while (!parser.failed() && parser.look(Kind::id) && parser.look(Kind::colon, 1)) {
    std::string name(parser.advance().text);
    if (!allowed_name(allowed, name)) {
      std::string valid;
      for (const std::string_view one : allowed) valid += (valid.empty() ? "" : ", ") + std::string(one);
      parser.fail("Invalid attribute '" + name + "' in the loop; valid attributes are " + valid);
      break;
    }
    parser.advance();
    read_attribute(parser, loop, std::move(name));
    parser.consume_if(Kind::comma);
  }
  parser.expect_end();
  if (!parser.failed()) return loop;
  error = parser.error();
  return std::nullopt;
}

std::optional<LoopSyntax> parse_lax(std::string_view markup, ParseState& state) {
  ExpressionParser parser(markup, state.max_depth(), true);
  LoopSyntax loop;
  const auto variable = parser.consume(Kind::id);
  if (!variable || !parser.consume_id("in")) return std::nullopt;
  loop.variable = std::string(*variable);
  const size_t from = parser.offset();
  loop.collection = parser.expression();
  if (parser.failed()) return std::nullopt;
  loop.collection_text = std::string(text_between(markup, from, parser.offset()));
  // Liquid 4 scans the whole markup for `name: value`.
  while (!parser.look(Kind::end)) {
    if (parser.look_id("reversed")) {
      loop.reversed = true;
    } else if (parser.look(Kind::id) && parser.look(Kind::colon, 1)) {
      std::string name(parser.advance().text);
      parser.advance();
      read_attribute(parser, loop, std::move(name));
      if (parser.failed()) break;
      continue;
    }
    parser.advance();
  }
  return loop;
}

}  // namespace

std::optional<LoopSyntax> parse_loop(const Token& token, ParseState& state,
                                     std::initializer_list<std::string_view> allowed) {
  std::string error;
  if (auto loop = parse_strict(token.text, state, allowed, error)) return loop;
  const std::string tag(token.name);
  if (!state.options().strict) {
    if (auto loop = parse_lax(token.text, state)) {
      state.warning(token.position, "Liquid syntax warning in '" + tag + "': " + error +
                                        "; Jekyll reads it laxly, fix it so strict Liquid accepts it");
      return loop;
    }
  }
  state.error(token.position, "Liquid syntax error in '" + tag + "': " + error + ". Valid syntax: " + tag +
                                  " [item] in [collection]");
  return std::nullopt;
}

std::optional<int64_t> loop_attribute(RenderContext& context, const LoopSyntax& loop, std::string_view name) {
  const auto found = loop.attributes.find(name);
  if (found == loop.attributes.end()) return std::nullopt;
  const Value value = context.evaluate(found->second);
  if (value.is_nil()) return std::nullopt;
  const auto number = attribute_integer(value);
  if (!number) context.error(context.position(), "Liquid error: invalid integer (" + std::string(name) + ")");
  return number;
}

}  // namespace folio::liquid
