// One site behind the wasm boundary: the files JS handed over, the model parsed
// from them once, and the answers to render and model requests.
#pragma once

#include <string>
#include <string_view>

#include "core/diagnostics.h"
#include "model/site.h"
#include "model/source_files.h"

namespace folio {

class SiteSession {
 public:
  void put_file(std::string path, std::string_view text);
  // request: {"missing": {"path": "reason"}} (optional). Parses every file and
  // answers {"version", "ok", "diagnostics"}.
  std::string build(std::string_view request_json);
  // request: {"view": "about", "asset_base": "content/", "route_base": "#/", "widget": false,
  //           "limit": 0, "selected_only": false, "year": 0}
  // answers {"version", "ok", "found", "html_bytes", "title", "site_name", "description",
  // "footer_html"}, then a NUL and the view's HTML (dump_answer_with_text).
  std::string render(std::string_view request_json) const;
  // The parsed model as plain data, for Node users and tests.
  std::string model() const;

 private:
  SourceFiles files_;
  Site site_;
  Diagnostics diagnostics_;
  bool built_ = false;
};

}  // namespace folio
