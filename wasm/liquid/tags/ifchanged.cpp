// {% ifchanged %}...{% endifchanged %}: renders its body, and prints it only
// when it differs from what the last ifchanged printed.
#include "liquid/render_context.h"
#include "liquid/tags/tags.h"

namespace folio::liquid {

namespace {

class IfchangedNode : public BlockNode {
 public:
  using BlockNode::BlockNode;
  NodeList& current_body() override { return body_; }
  void render(RenderContext& context, std::string& out) const override {
    std::string rendered;
    if (const NestingGuard nested{context, position()}) body_.render(context, rendered);
    if (rendered == context.ifchanged_last()) return;
    context.append(out, rendered);
    context.ifchanged_last() = std::move(rendered);
  }

 private:
  NodeList body_;
};

}  // namespace

NodePtr parse_ifchanged(const Token& token, ParseState&) { return std::make_unique<IfchangedNode>(token.position); }

}  // namespace folio::liquid
