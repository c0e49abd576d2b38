// The state of one render: scopes of variables, Liquid's registers (cycle
// positions, for-loop offsets, counters), the limits, and where diagnostics
// go. Nodes render through it; filters see it as their FilterContext.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "liquid/condition.h"
#include "liquid/engine.h"
#include "liquid/expression.h"
#include "liquid/lexer.h"

namespace folio::liquid {

class NodeList;

class RenderContext final : public FilterContext {
 public:
  enum class Interrupt { none, break_loop, continue_loop };

  RenderContext(const Value& environment, RenderHost& host, const LiquidOptions& options, Diagnostics& diagnostics,
                TemplateCache& includes);

  // Variables: scopes from the innermost out, then counters, then the
  // environment. assign writes the outermost scope, as Liquid's does.
  Value find_variable(std::string_view name) const;
  void assign(const std::string& name, Value value);
  void set_local(const std::string& name, Value value);
  void push_scope() { scopes_.emplace_back(); }
  void pop_scope() { scopes_.pop_back(); }

  Value evaluate(const Expression& expression);
  // The value after its filters; `failed` when a filter raised (the output
  // then renders nothing).
  Value evaluate(const FilteredExpression& expression, bool& failed);
  bool evaluate(const Condition& condition);

  // Diagnostics at a place in the template being rendered. In strict mode an
  // error stops the render.
  void error(SourcePosition position, std::string message);
  void warning(SourcePosition position, std::string message);
  // Stop everything (strict error, limit): nodes check it after each node.
  bool stopped() const { return stopped_; }
  bool failed() const { return failed_; }
  const LiquidOptions& options() const { return options_; }
  RenderHost& host() { return host_; }
  TemplateCache& includes() { return includes_; }
  Diagnostics& diagnostics() { return diagnostics_; }

  Interrupt interrupt() const { return interrupt_; }
  void set_interrupt(Interrupt interrupt) { interrupt_ = interrupt; }

  // Limits: false (and an error, once) when reached.
  bool count_iteration(SourcePosition position);
  bool enter(SourcePosition position);  // nesting depth; pair with leave()
  // Includes inside includes. Reached, it stops the render like every limit:
  // carrying on would make a template that includes itself twice exponential.
  bool include_allowed(SourcePosition position, const std::string& name);
  void leave() { --depth_; }
  void append(std::string& out, std::string_view text);

  // The template being rendered, for diagnostics and include_relative.
  const std::string& file() const { return *files_.back(); }
  void push_file(const std::string& file) { files_.push_back(&file); }
  void pop_file() { files_.pop_back(); }
  int include_depth() const { return static_cast<int>(files_.size()) - 1; }
  void set_position(SourcePosition position) { position_ = position; }
  SourcePosition position() const { return position_; }
  // Renders a template's root nodes in the current scope, with its parse
  // diagnostics reported once per render.
  void render_template_body(const Template& parsed, std::string& out);

  // Registers of tags.
  int64_t& counter(const std::string& name) { return counters_[name]; }
  size_t& cycle_position(const std::string& key) { return cycles_[key]; }
  int64_t& for_offset(const std::string& name) { return for_offsets_[name]; }
  std::string& ifchanged_last() { return ifchanged_last_; }
  Value& current_forloop() { return forloop_; }

  // FilterContext
  Value evaluate(std::string_view expression, std::string_view variable, const Value& item) override;
  std::string markdownify(std::string_view markdown) override { return host_.markdownify(markdown); }
  const SiteFacts& site() const override { return host_.site_facts(); }
  void warn(std::string message) override { warning(position_, std::move(message)); }

 private:
  Value apply_filter(const FilterSyntax& filter, Value input, bool& failed);
  Value lookup_step(const Value& object, const Expression::Step& step);

  using Scope = std::vector<std::pair<std::string, Value>>;
  const Value& environment_;
  RenderHost& host_;
  const LiquidOptions& options_;
  Diagnostics& diagnostics_;
  TemplateCache& includes_;
  std::vector<Scope> scopes_;
  std::unordered_map<std::string, int64_t> counters_;
  std::unordered_map<std::string, size_t> cycles_;
  std::unordered_map<std::string, int64_t> for_offsets_;
  std::string ifchanged_last_;
  Value forloop_;
  std::vector<const std::string*> files_;
  std::vector<const Template*> reported_;
  std::unordered_map<std::string, Condition> expression_cache_;
  SourcePosition position_;
  Interrupt interrupt_ = Interrupt::none;
  bool stopped_ = false;
  bool failed_ = false;
  bool limit_reported_ = false;
  int depth_ = 0;
  int64_t iterations_ = 0;
  size_t written_ = 0;
};

// One level of nesting for as long as it lives; false when too deep (the
// render has stopped).
class NestingGuard {
 public:
  NestingGuard(RenderContext& context, SourcePosition position) : context_(context), ok_(context.enter(position)) {}
  ~NestingGuard() { context_.leave(); }
  NestingGuard(const NestingGuard&) = delete;
  NestingGuard& operator=(const NestingGuard&) = delete;
  explicit operator bool() const { return ok_; }

 private:
  RenderContext& context_;
  bool ok_;
};

// Liquid 4's Utils.to_integer for tag attributes (limit, offset, cols):
// integers, floats (truncated) and numeric strings; nullopt otherwise.
std::optional<int64_t> attribute_integer(const Value& value);

// The items `for` and `tablerow` iterate over: arrays, ranges, hashes (as
// [key, value] pairs), drops (as their fields), a non-empty string as itself.
Array iteration_items(const Value& collection);

}  // namespace folio::liquid
