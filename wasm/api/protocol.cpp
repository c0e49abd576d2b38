#include "api/protocol.h"

#include <stdexcept>

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

std::string dump_answer_with_text(nlohmann::json header, const char* key, std::string_view text) {
  header[std::string(key) + "_bytes"] = text.size();
  std::string answer = dump_answer(header);
  answer.reserve(answer.size() + 1 + text.size());
  answer += '\0';
  answer += text;
  return answer;
}

nlohmann::json parse_answer_with_text(std::string_view answer, const char* key) {
  const size_t end = answer.find('\0');
  nlohmann::json header = nlohmann::json::parse(answer.substr(0, end));
  const std::string bytes_key = std::string(key) + "_bytes";
  if (end != std::string_view::npos && header.contains(bytes_key)) {
    const std::string_view text = answer.substr(end + 1);
    if (header[bytes_key].get<size_t>() != text.size()) {
      throw std::runtime_error(bytes_key + " is not the size of the text after the JSON");
    }
    header[key] = std::string(text);
  }
  return header;
}

std::string internal_error_answer(const std::string& what) {
  const Diagnostic diagnostic{"(folio)", 0, 0, Severity::error,
                              "internal error: " + what + " — please report it with the content that caused it"};
  return dump_answer({{"version", kProtocolVersion}, {"ok", false}, {"diagnostics", diagnostics_to_json({diagnostic})}});
}

}  // namespace folio
