// folio_liquid_render's request and answer: one template rendered with plain
// JSON data and includes given by name, for renderLiquid (web/node.mjs) and
// `folio liquid`. Request: {"template", "file"?, "data"?, "partials"?: {name:
// source}, "strict"?}. Answer: {"version", "failed", "diagnostics",
// "output_bytes"} then the output (api/protocol.h's dump_answer_with_text).
#pragma once

#include <string>
#include <string_view>

namespace folio {

std::string render_liquid_request(std::string_view request_json);

}  // namespace folio
