// {% increment name %} prints the counter and adds one; {% decrement name %}
// subtracts one and prints it. Counters start at 0 and are apart from
// assigned variables (Liquid keeps them in its first environment): an
// assigned variable of the same name hides the counter from {{ name }}.
#include "liquid/render_context.h"
#include "liquid/tags/tags.h"

namespace folio::liquid {

namespace {

class CounterNode : public Node {
 public:
  CounterNode(SourcePosition position, std::string name, int step) : Node(position), name_(std::move(name)), step_(step) {}
  void render(RenderContext& context, std::string& out) const override {
    int64_t& counter = context.counter(name_);
    if (step_ > 0) {
      context.append(out, std::to_string(counter));
      counter += step_;
    } else {
      counter += step_;
      context.append(out, std::to_string(counter));
    }
  }

 private:
  std::string name_;
  int step_;
};

NodePtr parse_counter(const Token& token, ParseState& state, int step) {
  ExpressionParser parser(token.text, state.max_depth());
  const auto name = parser.consume(ExpressionToken::Kind::id);
  parser.expect_end();
  if (!state.check(parser, token.name, token.position)) return nullptr;
  return std::make_unique<CounterNode>(token.position, std::string(*name), step);
}

}  // namespace

NodePtr parse_increment(const Token& token, ParseState& state) { return parse_counter(token, state, 1); }
NodePtr parse_decrement(const Token& token, ParseState& state) { return parse_counter(token, state, -1); }

}  // namespace folio::liquid
