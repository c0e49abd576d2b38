#include "api/liquid_request.h"

#include <map>

#include "api/protocol.h"
#include "core/utf8.h"
#include "liquid/engine.h"
#include "liquid/json_value.h"

namespace folio {

namespace {

class PartialsHost : public liquid::RenderHost {
 public:
  explicit PartialsHost(std::map<std::string, std::string, std::less<>> partials) : partials_(std::move(partials)) {}
  std::optional<liquid::TemplateSource> find_include(std::string_view name) override {
    const auto found = partials_.find(name);
    if (found == partials_.end()) return std::nullopt;
    return liquid::TemplateSource{found->second, "_includes/" + found->first};
  }

 private:
  std::map<std::string, std::string, std::less<>> partials_;
};

std::string bad_request(const std::string& message) {
  const Diagnostic diagnostic{"(request)", 0, 0, Severity::error, message};
  return dump_answer_with_text(
      {{"version", kProtocolVersion}, {"failed", true}, {"diagnostics", diagnostics_to_json({diagnostic})}}, "output", "");
}

}  // namespace

std::string render_liquid_request(std::string_view request_json) {
  const liquid::OrderedJson request = liquid::OrderedJson::parse(request_json, nullptr, false);
  if (request.is_discarded() || !request.is_object() || !request.contains("template") || !request["template"].is_string()) {
    return bad_request("a Liquid request is a JSON object with a \"template\" string");
  }
  liquid::LiquidOptions options;
  options.strict = request.value("strict", false);
  std::map<std::string, std::string, std::less<>> partials;
  if (request.contains("partials") && request["partials"].is_object()) {
    for (const auto& [name, source] : request["partials"].items()) {
      if (source.is_string()) partials[name] = to_valid_utf8(source.get<std::string>());
    }
  }
  // By reference: request.value("data", ...) would copy the whole data tree first.
  const auto data_json = request.find("data");
  const liquid::Value data = data_json == request.end() ? liquid::Value(liquid::Hash()) : liquid::value_from_json(*data_json);
  Diagnostics diagnostics;
  const std::string file = request.value("file", std::string("template.liquid"));
  const auto parsed = liquid::parse_template(to_valid_utf8(request["template"].get<std::string>()), file, options, diagnostics);
  PartialsHost host(std::move(partials));
  const liquid::RenderResult result = liquid::render_template(*parsed, data, host, options, diagnostics);
  return dump_answer_with_text({{"version", kProtocolVersion},
                                {"failed", result.failed},
                                {"diagnostics", diagnostics_to_json(diagnostics.all())}},
                               "output", result.output);
}

}  // namespace folio
