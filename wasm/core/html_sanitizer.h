// Every HTML fragment that content carries (md4c output of Markdown with the
// authors' raw HTML, HTML-valued YAML such as more_info or a news title) passes
// sanitize_html before it reaches a page. It keeps an allowlist of formatting
// elements and attributes, re-serialises everything else as escaped text or
// drops it, and marks external links the way al-folio's Jekyll plugin does.
// Ids get the prefix "user-content-" (and so do the links "#x" and the ARIA
// references that name them), so content cannot clobber the page's globals or
// folio's own ids.
//
// Guarantees: output is valid UTF-8 and well nested; every attribute value is
// double-quoted and escaped; text can never open a tag; no element or
// attribute outside the allowlist survives; URLs have an allowed scheme (see
// core/url_policy.h); sanitizing the output again changes nothing. One pass,
// linear time, no recursion, nothing thrown.
#pragma once

#include <string>
#include <string_view>

namespace folio {

struct SanitizePolicy {
  // The site owner opted in (folio_trusted_html: true in _config.yml): <iframe> with an https src,
  // <video>, <audio> and <source> with https or relative URLs, for talks and
  // videos. Off by default, and always off for widgets.
  bool allow_trusted_embeds = false;
  // Pages drawn by templates (render/): <button type="button">, al-folio's
  // toggles as folio's (render/alfolio_behaviours.h); always type="button",
  // so nothing is ever submitted. Off for content in the hand-written views.
  bool allow_toggle_buttons = false;
  // The site's own URL, e.g. "https://nds.example.org": absolute links to it are
  // not external.
  std::string site_url;
};

std::string sanitize_html(std::string_view html, const SanitizePolicy& policy);

}  // namespace folio
