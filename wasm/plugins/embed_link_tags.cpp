// What Jekyll embeds at build time by running or fetching something a browser
// cannot: {% jupyter_notebook path %} (jekyll-jupyter-notebook runs
// nbconvert) and {% twitter URL %} (jekyll-twitter-plugin asks Twitter's
// oEmbed). folio writes a link to the notebook or the post instead, with a
// warning.
#include <algorithm>
#include <string>

#include "core/html_escape.h"
#include "plugins/plugin_tags.h"

namespace folio::plugins {
namespace {

std::string link(const std::string& url, const std::string& text) {
  return "<p><a href=\"" + escape_html(url) + "\">" + escape_html(text) + "</a></p>";
}

void jupyter_notebook(const liquid::CustomTagCall& call, liquid::TagContext& context, std::string& out) {
  const std::string path = liquid::to_output(context.evaluate(call.markup));
  if (path.empty()) {
    context.warn("jupyter_notebook: '" + std::string(call.markup) + "' is empty; give the notebook's path");
    return;
  }
  const std::string name = path.substr(path.rfind('/') + 1);
  out += link(path, "Open the notebook " + name);
  context.warn("jupyter_notebook: Jekyll turns " + name +
               " into HTML with nbconvert while it builds, which a browser cannot; folio links to the notebook");
}

// The first argument that is an http(s) URL (jekyll-twitter-plugin also
// takes a leading "oembed" and options such as maxwidth=500 after it).
std::string tweet_url(std::string_view markup) {
  while (!markup.empty()) {
    const size_t start = markup.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) break;
    markup.remove_prefix(start);
    const size_t end = std::min(markup.find_first_of(" \t\r\n"), markup.size());
    const std::string word(markup.substr(0, end));
    if (word.rfind("https://", 0) == 0 || word.rfind("http://", 0) == 0) return word;
    markup.remove_prefix(end);
  }
  return "";
}

void twitter(const liquid::CustomTagCall& call, liquid::TagContext& context, std::string& out) {
  const std::string url = tweet_url(call.markup);
  if (url.empty()) {
    context.warn("twitter: no http(s) URL in '" + std::string(call.markup) +
                 "'; write {% twitter https://twitter.com/user/status/ID %}");
    return;
  }
  out += link(url, url);
  context.warn("twitter: Jekyll embeds the post from Twitter's oEmbed service while it builds, which a browser "
               "cannot ask; folio links to it");
}

}  // namespace

void register_embed_link_tags(liquid::TagRegistry& tags) {
  tags.add_tag("jupyter_notebook", jupyter_notebook);
  tags.add_tag("twitter", twitter);
}

}  // namespace folio::plugins
