#include "liquid/node.h"

#include "liquid/render_context.h"

namespace folio::liquid {

void NodeList::add(NodePtr node, bool node_blank) {
  blank_ = blank_ && node_blank;
  nodes_.push_back(std::move(node));
}

void NodeList::render(RenderContext& context, std::string& out) const {
  for (const NodePtr& node : nodes_) {
    if (context.stopped() || context.interrupt() != RenderContext::Interrupt::none) return;
    if (node->is_block() && node->blank()) {
      // Liquid 4 renders a blank block for its effects (assign, capture)
      // and drops its whitespace.
      std::string dropped;
      node->render(context, dropped);
    } else {
      node->render(context, out);
    }
  }
}

void TextNode::render(RenderContext& context, std::string& out) const { context.append(out, text_); }

void OutputNode::render(RenderContext& context, std::string& out) const {
  context.set_position(position());
  bool failed = false;
  const Value value = context.evaluate(expression_, failed);
  if (!failed) context.append(out, to_output(value));
}

}  // namespace folio::liquid
