// The HTML sanitizer, with and without folio_trusted_html: its output is valid
// UTF-8, cannot run script (an oracle that does not share its allowlist), and
// is a fixed point: sanitizing it again changes nothing, so what the browser
// parses is exactly what the sanitizer decided.
#include <cstdint>

#include "core/html_sanitizer.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  using folio_fuzz::check;
  for (const bool trusted : {false, true}) {
    folio::SanitizePolicy policy;
    policy.allow_trusted_embeds = trusted;
    policy.site_url = "https://lab.example.org/group";
    const std::string out = folio::sanitize_html(html, policy);
    check(folio::is_valid_utf8(out), "output is not UTF-8", out);
    folio_fuzz::check_no_script_surface(out, trusted);
    check(folio::sanitize_html(out, policy) == out, "sanitizing the output again changes it", out);
  }
  return 0;
}
