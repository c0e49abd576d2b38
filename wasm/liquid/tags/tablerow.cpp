// {% tablerow item in items cols: 2 limit: 3 offset: 1 %}: <tr>/<td> rows
// with tablerowloop.*, as Liquid 4 writes them.
#include <algorithm>

#include "liquid/render_context.h"
#include "liquid/tags/loop_attributes.h"
#include "liquid/tags/tags.h"

namespace folio::liquid {

namespace {

class TablerowloopDrop : public Drop {
 public:
  TablerowloopDrop(int64_t length, int64_t cols) : length_(length), cols_(cols) {}
  void advance() {
    ++index_;
    if (col_ == cols_) {
      col_ = 1;
      ++row_;
    } else {
      ++col_;
    }
  }
  int64_t col() const { return col_; }
  int64_t row() const { return row_; }
  bool col_last() const { return col_ == cols_; }
  bool last() const { return index_ == length_ - 1; }

  Value get(std::string_view key) const override {
    if (key == "length") return length_;
    if (key == "index") return index_ + 1;
    if (key == "index0") return index_;
    if (key == "rindex") return length_ - index_;
    if (key == "rindex0") return length_ - index_ - 1;
    if (key == "first") return index_ == 0;
    if (key == "last") return last();
    if (key == "col") return col_;
    if (key == "col0") return col_ - 1;
    if (key == "col_first") return col_ == 1;
    if (key == "col_last") return col_last();
    if (key == "row") return row_;
    return Value();
  }
  std::vector<std::string> keys() const override {
    return {"length", "index", "index0", "rindex", "rindex0", "first", "last", "col", "col0", "col_first", "col_last", "row"};
  }

 private:
  int64_t length_, cols_;
  int64_t index_ = 0, col_ = 1, row_ = 1;
};

class TablerowNode : public BlockNode {
 public:
  TablerowNode(SourcePosition position, LoopSyntax loop) : BlockNode(position), loop_(std::move(loop)) {}
  NodeList& current_body() override { return body_; }

  void render(RenderContext& context, std::string& out) const override {
    const NestingGuard nested{context, position()};
    if (!nested) return;
    context.set_position(position());
    const Value collection = context.evaluate(loop_.collection);
    const Array items = iteration_items(collection);
    const int64_t offset = loop_attribute(context, loop_, "offset").value_or(0);
    const std::optional<int64_t> limit = loop_attribute(context, loop_, "limit");
    const int64_t cols = loop_attribute(context, loop_, "cols").value_or(0);
    if (context.stopped()) return;
    const int64_t size = static_cast<int64_t>(items.size());
    const bool whole = collection.is_string();  // one item, as in for
    const int64_t from = whole ? 0 : std::clamp<int64_t>(offset, 0, size);
    const int64_t to = limit && !whole ? std::clamp<int64_t>(offset + *limit, from, size) : size;

    auto loop = std::make_shared<TablerowloopDrop>(to - from, cols);
    context.push_scope();
    context.set_local("tablerowloop", Value(DropPtr(loop)));
    std::string result = "<tr class=\"row1\">\n";
    for (int64_t i = from; i < to; ++i) {
      if (!context.count_iteration(position())) break;
      context.set_local(loop_.variable, items[static_cast<size_t>(i)]);
      result += "<td class=\"col" + std::to_string(loop->col()) + "\">";
      body_.render(context, result);
      result += "</td>";
      if (loop->col_last() && !loop->last()) result += "</tr>\n<tr class=\"row" + std::to_string(loop->row() + 1) + "\">";
      loop->advance();
      if (context.stopped()) break;
      const RenderContext::Interrupt interrupt = context.interrupt();
      context.set_interrupt(RenderContext::Interrupt::none);
      if (interrupt == RenderContext::Interrupt::break_loop) break;
    }
    context.pop_scope();
    result += "</tr>\n";
    context.append(out, result);
  }

 private:
  LoopSyntax loop_;
  NodeList body_;
};

}  // namespace

NodePtr parse_tablerow(const Token& token, ParseState& state) {
  std::optional<LoopSyntax> loop = parse_loop(token, state, {"cols", "limit", "offset"});
  if (!loop) return nullptr;
  return std::make_unique<TablerowNode>(token.position, std::move(*loop));
}

}  // namespace folio::liquid
