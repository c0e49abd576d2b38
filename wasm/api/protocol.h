// The JSON protocol between the C++ core and JavaScript. Every answer carries
// `version`, so the JS side can tell a stale .wasm from a matching one.
// Version 2: a render answer carries its HTML after the JSON (see below).
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"

namespace folio {

inline constexpr int kProtocolVersion = 2;

nlohmann::json diagnostics_to_json(const std::vector<Diagnostic>& diagnostics);
// Serializes an answer; invalid UTF-8 (there should be none) becomes U+FFFD
// instead of throwing.
std::string dump_answer(const nlohmann::json& answer);
// An answer with a large text: the JSON header (which gets `<key>_bytes`), a
// NUL, then the text's UTF-8 bytes. A rendered page is most of an answer's
// bytes; outside the JSON it is neither escaped here nor unescaped in JS.
std::string dump_answer_with_text(nlohmann::json header, const char* key, std::string_view text);
// Reads such an answer back (C++ callers: tests, fuzzers): the header with the
// text under `key`. Throws when the JSON is invalid or the text is not
// `<key>_bytes` long.
nlohmann::json parse_answer_with_text(std::string_view answer, const char* key);
// The answer when something failed inside the core: the page still gets a
// readable diagnostic and the instance stays usable.
std::string internal_error_answer(const std::string& what);

}  // namespace folio
