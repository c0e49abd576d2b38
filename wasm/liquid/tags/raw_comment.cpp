// {% raw %}...{% endraw %} prints its body as written; {% comment %} prints
// nothing. The lexer cuts both bodies out (lexer.h), so nothing inside them
// is parsed: Liquid 5's comment, where Liquid 4 parsed a comment's tags and
// failed on a bad one. Jekyll sites comment out broken Liquid this way, so
// folio takes the kinder rule.
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

 private:
  NodeList body_;  // always empty
};

}  // namespace

NodePtr parse_raw(const Token& token, ParseState&) { return std::make_unique<RawNode>(token.position); }
NodePtr parse_comment(const Token& token, ParseState&) { return std::make_unique<CommentNode>(token.position); }

}  // namespace folio::liquid
