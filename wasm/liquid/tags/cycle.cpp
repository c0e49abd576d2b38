// {% cycle 'a', 'b' %} and {% cycle group: 'a', 'b' %}: each render prints
// the next value. Cycles with the same values (or the same group) share a
// position, as in Liquid 4.
#include "liquid/render_context.h"
#include "liquid/tags/tags.h"

namespace folio::liquid {

namespace {

class CycleNode : public Node {
 public:
  CycleNode(SourcePosition position, std::optional<Expression> group, std::string key, std::vector<Expression> values)
      : Node(position), group_(std::move(group)), key_(std::move(key)), values_(std::move(values)) {}

  void render(RenderContext& context, std::string& out) const override {
    context.set_position(position());
    const std::string key = group_ ? "group:" + to_ruby_string(context.evaluate(*group_)) : key_;
    size_t& at = context.cycle_position(key);
    if (at >= values_.size()) at = 0;
    const Value value = context.evaluate(values_[at]);
    at = (at + 1) % values_.size();
    context.append(out, to_output(value));
  }

 private:
  std::optional<Expression> group_;
  std::string key_;
  std::vector<Expression> values_;
};

}  // namespace

NodePtr parse_cycle(const Token& token, ParseState& state) {
  ExpressionParser parser(token.text, state.max_depth());
  std::optional<Expression> group;
  // A group name is the expression before a colon.
  size_t values_from = 0;
  {
    ExpressionParser probe(token.text, state.max_depth());
    Expression first = probe.expression();
    if (!probe.failed() && probe.look(ExpressionToken::Kind::colon)) {
      group = std::move(first);
      parser.expression();
      parser.advance();
      values_from = parser.offset();
    }
  }
  std::vector<Expression> values;
  do {
    values.push_back(parser.expression());
  } while (parser.consume_if(ExpressionToken::Kind::comma));
  parser.expect_end();
  if (!state.check(parser, "cycle", token.position)) return nullptr;
  // Unnamed cycles are told apart by their values as written.
  const std::string key = "values:" + std::string(token.text.substr(values_from));
  return std::make_unique<CycleNode>(token.position, std::move(group), key, std::move(values));
}

}  // namespace folio::liquid
