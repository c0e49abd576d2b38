// {% for %} with limit, offset (and offset: continue), reversed, ranges,
// {% else %}, forloop.* (parentloop too), {% break %} and {% continue %}.
#include <algorithm>

#include "liquid/render_context.h"
#include "liquid/tags/loop_attributes.h"
#include "liquid/tags/tags.h"

namespace folio::liquid {

namespace {

// forloop: its fields follow the loop as it advances.
class ForloopDrop : public Drop {
 public:
  ForloopDrop(std::string name, int64_t length, Value parent)
      : name_(std::move(name)), length_(length), parent_(std::move(parent)) {}
  void advance() { ++index_; }

  Value get(std::string_view key) const override {
    if (key == "index") return index_ + 1;
    if (key == "index0") return index_;
    if (key == "rindex") return length_ - index_;
    if (key == "rindex0") return length_ - index_ - 1;
    if (key == "first") return index_ == 0;
    if (key == "last") return index_ == length_ - 1;
    if (key == "length") return length_;
    if (key == "name") return name_;
    if (key == "parentloop") return parent_;
    return Value();
  }
  std::vector<std::string> keys() const override {
    return {"name", "length", "index", "index0", "rindex", "rindex0", "first", "last", "parentloop"};
  }

 private:
  std::string name_;
  int64_t length_;
  Value parent_;
  int64_t index_ = 0;
};

class ForNode : public BlockNode {
 public:
  ForNode(SourcePosition position, LoopSyntax loop) : BlockNode(position), loop_(std::move(loop)) {
    name_ = loop_.variable + "-" + loop_.collection_text;
  }

  NodeList& current_body() override { return in_else_ ? else_body_ : body_; }
  bool add_clause(std::string_view name, std::string_view, SourcePosition, ParseState&) override {
    if (name != "else") return false;
    in_else_ = true;
    return true;
  }
  bool blank() const override { return body_.blank() && else_body_.blank(); }

  void render(RenderContext& context, std::string& out) const override {
    const NestingGuard nested{context, position()};
    if (!nested) return;
    context.set_position(position());
    const Value collection = context.evaluate(loop_.collection);
    const std::optional<int64_t> offset = loop_.offset_continue ? context.for_offset(name_) : loop_attribute(context, loop_, "offset");
    const std::optional<int64_t> limit = loop_attribute(context, loop_, "limit");
    if (context.stopped()) return;

    // The segment of the items, as Liquid 4's Utils.slice_collection.
    const Array materialized = collection.is_array() ? Array() : iteration_items(collection);
    const Array& items = collection.is_array() ? collection.as_array() : materialized;
    const int64_t size = static_cast<int64_t>(items.size());
    // A string is one item whatever limit and offset say (Liquid 4 keeps
    // Ruby 1.8's String#each).
    const bool whole = collection.is_string();
    const int64_t from = whole ? 0 : std::clamp<int64_t>(offset.value_or(0), 0, size);
    int64_t to = size;
    if (limit && !whole) to = std::clamp<int64_t>(offset.value_or(0) + *limit, from, size);
    context.for_offset(name_) = from + (to - from);
    if (to <= from) {
      else_body_.render(context, out);
      return;
    }
    render_items(context, items, from, to, out);
  }

 private:
  void render_items(RenderContext& context, const Array& items, int64_t from, int64_t to, std::string& out) const {
    const int64_t length = to - from;
    const Value parent = context.current_forloop();
    auto forloop = std::make_shared<ForloopDrop>(name_, length, parent);
    const Value forloop_value{DropPtr(forloop)};
    context.current_forloop() = forloop_value;
    context.push_scope();
    context.set_local("forloop", forloop_value);
    for (int64_t i = 0; i < length; ++i) {
      if (!context.count_iteration(position())) break;
      const int64_t at = loop_.reversed ? to - 1 - i : from + i;
      context.set_local(loop_.variable, items[static_cast<size_t>(at)]);
      body_.render(context, out);
      forloop->advance();
      if (context.stopped()) break;
      const RenderContext::Interrupt interrupt = context.interrupt();
      context.set_interrupt(RenderContext::Interrupt::none);
      if (interrupt == RenderContext::Interrupt::break_loop) break;
    }
    context.pop_scope();
    context.current_forloop() = parent;
  }

  LoopSyntax loop_;
  std::string name_;  // for offset: continue
  NodeList body_, else_body_;
  bool in_else_ = false;
};

class InterruptNode : public Node {
 public:
  InterruptNode(SourcePosition position, RenderContext::Interrupt interrupt) : Node(position), interrupt_(interrupt) {}
  void render(RenderContext& context, std::string&) const override { context.set_interrupt(interrupt_); }

 private:
  RenderContext::Interrupt interrupt_;
};

}  // namespace

NodePtr parse_for(const Token& token, ParseState& state) {
  std::optional<LoopSyntax> loop = parse_loop(token, state, {"limit", "offset"});
  if (!loop) return nullptr;
  return std::make_unique<ForNode>(token.position, std::move(*loop));
}

NodePtr parse_break(const Token& token, ParseState&) {
  return std::make_unique<InterruptNode>(token.position, RenderContext::Interrupt::break_loop);
}

NodePtr parse_continue(const Token& token, ParseState&) {
  return std::make_unique<InterruptNode>(token.position, RenderContext::Interrupt::continue_loop);
}

}  // namespace folio::liquid
