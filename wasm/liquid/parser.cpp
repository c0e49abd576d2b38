// The block structure of a template: tokens become nodes, and block tags
// take the nodes up to their end tag. The open blocks are an explicit stack,
// so no input nests the parser's own calls (a template of 100,000 nested ifs
// gets a "Nesting too deep" error, not a stack overflow).
#include <vector>

#include "liquid/node.h"
#include "liquid/parse_state.h"
#include "liquid/tags/tags.h"

namespace folio::liquid {

namespace {

bool is_whitespace_only(std::string_view text) {
  for (const char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

bool is_clause_name(std::string_view name) {
  return name == "else" || name == "elsif" || name == "when";
}

// The start of a token's text, for messages that quote it.
std::string quoted_token(const Token& token) { return std::string(token.text.substr(0, 60)); }

class BlockParser {
 public:
  BlockParser(Template& parsed, ParseState& state) : parsed_(parsed), state_(state) {}

  void run(const std::vector<Token>& tokens) {
    for (const Token& token : tokens) {
      if (too_deep_) break;
      read(token);
    }
    if (!too_deep_) {
      for (auto open = open_.rbegin(); open != open_.rend(); ++open) {
        state_.error(open->position, "'" + std::string(open->name) + "' tag was never closed: add {% end" +
                                         std::string(open->name) + " %}");
      }
    }
    // What the unclosed blocks hold still renders (lax mode).
    while (!open_.empty()) close_block();
  }

 private:
  struct OpenBlock {
    BlockNode* block;
    NodeList* body;
    std::string_view name;
    SourcePosition position;
  };

  NodeList& body() { return open_.empty() ? parsed_.root() : *open_.back().body; }

  void read(const Token& token) {
    switch (token.kind) {
      case Token::Kind::text:
        if (!token.text.empty()) body().add(std::make_unique<TextNode>(token.position, token.text), is_whitespace_only(token.text));
        return;
      case Token::Kind::raw_body:
        if (!token.text.empty()) body().add(std::make_unique<TextNode>(token.position, token.text), false);
        return;
      case Token::Kind::output:
        body().add(std::make_unique<OutputNode>(token.position, state_.filtered_expression(token.text, token.position)),
                   false);
        return;
      case Token::Kind::unterminated_output:
        state_.error(token.position, "Variable '" + quoted_token(token) +
                                         "' was not properly terminated with regexp: /\\}\\}/ (close it with }})");
        return;
      case Token::Kind::unterminated_tag:
        state_.error(token.position, "Tag '" + quoted_token(token) +
                                         "' was not properly terminated with regexp: /\\%\\}/ (close it with %})");
        return;
      case Token::Kind::tag: read_tag(token); return;
    }
  }

  void read_tag(const Token& token) {
    if (token.name.empty()) {
      state_.error(token.position, "Tag '{%" + std::string(token.text.substr(0, 60)) +
                                       "%}' was not properly terminated with regexp: /\\%\\}/ (a tag starts with its name)");
      return;
    }
    if (!open_.empty()) {
      OpenBlock& open = open_.back();
      if (token.name.size() == open.name.size() + 3 && token.name.substr(0, 3) == "end" && token.name.substr(3) == open.name) {
        close_block();
        return;
      }
      if (open.block->add_clause(token.name, token.text, token.position, state_)) {
        open.body = &open.block->current_body();
        return;
      }
    }
    if (token.name.substr(0, 3) == "end" || is_clause_name(token.name)) {
      report_stray(token);
      return;
    }
    const TagRegistry::Entry* custom = state_.options().tags ? state_.options().tags->find(token.name) : nullptr;
    const TagDefinition* builtin = custom ? nullptr : find_tag(token.name);
    if (!custom && !builtin) {
      state_.error(token.position, "Liquid syntax error: Unknown tag '" + std::string(token.name) +
                                       "': check its spelling, or that the plugin that defines it is supported");
      return;
    }
    NodePtr node = custom ? make_custom_tag(token, *custom) : builtin->parse(token, state_);
    const bool block = custom ? custom->block : builtin->block;
    if (!node) {
      // Bad markup, reported. A block's body is still read (and dropped), so
      // its end tag is not reported as stray.
      if (block) open_block(nullptr, token);
      return;
    }
    if (block) {
      open_block(std::move(node), token);
    } else {
      const bool node_blank = node->blank();
      body().add(std::move(node), node_blank);
    }
  }

  void open_block(NodePtr node, const Token& token) {
    if (static_cast<int>(open_.size()) >= state_.max_depth()) {
      state_.error(token.position, "Nesting too deep: more than " + std::to_string(state_.max_depth()) +
                                       " nested blocks; the rest of the template is left out");
      too_deep_ = true;
      return;
    }
    if (!node) node = std::make_unique<DroppedBlock>(token.position);
    auto* block = static_cast<BlockNode*>(node.get());
    pending_.push_back(std::move(node));
    open_.push_back({block, &block->current_body(), token.name, token.position});
  }

  void close_block() {
    open_.pop_back();
    NodePtr node = std::move(pending_.back());
    pending_.pop_back();
    if (dynamic_cast<DroppedBlock*>(node.get())) return;
    const bool node_blank = node->blank();
    body().add(std::move(node), node_blank);
  }

  void report_stray(const Token& token) {
    const std::string name(token.name);
    if (!open_.empty()) {
      const std::string open(open_.back().name);
      state_.error(token.position, "Liquid syntax error: '" + name + "' is not a valid delimiter for " + open +
                                       " tags. use end" + open);
    } else {
      state_.error(token.position, "Liquid syntax error: Unknown tag '" + name + "': there is no open block it closes");
    }
  }

  // The body of a block tag whose markup was bad: read, then dropped.
  class DroppedBlock : public BlockNode {
   public:
    using BlockNode::BlockNode;
    void render(RenderContext&, std::string&) const override {}
    NodeList& current_body() override { return body_; }
    bool add_clause(std::string_view name, std::string_view, SourcePosition, ParseState&) override {
      return is_clause_name(name);
    }

   private:
    NodeList body_;
  };

  Template& parsed_;
  ParseState& state_;
  std::vector<OpenBlock> open_;
  std::vector<NodePtr> pending_;  // the open blocks' nodes, added to their parent when closed
  bool too_deep_ = false;
};

}  // namespace

TemplatePtr parse_template(std::string_view source, std::string file, const LiquidOptions& options,
                           Diagnostics& diagnostics) {
  auto parsed = std::make_shared<Template>(std::string(source), std::move(file));
  Diagnostics found;
  ParseState state(parsed->file(), options, found);
  BlockParser(*parsed, state).run(tokenize(parsed->source()));
  parsed->syntax_errors = state.failed();
  parsed->diagnostics = found.all();
  for (const Diagnostic& diagnostic : found.all()) diagnostics.add(diagnostic);
  return parsed;
}

bool has_syntax_errors(const Template& parsed) { return parsed.syntax_errors; }

}  // namespace folio::liquid
