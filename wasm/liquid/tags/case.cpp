// {% case x %}{% when a, b or c %}...{% else %}...{% endcase %}. As in
// Liquid 4, every matching `when` renders (in order), and an `else` renders
// when no `when` before it matched. Liquid 4 makes one branch per value of a
// `when`, so `when 1, 1` renders its body twice; Liquid 5 keeps that. Each
// branch is a condition `subject == value`, so the subject is evaluated again
// for every `when`: a body that assigns to it changes what later ones match.
#include <optional>
#include <vector>

#include "liquid/render_context.h"
#include "liquid/tags/tags.h"

namespace folio::liquid {

namespace {

class CaseNode : public BlockNode {
 public:
  CaseNode(SourcePosition position, Expression subject) : BlockNode(position), subject_(std::move(subject)) {}

  NodeList& current_body() override { return bodies_.empty() ? ignored_ : bodies_.back(); }

  bool add_clause(std::string_view name, std::string_view markup, SourcePosition position, ParseState& state) override {
    if (name == "else") {
      bodies_.emplace_back();
      branches_.push_back({std::nullopt, bodies_.size() - 1, position});
      return true;
    }
    if (name != "when") return false;
    bodies_.emplace_back();
    ExpressionParser parser(markup, state.max_depth());
    do {
      branches_.push_back({parser.expression(), bodies_.size() - 1, position});
    } while (parser.consume_if(ExpressionToken::Kind::comma) || parser.consume_id("or"));
    parser.expect_end();
    state.check(parser, "when", position);
    return true;
  }

  bool blank() const override {
    for (const NodeList& body : bodies_) {
      if (!body.blank()) return false;
    }
    return true;
  }

  void render(RenderContext& context, std::string& out) const override {
    const NestingGuard nested{context, position()};
    if (!nested) return;
    bool matched = false;
    for (const Branch& branch : branches_) {
      if (context.stopped()) return;
      if (!branch.value) {
        if (matched) continue;
        bodies_[branch.body].render(context, out);
        return;
      }
      context.set_position(branch.position);
      const Value subject = context.evaluate(subject_);
      if (liquid_equal(subject, context.evaluate(*branch.value))) {
        matched = true;
        bodies_[branch.body].render(context, out);
      }
    }
  }

 private:
  struct Branch {
    std::optional<Expression> value;  // nullopt: else
    size_t body;
    SourcePosition position;
  };
  Expression subject_;
  std::vector<NodeList> bodies_;
  std::vector<Branch> branches_;
  NodeList ignored_;  // what comes before the first when
};

}  // namespace

NodePtr parse_case(const Token& token, ParseState& state) {
  ExpressionParser parser(token.text, state.max_depth());
  Expression subject = parser.expression();
  parser.expect_end();
  if (!state.check(parser, "case", token.position)) return nullptr;
  return std::make_unique<CaseNode>(token.position, std::move(subject));
}

}  // namespace folio::liquid
