#include "plugins/third_party_libraries.h"

#include <initializer_list>
#include <string>

namespace folio::plugins {
namespace {

constexpr std::string_view kVersion = "{{version}}";

std::string with_version(std::string url, const std::string& version) {
  for (size_t at = url.find(kVersion); at != std::string::npos; at = url.find(kVersion, at + version.size())) {
    url.replace(at, kVersion.size(), version);
  }
  return url;
}

std::string text_at(const liquid::Value& value, std::initializer_list<const char*> path) {
  liquid::Value at = value;
  for (const char* key : path) at = at.lookup(key);
  // A version YAML reads as a number (`version: 3.2`) is written as Ruby writes it.
  return at.is_string() || at.is_integer() || at.is_float() ? liquid::to_output(at) : "";
}

bool is_usable_script_url(const std::string& url) {
  return url.rfind("https://", 0) == 0 || (url.size() > 1 && url[0] == '/' && url[1] != '/');
}

}  // namespace

std::optional<ScriptSource> math_script(const site::SiteModel& site) {
  const liquid::Value& config = site.config.site;
  if (!config.lookup("enable_math").truthy()) return std::nullopt;
  const liquid::Value mathjax = config.lookup("third_party_libraries").lookup("mathjax");
  ScriptSource script{with_version(text_at(mathjax, {"url", "js"}), text_at(mathjax, {"version"})),
                      text_at(mathjax, {"integrity", "js"})};
  if (!is_usable_script_url(script.src)) return std::nullopt;
  return script;
}

bool has_math(std::string_view html) {
  for (std::string_view opener : {"\\(", "\\[", "$$", "\\begin{"}) {
    if (html.find(opener) != std::string_view::npos) return true;
  }
  // $x$: a '$' before a non-space, and a closing '$' after one, on the same line.
  for (size_t open = html.find('$'); open != std::string_view::npos; open = html.find('$', open + 1)) {
    if (open + 1 >= html.size() || html[open + 1] == ' ' || html[open + 1] == '\n') continue;
    const size_t close = html.find_first_of("$\n", open + 1);
    if (close != std::string_view::npos && html[close] == '$' && html[close - 1] != ' ') return true;
  }
  return false;
}

}  // namespace folio::plugins
