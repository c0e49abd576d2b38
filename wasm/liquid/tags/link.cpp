// Jekyll's {% link PATH %} and {% post_url NAME %}: the URL of a document,
// which the caller's RenderHost knows (the site model fills it in). PATH may
// hold {{ }}, rendered first, as Jekyll 4 does.
#include "liquid/render_context.h"
#include "liquid/tags/tags.h"

namespace folio::liquid {

namespace {

class LinkNode : public Node {
 public:
  LinkNode(SourcePosition position, bool post, TemplatePtr path) : Node(position), post_(post), path_(std::move(path)) {}

  void render(RenderContext& context, std::string& out) const override {
    std::string path;
    path_->root().render(context, path);
    while (!path.empty() && (path.back() == ' ' || path.back() == '\n')) path.pop_back();
    const std::optional<std::string> url = post_ ? context.host().post_url(path) : context.host().link(path);
    if (!url) {
      context.error(position(), post_ ? "Could not find post \"" + path +
                                            "\" in tag 'post_url'. Make sure the post exists and the name is correct."
                                      : "Could not find document '" + path +
                                            "' in tag 'link'. Make sure the document exists and the path is correct.");
      return;
    }
    context.append(out, *url);
  }

 private:
  bool post_;
  TemplatePtr path_;
};

NodePtr parse_link_tag(const Token& token, ParseState& state, bool post) {
  if (token.text.empty()) {
    state.error(token.position, "Liquid syntax error: '" + std::string(token.name) + "' needs a path: {% " +
                                    std::string(token.name) + (post ? " 2024-01-31-name %}" : " _pages/about.md %}"));
    return nullptr;
  }
  Diagnostics path_diagnostics;
  TemplatePtr path = parse_template(token.text, state.file(), state.options(), path_diagnostics);
  for (const Diagnostic& diagnostic : path_diagnostics.all()) state.error(token.position, diagnostic.message);
  return std::make_unique<LinkNode>(token.position, post, std::move(path));
}

}  // namespace

NodePtr parse_link(const Token& token, ParseState& state) { return parse_link_tag(token, state, false); }
NodePtr parse_post_url(const Token& token, ParseState& state) { return parse_link_tag(token, state, true); }

}  // namespace folio::liquid
