// The JSON protocol between the C++ core and JavaScript. Every answer carries
// `version`, so the JS side can tell a stale .wasm from a matching one.
#pragma once

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"

namespace folio {

inline constexpr int kProtocolVersion = 1;

nlohmann::json diagnostics_to_json(const std::vector<Diagnostic>& diagnostics);
// Serializes an answer; invalid UTF-8 (there should be none) becomes U+FFFD
// instead of throwing.
std::string dump_answer(const nlohmann::json& answer);
// The answer when something failed inside the core: the page still gets a
// readable diagnostic and the instance stays usable.
std::string internal_error_answer(const std::string& what);

}  // namespace folio
