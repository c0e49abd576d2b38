// Tags that the engine does not know, registered from outside it: the site
// layer adds jekyll-scholar's {% bibliography %}, {% cite %}, al-folio's
// {% details %}...{% enddetails %} block and friends this way.
//
//   TagRegistry tags;
//   tags.add_tag("cite", [](const CustomTagCall& call, TagContext& context, std::string& out) {
//     out += context.evaluate(call.markup).as_string() ...;
//   });
//   tags.add_block("details", [](const CustomTagCall& call, TagContext& context, std::string& out) {
//     out += "<details><summary>" + std::string(call.markup) + "</summary>";
//     context.render_body(out);
//     out += "</details>";
//   });
//   LiquidOptions options; options.tags = &tags;   // for parse_template and render_template
//
// A block's body is parsed as Liquid up to {% endNAME %}; the handler decides
// whether (and how often) to render it. The registry is read when a template
// is parsed: it must outlive the templates parsed with it.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "liquid/value.h"

namespace folio::liquid {

class RenderHost;

// What a custom tag may do with the render it runs in.
class TagContext {
 public:
  virtual ~TagContext() = default;
  // A Liquid expression with filters, `page.title | upcase`, in the current
  // scope; a bad expression gives a diagnostic and nil.
  virtual Value evaluate(std::string_view expression) = 0;
  // Sets a variable as {% assign %} does.
  virtual void assign(const std::string& name, Value value) = 0;
  // Renders the block's body in the current scope (nothing for a plain tag).
  virtual void render_body(std::string& out) = 0;
  // Renders another template (a layout, an include the tag chose) in the
  // current scope, with `variables` set in a scope of its own around it.
  virtual void render_source(std::string_view source, const std::string& file, const Hash& variables,
                             std::string& out) = 0;
  virtual RenderHost& host() = 0;
  // A diagnostic at the tag's place in the template; rendering goes on.
  virtual void warn(std::string message) = 0;
  virtual void error(std::string message) = 0;
};

struct CustomTagCall {
  std::string_view name;
  std::string_view markup;  // everything after the tag's name, trimmed
};

using TagHandler = std::function<void(const CustomTagCall& call, TagContext& context, std::string& out)>;

class TagRegistry {
 public:
  struct Entry {
    TagHandler handler;
    bool block = false;
  };
  void add_tag(std::string name, TagHandler handler) { entries_[std::move(name)] = {std::move(handler), false}; }
  void add_block(std::string name, TagHandler handler) { entries_[std::move(name)] = {std::move(handler), true}; }
  const Entry* find(std::string_view name) const {
    const auto it = entries_.find(name);
    return it == entries_.end() ? nullptr : &it->second;
  }

 private:
  std::map<std::string, Entry, std::less<>> entries_;
};

}  // namespace folio::liquid
