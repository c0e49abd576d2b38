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
  // Read straight into Liquid values: the data is most of a request.
  liquid::JsonError error;
  const std::optional<liquid::Value> request = liquid::parse_json_value(request_json, error);
  const liquid::Hash* fields = request && request->is_hash() ? &request->as_hash() : nullptr;
  const liquid::Value* source = fields ? fields->find("template") : nullptr;
  if (source == nullptr || !source->is_string()) {
    return bad_request("a Liquid request is a JSON object with a \"template\" string");
  }
  const auto field = [&](std::string_view name) { return fields->find(name); };
  liquid::LiquidOptions options;
  const liquid::Value* strict = field("strict");
  options.strict = strict && strict->is_bool() && strict->as_bool();
  std::map<std::string, std::string, std::less<>> partials;
  if (const liquid::Value* given = field("partials"); given && given->is_hash()) {
    for (const auto& [name, partial] : given->as_hash()) {
      if (partial.is_string()) partials[name] = to_valid_utf8(partial.as_string());
    }
  }
  const liquid::Value* given_data = field("data");
  const liquid::Value data = given_data ? *given_data : liquid::Value(liquid::Hash());
  Diagnostics diagnostics;
  const liquid::Value* named = field("file");
  const std::string file = named && named->is_string() ? named->as_string() : "template.liquid";
  const auto parsed = liquid::parse_template(to_valid_utf8(source->as_string()), file, options, diagnostics);
  PartialsHost host(std::move(partials));
  const liquid::RenderResult result = liquid::render_template(*parsed, data, host, options, diagnostics);
  return dump_answer_with_text({{"version", kProtocolVersion},
                                {"failed", result.failed},
                                {"diagnostics", diagnostics_to_json(diagnostics.all())}},
                               "output", result.output);
}

}  // namespace folio
