// Tags of a TagRegistry (custom_tag.h): the handler gets the markup and a
// TagContext onto the render; a block's body renders when it asks.
#include "liquid/render_context.h"
#include "liquid/tags/tags.h"

namespace folio::liquid {

namespace {

class CustomTagNode;

class CustomTagContext final : public TagContext {
 public:
  CustomTagContext(RenderContext& context, const NodeList* body, SourcePosition position)
      : context_(context), body_(body), position_(position) {}

  Value evaluate(std::string_view expression) override {
    ExpressionParser parser(expression, context_.options().limits.max_depth);
    FilteredExpression parsed = parser.filtered_expression();
    parser.expect_end();
    if (parser.failed()) {
      context_.warning(position_, "in \"" + std::string(expression) + "\": " + parser.error());
      parsed = parse_filtered_expression_lax(expression, context_.options().limits.max_depth);
    }
    context_.set_position(position_);
    bool failed = false;
    Value value = context_.evaluate(parsed, failed);
    return failed ? Value() : value;
  }

  void assign(const std::string& name, Value value) override { context_.assign(name, std::move(value)); }

  void render_body(std::string& out) override {
    if (!body_) return;
    if (const NestingGuard nested{context_, position_}) body_->render(context_, out);
  }

  void render_source(std::string_view source, const std::string& file, const Hash& variables, std::string& out) override {
    const NestingGuard nested{context_, position_};
    if (!nested) return;
    const Template& parsed = context_.includes().get({std::string(source), file}, context_.options());
    context_.push_scope();
    for (const auto& [name, value] : variables) context_.set_local(name, value);
    context_.render_template_body(parsed, out);
    context_.pop_scope();
  }

  RenderHost& host() override { return context_.host(); }
  void warn(std::string message) override { context_.warning(position_, std::move(message)); }
  void error(std::string message) override { context_.error(position_, std::move(message)); }

 private:
  RenderContext& context_;
  const NodeList* body_;
  SourcePosition position_;
};

class CustomTagNode : public BlockNode {
 public:
  CustomTagNode(SourcePosition position, const TagRegistry::Entry& entry, std::string name, std::string markup)
      : BlockNode(position), entry_(entry), name_(std::move(name)), markup_(std::move(markup)) {}

  bool is_block() const override { return entry_.block; }
  NodeList& current_body() override { return body_; }

  void render(RenderContext& context, std::string& out) const override {
    CustomTagContext tag_context(context, entry_.block ? &body_ : nullptr, position());
    std::string produced;
    entry_.handler(CustomTagCall{name_, markup_}, tag_context, produced);
    context.append(out, produced);
  }

 private:
  const TagRegistry::Entry& entry_;
  std::string name_;
  std::string markup_;
  NodeList body_;
};

}  // namespace

NodePtr make_custom_tag(const Token& token, const TagRegistry::Entry& entry) {
  return std::make_unique<CustomTagNode>(token.position, entry, std::string(token.name), std::string(token.text));
}

}  // namespace folio::liquid
