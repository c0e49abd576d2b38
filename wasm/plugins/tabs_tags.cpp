// jekyll-tabs (al-folio's _config.yml plugins): {% tabs NAME %} holding
// {% tab NAME LABEL %}...{% endtab %} blocks. Each tab's body is rendered and
// converted as Markdown and kept under its group's NAME and its LABEL (a
// repeated label replaces the body, in the first one's place); the tabs block
// then writes the plugin's template: the labels as `ul.tab`, the bodies as
// `ul.tab-content`, the first of each active. web/tabs.mjs switches them.
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "liquid/engine.h"
#include "plugins/plugin_tags.h"

namespace folio::plugins {
namespace {

struct Tab {
  std::string label, html;
};

// The tabs of the group being rendered, by NAME: the plugin's
// `context.environments.first["tabs-NAME"]`.
struct TabGroups {
  std::vector<std::pair<std::string, std::vector<Tab>>> groups;
  int rendered = 0;  // tabs blocks so far: each one's content list gets an id of its own

  std::vector<Tab>& group(const std::string& name) {
    for (auto& [group_name, tabs] : groups) {
      if (group_name == name) return tabs;
    }
    groups.push_back({name, {}});
    return groups.back().second;
  }
};

std::string trimmed(std::string_view text) {
  const size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return "";
  const size_t end = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(begin, end + 1 - begin));
}

void store_tab(std::vector<Tab>& tabs, const std::string& label, std::string html) {
  for (Tab& tab : tabs) {
    if (tab.label == label) {
      tab.html = std::move(html);
      return;
    }
  }
  tabs.push_back({label, std::move(html)});
}

void append(std::string& out, std::initializer_list<std::string_view> parts) {
  for (std::string_view part : parts) out.append(part.data(), part.size());
}

// The plugin's template.erb, its values written as they are (ERB's <%= %>).
void write_tabs(const std::string& name, const std::vector<Tab>& tabs, const std::string& id, std::string& out) {
  append(out, {"<ul id=\"", name, "\" class=\"tab\" data-tab=\"", id, "\" data-name=\"", name, "\">\n"});
  for (size_t i = 0; i < tabs.size(); ++i) {
    append(out, {i == 0 ? "<li class=\"active\"" : "<li", " id=\"", name, "-", tabs[i].label, "\">\n<a href=\"#\">",
                 tabs[i].label, " </a>\n</li>\n"});
  }
  append(out, {"</ul>\n<ul class=\"tab-content\" id=\"", id, "\" data-name=\"", name, "\">\n"});
  for (size_t i = 0; i < tabs.size(); ++i) {
    append(out, {i == 0 ? "<li class=\"active\">\n" : "<li>\n", tabs[i].html, "\n</li>\n"});
  }
  out += "</ul>";
}

}  // namespace

void register_tabs_tags(liquid::TagRegistry& tags) {
  const auto state = std::make_shared<TabGroups>();
  tags.add_block("tabs", [state](const liquid::CustomTagCall& call, liquid::TagContext& context, std::string& out) {
    const std::string name = trimmed(call.markup);
    if (name.empty()) {
      context.error("{% tabs %} needs the group's name, as in {% tabs code %}; the tabs are left out");
      return;
    }
    state->group(name).clear();  // the plugin starts each group afresh
    std::string discarded;        // the tab blocks' own output: the plugin drops it
    context.render_body(discarded);
    const std::vector<Tab> tabs = std::move(state->group(name));
    state->group(name).clear();
    // The plugin's id is a random UUID; a count keeps each page's ids distinct and the output stable.
    write_tabs(name, tabs, "tabs-" + name + "-" + std::to_string(++state->rendered), out);
  });
  tags.add_block("tab", [state](const liquid::CustomTagCall& call, liquid::TagContext& context, std::string& out) {
    const std::string markup = trimmed(call.markup);
    const size_t space = markup.find(' ');
    if (space == std::string::npos) {
      context.error("{% tab %} needs its group's name and its label, as in {% tab code python %}; the tab is left out");
      return;
    }
    std::string body;
    context.render_body(body);
    std::string html = context.host().markdownify(body);
    out += html;  // what the plugin's render returns, kept only outside a tabs block
    store_tab(state->group(markup.substr(0, space)), trimmed(markup.substr(space + 1)), std::move(html));
  });
}

}  // namespace folio::plugins
