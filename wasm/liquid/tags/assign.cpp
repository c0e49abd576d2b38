// {% assign name = expression | filters %} and {% capture name %}...{% endcapture %}:
// both set a variable in the outermost scope, as Liquid 4's do.
#include "liquid/render_context.h"
#include "liquid/tags/tags.h"

namespace folio::liquid {

namespace {

// Liquid 4's VariableSignature: letters, digits, _, -, and . [ ] (a name
// such as `a.b` sets the key "a.b").
bool is_variable_name(std::string_view name) {
  if (name.empty()) return false;
  for (const char c : name) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!word && c != '-' && c != '.' && c != '[' && c != ']' && c != '?') return false;
  }
  return true;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n' || text.front() == '\r')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

class AssignNode : public Node {
 public:
  AssignNode(SourcePosition position, std::string name, FilteredExpression value)
      : Node(position), name_(std::move(name)), value_(std::move(value)) {}
  bool blank() const override { return true; }
  void render(RenderContext& context, std::string&) const override {
    context.set_position(position());
    bool failed = false;
    Value value = context.evaluate(value_, failed);
    if (!failed) context.assign(name_, std::move(value));
  }

 private:
  std::string name_;
  FilteredExpression value_;
};

class CaptureNode : public BlockNode {
 public:
  CaptureNode(SourcePosition position, std::string name) : BlockNode(position), name_(std::move(name)) {}
  NodeList& current_body() override { return body_; }
  bool blank() const override { return true; }
  void render(RenderContext& context, std::string&) const override {
    std::string captured;
    if (const NestingGuard nested{context, position()}) body_.render(context, captured);
    context.assign(name_, std::move(captured));
  }

 private:
  std::string name_;
  NodeList body_;
};

}  // namespace

NodePtr parse_assign(const Token& token, ParseState& state) {
  const size_t equals = token.text.find('=');
  const std::string_view name = equals == std::string_view::npos ? std::string_view() : trim(token.text.substr(0, equals));
  if (!is_variable_name(name)) {
    state.error(token.position, "Liquid syntax error: Syntax Error in 'assign' - Valid syntax: assign [var] = [source]");
    return nullptr;
  }
  FilteredExpression value = state.filtered_expression(trim(token.text.substr(equals + 1)), token.position);
  return std::make_unique<AssignNode>(token.position, std::string(name), std::move(value));
}

NodePtr parse_capture(const Token& token, ParseState& state) {
  // Liquid 4 takes the first name-like word; quotes around it are allowed.
  std::string_view name = token.text;
  if (name.size() >= 2 && (name.front() == '"' || name.front() == '\'') && name.back() == name.front()) {
    name = name.substr(1, name.size() - 2);
  }
  size_t end = 0;
  while (end < name.size() && name[end] != ' ' && name[end] != '\t' && name[end] != '\n') ++end;
  name = name.substr(0, end);
  if (!is_variable_name(name)) {
    state.error(token.position, "Liquid syntax error: Syntax Error in 'capture' - Valid syntax: capture [var]");
    return nullptr;
  }
  return std::make_unique<CaptureNode>(token.position, std::string(name));
}

}  // namespace folio::liquid
