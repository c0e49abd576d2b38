#include "liquid/render_context.h"

#include <cctype>

#include "liquid/expression_parser.h"
#include "liquid/node.h"

namespace folio::liquid {

namespace {

bool is_orderable(const Value& value) { return value.is_number() || value.is_string(); }

// Ruby's `left.include?(right)` as Liquid 4's contains calls it.
bool contains(const Value& left, const Value& right) {
  if (!left.truthy() || !right.truthy()) return false;
  if (left.is_string()) return left.as_string().find(to_ruby_string(right)) != std::string::npos;
  if (left.is_array()) {
    for (const Value& item : left.as_array()) {
      if (liquid_equal(item, right)) return true;
    }
    return false;
  }
  if (left.is_hash()) return right.is_string() && left.as_hash().find(right.as_string()) != nullptr;
  // Ruby's Range#include? of a number: (1..3) contains 2.
  if (left.is_range() && right.is_number()) {
    return right.as_number() >= static_cast<double>(left.range_first()) &&
           right.as_number() <= static_cast<double>(left.range_last());
  }
  return false;
}

std::string arity_text(const FilterSpec& spec) {
  // Ruby counts the input as the first argument.
  const int min = spec.min_arguments + 1;
  if (spec.max_arguments == spec.min_arguments) return std::to_string(min);
  if (spec.max_arguments < 0) return std::to_string(min) + "+";
  return std::to_string(min) + ".." + std::to_string(spec.max_arguments + 1);
}

Value variable_in(const Value& holder, std::string_view name) {
  if (holder.is_hash()) {
    const Value* found = holder.as_hash().find(name);
    return found ? *found : Value();
  }
  if (holder.is_drop()) return holder.as_drop().get(name);
  return Value();
}

// Range bounds as Liquid 4's RangeLookup reads them: nil and strings by
// String#to_i (leading digits, else 0), numbers as integers.
std::optional<int64_t> range_bound(const Value& value) {
  if (value.is_nil()) return 0;
  if (value.is_string()) {
    const std::string& text = value.as_string();
    size_t i = 0;
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    bool negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
    int64_t number = 0;
    for (; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i) {
      if (number > (INT64_MAX - 9) / 10) break;
      number = number * 10 + (text[i] - '0');
    }
    return negative ? -number : number;
  }
  return attribute_integer(value);
}

}  // namespace

std::optional<int64_t> attribute_integer(const Value& value) {
  if (value.is_integer()) return value.as_integer();
  if (value.is_float()) {
    // Liquid 4 raises "invalid integer" for a float (Integer("2.5") fails);
    // Liquid 5 truncates. Whole floats (2.0) are the common case in data
    // files, and truncating them is what both print for them. A float past
    // int64 (or NaN) is an invalid integer, as Liquid 4 says of them all.
    const double number = value.as_float();
    if (!(number > -9.2e18 && number < 9.2e18)) return std::nullopt;
    return static_cast<int64_t>(number);
  }
  if (!value.is_string()) return std::nullopt;
  const std::string& text = value.as_string();
  size_t i = 0, end = text.size();
  while (i < end && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  while (end > i && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  bool negative = false;
  if (i < end && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
  if (i == end) return std::nullopt;
  int64_t number = 0;
  for (; i < end; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i])) || number > (INT64_MAX - 9) / 10) return std::nullopt;
    number = number * 10 + (text[i] - '0');
  }
  return negative ? -number : number;
}

Array iteration_items(const Value& collection) {
  switch (collection.kind()) {
    case Value::Kind::array: return collection.as_array();
    case Value::Kind::range: {
      Array items;
      for (int64_t i = collection.range_first(); i <= collection.range_last(); ++i) items.emplace_back(i);
      return items;
    }
    case Value::Kind::hash: {
      Array items;
      for (const auto& [key, item] : collection.as_hash()) items.emplace_back(Array{key, item});
      return items;
    }
    case Value::Kind::drop: {
      Array items;
      for (const std::string& key : collection.as_drop().keys()) {
        items.emplace_back(Array{key, collection.as_drop().get(key)});
      }
      return items;
    }
    case Value::Kind::string:
      // Liquid 4 keeps Ruby 1.8's String#each: a string is one item.
      if (collection.as_string().empty()) return {};
      return {collection};
    default: return {};
  }
}

RenderContext::RenderContext(const Value& environment, RenderHost& host, const LiquidOptions& options,
                             Diagnostics& diagnostics, TemplateCache& includes)
    : environment_(environment), host_(host), options_(options), diagnostics_(diagnostics), includes_(includes) {
  scopes_.emplace_back();
}

Value RenderContext::find_variable(std::string_view name) const {
  for (auto scope = scopes_.rbegin(); scope != scopes_.rend(); ++scope) {
    for (auto entry = scope->rbegin(); entry != scope->rend(); ++entry) {
      if (entry->first == name) return entry->second;
    }
  }
  if (!counters_.empty()) {
    const auto counter = counters_.find(std::string(name));
    if (counter != counters_.end()) return counter->second;
  }
  return variable_in(environment_, name);
}

void RenderContext::assign(const std::string& name, Value value) {
  for (auto& entry : scopes_.front()) {
    if (entry.first == name) {
      entry.second = std::move(value);
      return;
    }
  }
  scopes_.front().emplace_back(name, std::move(value));
}

void RenderContext::set_local(const std::string& name, Value value) {
  for (auto& entry : scopes_.back()) {
    if (entry.first == name) {
      entry.second = std::move(value);
      return;
    }
  }
  scopes_.back().emplace_back(name, std::move(value));
}

Value RenderContext::lookup_step(const Value& object, const Expression::Step& step) {
  const Value key = step.index ? evaluate(*step.index) : Value(step.key);
  if (key.is_string()) {
    const std::string& name = key.as_string();
    if (object.is_hash()) {
      if (const Value* found = object.as_hash().find(name)) return *found;
    } else if (object.is_drop()) {
      Value field = object.as_drop().get(name);
      if (!field.is_nil()) return field;
    }
    // Ruby methods of arrays, hashes and strings, only after a dot.
    if (step.dotted && (name == "size" || name == "first" || name == "last")) return object.lookup(name);
    return Value();
  }
  if (key.is_integer() && object.is_array()) return object.at(key);
  return Value();
}

Value RenderContext::evaluate(const Expression& expression) {
  switch (expression.kind) {
    case Expression::Kind::literal: return expression.literal;
    case Expression::Kind::range: {
      const auto first = range_bound(evaluate(*expression.range_first));
      const auto last = range_bound(evaluate(*expression.range_last));
      if (!first || !last) {
        error(position_, "invalid integer in a range: its start and end must be numbers");
        return Value();
      }
      return Value::range(*first, *last);
    }
    case Expression::Kind::lookup: break;
  }
  Value object;
  if (expression.root_expression) {
    const Value name = evaluate(*expression.root_expression);
    if (name.is_string()) object = find_variable(name.as_string());
  } else {
    object = find_variable(expression.root);
  }
  for (const Expression::Step& step : expression.path) {
    if (object.is_nil()) return object;
    object = lookup_step(object, step);
  }
  return object;
}

Value RenderContext::apply_filter(const FilterSyntax& filter, Value input, bool& failed) {
  if (!filter.spec) {
    // Lax mode (Liquid's strict_filters off) passes the input through; the
    // parser has warned already.
    if (options_.strict) {
      error(position_, "Unknown filter '" + filter.name + "'");
      failed = true;
    }
    return input;
  }
  const FilterSpec& spec = *filter.spec;
  const int given = static_cast<int>(filter.arguments.size());
  if (given < spec.min_arguments || (spec.max_arguments >= 0 && given > spec.max_arguments)) {
    error(position_, "Liquid error: wrong number of arguments (given " + std::to_string(given + 1) + ", expected " +
                         arity_text(spec) + ") for filter '" + filter.name + "'");
    failed = true;
    return Value();
  }
  FilterCall call;
  call.input = std::move(input);
  call.arguments.reserve(filter.arguments.size());
  for (const Expression& argument : filter.arguments) call.arguments.push_back(evaluate(argument));
  for (const auto& [name, argument] : filter.keyword_arguments) call.keyword_arguments.emplace_back(name, evaluate(argument));
  try {
    Value result = spec.function(call, *this);
    if (result.is_string() && result.as_string().size() > options_.limits.max_output_bytes) {
      error(position_, "Output limit reached: filter '" + filter.name + "' made a string of more than " +
                           std::to_string(options_.limits.max_output_bytes) + " bytes");
      stopped_ = true;
      failed = true;
      return Value();
    }
    return result;
  } catch (const FilterError& e) {
    error(position_, std::string("Liquid error: ") + e.what() + " (in filter '" + filter.name + "')");
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception& e) {
    error(position_, std::string("Liquid error: filter '") + filter.name + "' failed: " + e.what());
  }
  failed = true;
  return Value();
}

Value RenderContext::evaluate(const FilteredExpression& expression, bool& failed) {
  Value value = evaluate(expression.value);
  for (const FilterSyntax& filter : expression.filters) {
    value = apply_filter(filter, std::move(value), failed);
    if (failed) return Value();
  }
  return value;
}

bool RenderContext::evaluate(const Condition& condition) {
  for (size_t i = 0; i < condition.terms.size(); ++i) {
    const Comparison& term = condition.terms[i];
    const Value left = evaluate(term.left);
    bool result = false;
    if (term.op.empty()) {
      result = left.truthy();
    } else {
      const Value right = evaluate(term.right);
      if (term.op == "==") {
        result = liquid_equal(left, right);
      } else if (term.op == "!=" || term.op == "<>") {
        result = !liquid_equal(left, right);
      } else if (term.op == "contains") {
        result = contains(left, right);
      } else if (term.op == "<" || term.op == ">" || term.op == "<=" || term.op == ">=") {
        if (is_orderable(left) && is_orderable(right)) {
          const auto order = liquid_compare(left, right);
          if (!order) {
            error(position_, std::string("Liquid error: comparison of ") + ruby_class_name(left) + " with " +
                                 ruby_class_name(right) + " failed");
          } else {
            result = term.op == "<" ? *order < 0 : term.op == ">" ? *order > 0 : term.op == "<=" ? *order <= 0 : *order >= 0;
          }
        }
      } else {
        error(position_, "Liquid error: Unknown operator " + term.op);
      }
    }
    if (i + 1 == condition.terms.size()) return result;
    // Right to left: `a and rest` is false when a is; `a or rest` true when a is.
    if (condition.and_after[i] ? !result : result) return result;
  }
  return false;
}

void RenderContext::error(SourcePosition position, std::string message) {
  diagnostics_.error(file(), position.line, position.column, std::move(message));
  if (options_.strict) stopped_ = failed_ = true;
}

void RenderContext::warning(SourcePosition position, std::string message) {
  diagnostics_.warning(file(), position.line, position.column, std::move(message));
}

bool RenderContext::count_iteration(SourcePosition position) {
  if (++iterations_ <= options_.limits.max_loop_iterations) return true;
  if (!limit_reported_) {
    limit_reported_ = true;
    error(position, "Loop limit reached: more than " + std::to_string(options_.limits.max_loop_iterations) +
                        " loop iterations in one render; the page stops here. Loop over fewer items (limit:)");
  }
  stopped_ = true;
  return false;
}

bool RenderContext::enter(SourcePosition position) {
  if (++depth_ <= 2 * options_.limits.max_depth) return true;
  if (!limit_reported_) {
    limit_reported_ = true;
    error(position, "Nesting too deep: more than " + std::to_string(2 * options_.limits.max_depth) +
                        " nested blocks and includes; is an include including itself?");
  }
  stopped_ = true;
  return false;
}

bool RenderContext::include_allowed(SourcePosition position, const std::string& name) {
  if (include_depth() < options_.limits.max_include_depth) return true;
  if (!limit_reported_) {
    limit_reported_ = true;
    error(position, "Include nesting too deep: more than " + std::to_string(options_.limits.max_include_depth) +
                        " includes inside includes; does '" + name + "' include itself? The page stops here");
  }
  stopped_ = true;
  return false;
}

void RenderContext::append(std::string& out, std::string_view text) {
  written_ += text.size();
  if (written_ <= options_.limits.max_output_bytes) {
    out.append(text);
    return;
  }
  if (!limit_reported_) {
    limit_reported_ = true;
    error(position_, "Output limit reached: the page would be more than " +
                         std::to_string(options_.limits.max_output_bytes) + " bytes; it stops here");
  }
  stopped_ = true;
}

void RenderContext::render_template_body(const Template& parsed, std::string& out) {
  bool reported = false;
  for (const Template* done : reported_) reported = reported || done == &parsed;
  if (!reported) {
    reported_.push_back(&parsed);
    for (const Diagnostic& diagnostic : parsed.diagnostics) diagnostics_.add(diagnostic);
    if (parsed.syntax_errors && options_.strict) {
      stopped_ = failed_ = true;
      return;
    }
  }
  push_file(parsed.file());
  parsed.root().render(*this, out);
  pop_file();
}

Value RenderContext::evaluate(std::string_view expression, std::string_view variable, const Value& item) {
  auto cached = expression_cache_.find(std::string(expression));
  if (cached == expression_cache_.end()) {
    ExpressionParser parser(expression, options_.limits.max_depth);
    Condition condition = parse_condition(parser);
    parser.expect_end();
    if (parser.failed()) {
      warning(position_, "in the expression \"" + std::string(expression) + "\": " + parser.error());
      condition = parse_condition_lax(expression, options_.limits.max_depth);
    }
    cached = expression_cache_.emplace(std::string(expression), std::move(condition)).first;
  }
  const Condition& condition = cached->second;
  push_scope();
  set_local(std::string(variable), item);
  Value result = condition.terms.size() == 1 && condition.terms[0].op.empty() ? evaluate(condition.terms[0].left)
                                                                              : Value(evaluate(condition));
  pop_scope();
  return result;
}

}  // namespace folio::liquid
