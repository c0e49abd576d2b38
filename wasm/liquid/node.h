// The parsed tree: a template is a list of nodes (text, {{ output }}, tags);
// a block tag owns one or more bodies. Each tag's node lives in tags/.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "liquid/engine.h"
#include "liquid/expression.h"
#include "liquid/lexer.h"

namespace folio::liquid {

class RenderContext;
class ParseState;

class Node {
 public:
  explicit Node(SourcePosition position) : position_(position) {}
  virtual ~Node() = default;
  virtual void render(RenderContext& context, std::string& out) const = 0;
  // A blank block renders nothing (Liquid 4 drops its output): its bodies
  // hold only whitespace and tags such as assign and comment.
  virtual bool blank() const { return false; }
  virtual bool is_block() const { return false; }
  SourcePosition position() const { return position_; }

 private:
  SourcePosition position_;
};

using NodePtr = std::unique_ptr<Node>;

class NodeList {
 public:
  void add(NodePtr node, bool node_blank);
  void render(RenderContext& context, std::string& out) const;
  bool blank() const { return blank_; }
  bool empty() const { return nodes_.empty(); }

 private:
  std::vector<NodePtr> nodes_;
  bool blank_ = true;
};

// A tag with a body, closed by {% endNAME %}.
class BlockNode : public Node {
 public:
  using Node::Node;
  bool is_block() const override { return true; }
  // The body that tags read now go into.
  virtual NodeList& current_body() = 0;
  // A clause of this block ({% else %}, {% elsif %}, {% when %}): starts its
  // body and returns true; false when the tag is not one of this block's.
  virtual bool add_clause(std::string_view /*name*/, std::string_view /*markup*/, SourcePosition /*position*/,
                          ParseState& /*state*/) {
    return false;
  }
};

class TextNode : public Node {
 public:
  TextNode(SourcePosition position, std::string_view text) : Node(position), text_(text) {}
  void render(RenderContext& context, std::string& out) const override;

 private:
  std::string_view text_;  // in the template's source
};

class OutputNode : public Node {
 public:
  OutputNode(SourcePosition position, FilteredExpression expression)
      : Node(position), expression_(std::move(expression)) {}
  void render(RenderContext& context, std::string& out) const override;

 private:
  FilteredExpression expression_;
};

class Template {
 public:
  Template(std::string source, std::string file) : source_(std::move(source)), file_(std::move(file)) {}
  const std::string& source() const { return source_; }
  const std::string& file() const { return file_; }
  NodeList& root() { return root_; }
  const NodeList& root() const { return root_; }
  bool syntax_errors = false;
  std::vector<Diagnostic> diagnostics;  // found when it was parsed

 private:
  std::string source_;  // text nodes point into it
  std::string file_;
  NodeList root_;
};

}  // namespace folio::liquid
