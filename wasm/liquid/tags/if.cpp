// {% if %}, {% unless %} with {% elsif %} and {% else %}: the first branch
// whose condition holds renders. Extra else branches are kept and never
// reached, as in Liquid 4.
#include <optional>
#include <vector>

#include "liquid/render_context.h"
#include "liquid/tags/tags.h"

namespace folio::liquid {

namespace {

class IfNode : public BlockNode {
 public:
  IfNode(SourcePosition position, Condition condition, bool negate_first) : BlockNode(position), negate_first_(negate_first) {
    branches_.push_back({std::move(condition), {}, position});
  }

  NodeList& current_body() override { return branches_.back().body; }

  bool add_clause(std::string_view name, std::string_view markup, SourcePosition position, ParseState& state) override {
    if (name == "else") {
      branches_.push_back({std::nullopt, {}, position});
      return true;
    }
    if (name != "elsif") return false;
    std::optional<Condition> condition = state.condition(markup, "elsif", position);
    // A bad elsif never holds; its body is still read.
    if (!condition) {
      condition.emplace();
      condition->terms.emplace_back();  // nil: never holds
    }
    branches_.push_back({std::move(condition), {}, position});
    return true;
  }

  bool blank() const override {
    for (const Branch& branch : branches_) {
      if (!branch.body.blank()) return false;
    }
    return true;
  }

  void render(RenderContext& context, std::string& out) const override {
    for (size_t i = 0; i < branches_.size(); ++i) {
      const Branch& branch = branches_[i];
      context.set_position(branch.position);
      bool holds = !branch.condition || context.evaluate(*branch.condition);
      if (i == 0 && negate_first_) holds = !holds;
      if (context.stopped()) return;
      if (holds) {
        if (const NestingGuard nested{context, branch.position}) branch.body.render(context, out);
        return;
      }
    }
  }

 private:
  struct Branch {
    std::optional<Condition> condition;  // nullopt: else
    NodeList body;
    SourcePosition position;
  };
  std::vector<Branch> branches_;
  bool negate_first_;
};

NodePtr parse_conditional(const Token& token, ParseState& state, bool negate_first) {
  std::optional<Condition> condition = state.condition(token.text, token.name, token.position);
  if (!condition) return nullptr;
  return std::make_unique<IfNode>(token.position, std::move(*condition), negate_first);
}

}  // namespace

NodePtr parse_if(const Token& token, ParseState& state) { return parse_conditional(token, state, false); }
NodePtr parse_unless(const Token& token, ParseState& state) { return parse_conditional(token, state, true); }

}  // namespace folio::liquid
