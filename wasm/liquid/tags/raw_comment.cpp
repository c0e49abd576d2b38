// {% raw %}...{% endraw %} prints its body as written (the lexer cuts it
// out, lexer.h); {% comment %} prints nothing. A comment's body is parsed as
// Liquid 4.0 and 5.4 (the ruby-liquid installed) both do: an unknown tag or
// a stray {% else %}/{% endif %} directly inside is ignored, but a known tag
// is parsed, so `{% comment %}{% if x %}{% endcomment %}` is an unclosed if
// and `{% for %}` a syntax error, reported as ruby-liquid reports them.
#include "liquid/custom_tag.h"
#include "liquid/parse_state.h"
#include "liquid/tags/tags.h"

namespace folio::liquid {

namespace {

class RawNode : public BlockNode {
 public:
  using BlockNode::BlockNode;
  NodeList& current_body() override { return body_; }
  bool blank() const override { return body_.empty(); }
  void render(RenderContext& context, std::string& out) const override { body_.render(context, out); }

 private:
  NodeList body_;
};

class CommentNode : public BlockNode {
 public:
  using BlockNode::BlockNode;
  NodeList& current_body() override { return body_; }
  bool blank() const override { return true; }
  void render(RenderContext&, std::string&) const override {}
  // Any tag that is not a tag (Liquid's unknown_tag, which Comment ignores).
  bool add_clause(std::string_view name, std::string_view, SourcePosition, ParseState& state) override {
    const bool custom = state.options().tags && state.options().tags->find(name);
    return !custom && !find_tag(name);
  }

 private:
  NodeList body_;  // parsed, never rendered
};

}  // namespace

NodePtr parse_raw(const Token& token, ParseState&) { return std::make_unique<RawNode>(token.position); }
NodePtr parse_comment(const Token& token, ParseState&) { return std::make_unique<CommentNode>(token.position); }

}  // namespace folio::liquid
