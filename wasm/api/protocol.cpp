#include "api/protocol.h"

namespace folio {

nlohmann::json diagnostics_to_json(const std::vector<Diagnostic>& diagnostics) {
  nlohmann::json list = nlohmann::json::array();
  for (const Diagnostic& d : diagnostics) {
    list.push_back({{"file", d.file},
                    {"line", d.line},
                    {"column", d.column},
                    {"severity", severity_name(d.severity)},
                    {"message", d.message}});
  }
  return list;
}

std::string dump_answer(const nlohmann::json& answer) {
  return answer.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string internal_error_answer(const std::string& what) {
  const Diagnostic diagnostic{"(folio)", 0, 0, Severity::error,
                              "internal error: " + what + " — please report it with the content that caused it"};
  return dump_answer({{"version", kProtocolVersion}, {"ok", false}, {"diagnostics", diagnostics_to_json({diagnostic})}});
}

}  // namespace folio
