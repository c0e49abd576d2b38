// Jekyll's {% include NAME key=value key2="text" %} (NAME may be written
// with {{ }}), read as include.key in the include; {% include_relative %}
// the same from the including file's folder. A quoted name takes Liquid's
// own include syntax instead ({% include 'name' with x, key: value %}).
// Includes are parsed when they first render, as in Jekyll.
#include "liquid/render_context.h"
#include "liquid/tags/tags.h"

namespace folio::liquid {

namespace {

using Kind = ExpressionToken::Kind;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_param_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}
bool is_param_value_char(char c) { return is_param_name_char(c) || c == '.'; }

// Jekyll's VALID_FILENAME_CHARS and INVALID_SEQUENCES.
bool is_valid_include_name(std::string_view name) {
  if (name.empty()) return false;
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const bool allowed = is_param_name_char(c) || c == '/' || c == '.' || c == '(' || c == ')' || c == '+' ||
                         c == '~' || c == '#' || c == '@' || (static_cast<unsigned char>(c) >= 0x80);
    if (!allowed) return false;
    if ((c == '.' || c == '/') && i + 1 < name.size() && (name[i + 1] == '.' || name[i + 1] == '/')) return false;
  }
  return true;
}

struct Parameter {
  std::string name;
  std::optional<std::string> text;  // a quoted value
  Expression variable;              // an unquoted one
};

// `key=value key2="text" key3='text'`; false when something else is there.
bool parse_jekyll_params(std::string_view markup, int max_depth, std::vector<Parameter>& params) {
  size_t i = 0;
  while (true) {
    while (i < markup.size() && is_space(markup[i])) ++i;
    if (i >= markup.size()) return true;
    const size_t name_start = i;
    while (i < markup.size() && is_param_name_char(markup[i])) ++i;
    if (i == name_start) return false;
    Parameter param;
    param.name = std::string(markup.substr(name_start, i - name_start));
    while (i < markup.size() && is_space(markup[i])) ++i;
    if (i >= markup.size() || markup[i] != '=') return false;
    ++i;
    while (i < markup.size() && is_space(markup[i])) ++i;
    if (i >= markup.size()) return false;
    if (markup[i] == '"' || markup[i] == '\'') {
      const char quote = markup[i++];
      std::string text;
      for (; i < markup.size() && markup[i] != quote; ++i) {
        if (markup[i] == '\\' && i + 1 < markup.size() && markup[i + 1] == quote) ++i;
        text += markup[i];
      }
      if (i >= markup.size()) return false;
      ++i;
      param.text = std::move(text);
    } else {
      const size_t value_start = i;
      while (i < markup.size() && is_param_value_char(markup[i])) ++i;
      if (i == value_start) return false;
      ExpressionParser parser(markup.substr(value_start, i - value_start), max_depth);
      param.variable = parser.expression();
      parser.expect_end();
      if (parser.failed()) return false;
    }
    if (i < markup.size() && !is_space(markup[i])) return false;
    params.push_back(std::move(param));
  }
}

// The file name: up to the first whitespace outside {{ }} (Jekyll's
// VARIABLE_SYNTAX lets a name hold {{ page.x }}).
size_t include_name_length(std::string_view markup) {
  size_t i = 0;
  while (i < markup.size() && !is_space(markup[i])) {
    if (markup.compare(i, 2, "{{") == 0) {
      const size_t close = markup.find("}}", i);
      if (close == std::string_view::npos) return markup.size();
      i = close + 2;
    } else {
      ++i;
    }
  }
  return i;
}

class IncludeNode : public Node {
 public:
  enum class Kind { include, include_relative, liquid_include };

  IncludeNode(SourcePosition position, Kind kind) : Node(position), kind_(kind) {}

  void render(RenderContext& context, std::string& out) const override {
    context.set_position(position());
    const std::string name = include_name(context);
    if (context.stopped()) return;
    if (kind_ != Kind::liquid_include && !is_valid_include_name(name)) {
      context.error(position(), "Invalid syntax for include tag. File contains invalid characters or sequences: '" +
                                    name + "'. Valid syntax: {% include file.ext param='value' param2='value' %}");
      return;
    }
    if (!context.include_allowed(position(), name)) return;
    const std::optional<TemplateSource> source = kind_ == Kind::include_relative
                                                     ? context.host().find_include_relative(name, context.file())
                                                     : context.host().find_include(name);
    if (!source) {
      context.error(position(), kind_ == Kind::include_relative
                                    ? "include_relative '" + name + "' not found next to " +
                                          context.host().include_relative_origin(context.file()) +
                                          ": create it or fix the path"
                                    : "include '" + name + "' not found in _includes/: create _includes/" + name +
                                          " or fix the name");
      return;
    }
    const NestingGuard nested{context, position()};
    if (!nested) return;
    const Template& parsed = context.includes().get(*source, context.options());
    context.push_scope();
    if (kind_ == Kind::liquid_include) {
      render_liquid_include(context, parsed, name, out);
    } else {
      if (!params_.empty()) context.set_local("include", jekyll_params(context));
      context.render_template_body(parsed, out);
    }
    context.pop_scope();
  }

  TemplatePtr dynamic_name;  // NAME with {{ }}, rendered for each use
  std::string static_name;
  std::optional<Expression> liquid_name;  // Liquid's include: the name expression
  std::optional<Expression> bound;        // with/for EXPR
  std::string alias;                      // as NAME
  std::vector<Parameter> params_;
  std::vector<std::pair<std::string, Expression>> liquid_attributes_;

 private:
  std::string include_name(RenderContext& context) const {
    if (liquid_name) return to_ruby_string(context.evaluate(*liquid_name));
    if (!dynamic_name) return static_name;
    std::string name;
    dynamic_name->root().render(context, name);
    return name;
  }

  Value jekyll_params(RenderContext& context) const {
    Hash hash;
    for (const Parameter& param : params_) {
      hash.set(param.name, param.text ? Value(*param.text) : context.evaluate(param.variable));
    }
    return Value(std::move(hash));
  }

  void render_liquid_include(RenderContext& context, const Template& parsed, const std::string& name,
                             std::string& out) const {
    for (const auto& [key, value] : liquid_attributes_) context.set_local(key, context.evaluate(value));
    const std::string variable = !alias.empty() ? alias : name.substr(name.rfind('/') + 1);
    const Value item = bound ? context.evaluate(*bound) : context.find_variable(name);
    if (item.is_array()) {
      for (const Value& one : item.as_array()) {
        if (context.stopped()) break;
        context.set_local(variable, one);
        context.render_template_body(parsed, out);
      }
      return;
    }
    context.set_local(variable, item);
    context.render_template_body(parsed, out);
  }

  Kind kind_;
};

std::unique_ptr<IncludeNode> parse_liquid_include(const Token& token, ParseState& state) {
  auto node = std::make_unique<IncludeNode>(token.position, IncludeNode::Kind::liquid_include);
  ExpressionParser parser(token.text, state.max_depth());
  node->liquid_name = parser.expression();
  if (parser.consume_id("with") || parser.consume_id("for")) node->bound = parser.expression();
  if (parser.consume_id("as")) {
    if (const auto alias = parser.consume(Kind::id)) node->alias = std::string(*alias);
  }
  parser.consume_if(Kind::comma);
  while (!parser.failed() && parser.look(Kind::id) && parser.look(Kind::colon, 1)) {
    std::string key(parser.advance().text);
    parser.advance();
    node->liquid_attributes_.emplace_back(std::move(key), parser.expression());
    parser.consume_if(Kind::comma);
  }
  parser.expect_end();
  if (!state.check(parser, "include", token.position)) return nullptr;
  return node;
}

NodePtr parse_jekyll_include(const Token& token, ParseState& state, IncludeNode::Kind kind) {
  const std::string tag(token.name);
  const std::string_view markup = token.text;
  if (kind == IncludeNode::Kind::include && !markup.empty() && (markup[0] == '"' || markup[0] == '\'')) {
    return parse_liquid_include(token, state);
  }
  auto node = std::make_unique<IncludeNode>(token.position, kind);
  const size_t name_length = include_name_length(markup);
  const std::string_view name = markup.substr(0, name_length);
  if (name.find("{{") != std::string_view::npos) {
    Diagnostics name_diagnostics;
    node->dynamic_name = parse_template(name, state.file(), state.options(), name_diagnostics);
    for (const Diagnostic& diagnostic : name_diagnostics.all()) state.error(token.position, diagnostic.message);
  } else {
    node->static_name = std::string(name);
  }
  if (name_length == 0) {
    state.error(token.position, "Liquid syntax error: '" + tag + "' needs a file name: {% " + tag + " file.html %}");
    return nullptr;
  }
  if (!parse_jekyll_params(markup.substr(name_length), state.max_depth(), node->params_)) {
    state.error(token.position, "Invalid syntax for " + tag + " tag: '" + std::string(markup) +
                                    "'. Valid syntax: {% " + tag + " file.ext param='value' param2=variable %}");
    return nullptr;
  }
  return node;
}

}  // namespace

NodePtr parse_include(const Token& token, ParseState& state) {
  return parse_jekyll_include(token, state, IncludeNode::Kind::include);
}

NodePtr parse_include_relative(const Token& token, ParseState& state) {
  return parse_jekyll_include(token, state, IncludeNode::Kind::include_relative);
}

}  // namespace folio::liquid
