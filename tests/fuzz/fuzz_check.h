// What every harness in tests/fuzz/ asserts besides "no crash, no sanitizer
// report, no exception": properties of folio's output that a bug would break.
// A failed check aborts, so libFuzzer keeps the input as a crash.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/html_tokenizer.h"
#include "core/url_policy.h"
#include "core/utf8.h"

namespace folio_fuzz {

[[noreturn]] inline void fail(const char* what, std::string_view detail) {
  std::fprintf(stderr, "fuzz check failed: %s\n%.*s\n", what, static_cast<int>(std::min<size_t>(detail.size(), 4000)),
               detail.data());
  std::abort();
}

inline void check(bool condition, const char* what, std::string_view detail = {}) {
  if (!condition) fail(what, detail);
}

// Content as it reaches the parsers: put_file has made it valid UTF-8.
inline std::string as_content(const uint8_t* data, size_t size) {
  return folio::to_valid_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
}

inline bool starts_with_ignoring_case(std::string_view text, std::string_view lowercase) {
  if (text.size() < lowercase.size()) return false;
  for (size_t i = 0; i < lowercase.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    if (c != lowercase[i]) return false;
  }
  return true;
}

// An oracle independent of the sanitizer's allowlist: HTML that folio puts on a
// page must not be able to run script, whatever produced it. No element that
// runs or loads active content or takes over the document (views' own
// <button type="button"> elements are fine), no event handler or style
// attribute, no URL attribute whose scheme is not allowed. `trusted` admits the embeds of
// folio_trusted_html (an <iframe> with an https src).
inline void check_no_script_surface(std::string_view html, bool trusted) {
  constexpr std::string_view kForbiddenElements[] = {
      "script", "style", "object", "embed", "applet", "base", "meta", "link", "form", "svg", "math", "template",
      "frame", "frameset", "portal", "noscript", "xmp", "plaintext", "textarea", "title", "noembed", "noframes",
      "isindex", "param", "html", "head", "body", "image", "animate", "set", "handler"};
  constexpr std::string_view kUrlAttributes[] = {"href", "src", "action", "formaction", "poster", "data",
                                                 "background", "dynsrc", "lowsrc", "xlink:href", "srcset",
                                                 "ping", "codebase", "cite", "longdesc", "manifest", "icon"};
  folio::HtmlTokenizer tokenizer(html);
  folio::HtmlToken token;
  while (tokenizer.next(token)) {
    if (token.kind == folio::HtmlTokenKind::raw_text) fail("raw text (script/style content) in output", html);
    if (token.kind != folio::HtmlTokenKind::start_tag) continue;
    for (std::string_view name : kForbiddenElements) {
      if (folio::same_html_name(token.text, name)) fail("forbidden element in output", html);
    }
    const bool iframe = folio::same_html_name(token.text, "iframe");
    if (iframe && !trusted) fail("iframe without folio_trusted_html", html);
    for (const folio::HtmlAttribute& attribute : token.attributes) {
      if (starts_with_ignoring_case(attribute.name, "on")) fail("event handler attribute in output", html);
      // None at all: the page's CSP would block it (table alignment is align="x").
      if (folio::same_html_name(attribute.name, "style")) {
        fail("style attribute in output", html);
      }
      if (folio::same_html_name(attribute.name, "srcdoc")) fail("srcdoc attribute in output", html);
      if (folio::same_html_name(attribute.name, "formaction")) fail("formaction attribute in output", html);
      for (std::string_view url_attribute : kUrlAttributes) {
        if (!folio::same_html_name(attribute.name, url_attribute)) continue;
        const std::string url = folio::url_for_check(attribute.value);
        const bool allowed = iframe ? folio::is_allowed_url(url, folio::UrlUse::frame)
                                    : folio::is_allowed_url(url, folio::UrlUse::image) ||
                                          folio::is_allowed_url(url, folio::UrlUse::link);
        if (!allowed) fail("URL with a refused scheme in output", html);
      }
    }
  }
}

}  // namespace folio_fuzz
