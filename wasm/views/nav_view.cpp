#include "views/nav_view.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <utility>
#include <vector>

#include "core/html_escape.h"
#include "site/route_table.h"

namespace folio {
namespace {

struct NavLink {
  std::string title;
  std::string url;  // site URL without the baseurl ("/blog/"), or an absolute URL
  bool divider = false;
};

struct NavEntry {
  NavLink link;
  std::vector<NavLink> children;  // a dropdown's items
  bool dropdown = false;
};

NavEntry link_entry(std::string title, std::string url) {
  NavEntry entry;
  entry.link.title = std::move(title);
  entry.link.url = std::move(url);
  return entry;
}

std::string text_of(const liquid::Value& data, std::string_view key) {
  const liquid::Value value = data.lookup(key);
  if (value.is_string()) return value.as_string();
  if (value.is_number()) return liquid::to_output(value);
  return "";
}

bool is_external(std::string_view url) { return url.find("://") != std::string_view::npos; }

// nav_order as Jekyll's `sort` compares it; pages without one go last.
std::optional<double> nav_order(const liquid::Value& data) {
  const liquid::Value order = data.lookup("nav_order");
  if (order.is_number()) return order.as_number();
  if (order.is_string()) {
    char* end = nullptr;
    const double number = std::strtod(order.as_string().c_str(), &end);
    if (end != order.as_string().c_str()) return number;
  }
  return std::nullopt;
}

// header.liquid's link of a nav page: an absolute permalink as it is, any
// page under /blog/ to the blog's first page, else the page's URL.
std::string nav_url(const site::Document& page) {
  const std::string permalink = text_of(page.data, "permalink");
  if (is_external(permalink)) return permalink;
  if (permalink.find("/blog/") != std::string::npos) return "/blog/";
  return page.url;
}

std::vector<NavLink> dropdown_children(const liquid::Value& data) {
  std::vector<NavLink> children;
  const liquid::Value list = data.lookup("children");
  if (!list.is_array()) return children;
  for (const liquid::Value& child : list.as_array()) {
    NavLink link{text_of(child, "title"), text_of(child, "permalink")};
    link.divider = link.title == "divider";
    children.push_back(std::move(link));
  }
  return children;
}

std::vector<NavEntry> nav_pages(const site::SiteModel& site) {
  std::vector<const site::Document*> pages;
  for (const size_t index : site.pages) {
    const site::Document& page = site.documents[index];
    if (page.data.lookup("nav").truthy() && page.data.lookup("autogen").is_nil()) pages.push_back(&page);
  }
  std::stable_sort(pages.begin(), pages.end(), [](const site::Document* a, const site::Document* b) {
    const auto left = nav_order(a->data), right = nav_order(b->data);
    if (left && right) return *left < *right;
    return left.has_value() && !right.has_value();
  });
  std::vector<NavEntry> entries;
  for (const site::Document* page : pages) {
    NavEntry entry = link_entry(text_of(page->data, "title"), nav_url(*page));
    entry.dropdown = page->data.lookup("dropdown").truthy();
    if (entry.dropdown) entry.children = dropdown_children(page->data);
    entries.push_back(std::move(entry));
  }
  return entries;
}

std::string about_title(const site::SiteModel& site) {
  for (const size_t index : site.pages) {
    const site::Document& page = site.documents[index];
    if (text_of(page.data, "permalink") == "/") {
      const std::string title = text_of(page.data, "title");
      if (!title.empty()) return title;
    }
  }
  return "about";
}

// A site whose pages do not say what the nav holds shows folio's own views.
std::vector<NavEntry> folio_views() {
  return {link_entry("news", "/news/"), link_entry("publications", "/publications/")};
}

class NavWriter {
 public:
  NavWriter(std::string baseurl, std::string_view current_url, const std::string& route_base)
      : baseurl_(std::move(baseurl)), current_url_(current_url), route_base_(route_base) {}

  void entry(const NavEntry& entry) {
    if (entry.dropdown) return dropdown(entry);
    out_ += "<li>";
    link(entry.link, is_current(entry.link.url));
    out_ += "</li>";
  }

  std::string take() { return std::move(out_); }

 private:
  // al-folio marks a page current when the shown URL is at or under it;
  // the root only for itself.
  bool is_current(std::string_view url) const {
    if (is_external(url) || url.empty()) return false;
    if (url == "/") return current_url_ == "/";
    return current_url_.compare(0, url.size(), url) == 0;
  }

  std::string href(std::string_view url) const {
    if (is_external(url)) return std::string(url);
    if (route_base_.empty()) return baseurl_ + std::string(url);
    return route_base_ + std::string(url.substr(url.empty() ? 0 : 1));
  }

  // data-view: the view's name as the shell's links always had it ("about", "news").
  void link(const NavLink& link, bool current) {
    std::string view(link.url == "/" ? "about" : link.url);
    view.erase(0, view.find_first_not_of('/'));
    if (!view.empty() && view.back() == '/') view.pop_back();
    out_ += "<a href=\"" + escape_html(href(link.url)) + "\"";
    if (is_external(link.url)) {
      out_ += " rel=\"noopener noreferrer\"";
    } else {
      out_ += " data-view=\"" + escape_html(view) + "\"";
    }
    if (current) out_ += " aria-current=\"page\"";
    out_ += ">" + escape_html(link.title) + "</a>";
  }

  // A menu that works without script: <details> opens on click and keyboard.
  void dropdown(const NavEntry& entry) {
    const bool open_child = std::any_of(entry.children.begin(), entry.children.end(),
                                        [&](const NavLink& child) { return !child.divider && is_current(child.url); });
    out_ += "<li class=\"folio-nav-dropdown\"><details><summary";
    if (open_child) out_ += " class=\"folio-nav-current\"";
    out_ += ">" + escape_html(entry.link.title) + "</summary><ul>";
    for (const NavLink& child : entry.children) {
      if (child.divider) {
        out_ += "<li class=\"folio-nav-divider\" role=\"separator\"></li>";
        continue;
      }
      out_ += "<li>";
      link(child, is_current(child.url));
      out_ += "</li>";
    }
    out_ += "</ul></details></li>";
  }

  std::string baseurl_;
  std::string current_url_;
  const std::string& route_base_;
  std::string out_;
};

}  // namespace

std::string render_nav_html(const site::SiteModel& site, std::string_view current_url, const std::string& route_base) {
  std::vector<NavEntry> entries = nav_pages(site);
  if (entries.empty()) entries = folio_views();
  NavWriter writer(site::normalized_baseurl(site.config.baseurl), current_url, route_base);
  writer.entry(link_entry(about_title(site), "/"));
  for (const NavEntry& entry : entries) writer.entry(entry);
  return writer.take();
}

}  // namespace folio
