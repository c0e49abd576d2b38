// The whole render request, as JavaScript makes it: files put into a session,
// one build, then every view rendered as the shell and as a widget, and the
// model. Input format (see site_input.h): files separated by "@@@ path" lines.
// Nothing may throw out of the session (the wasm boundary would catch it, but
// it would be a bug), every answer is JSON, and no rendered HTML can run script.
#include <cstdint>
#include <exception>

#include <nlohmann/json.hpp>

#include "api/protocol.h"
#include "api/site_session.h"
#include "fuzz_check.h"
#include "site_input.h"

namespace {

// Answers are JSON; a render answer's HTML follows its JSON (protocol.h).
nlohmann::json parse_answer(const std::string& answer) {
  nlohmann::json json;
  try {
    json = folio::parse_answer_with_text(answer, "html");
  } catch (const std::exception& error) {
    folio_fuzz::fail(error.what(), answer);
  }
  folio_fuzz::check(json.is_object(), "answer is not a JSON object", answer);
  folio_fuzz::check(json.value("version", 0) == folio::kProtocolVersion, "answer has no version", answer);
  return json;
}

// The HTML parts of a render answer: the view and the shell's footer.
void check_html(const nlohmann::json& answer, bool trusted) {
  for (const char* key : {"html", "footer_html"}) {
    const std::string html = answer.value(key, std::string());
    folio_fuzz::check(folio::is_valid_utf8(html), "html is not UTF-8", html);
    folio_fuzz::check_no_script_surface(html, trusted);
  }
}

void render_and_check(folio::SiteSession& session, const nlohmann::json& request, bool trusted) {
  check_html(parse_answer(session.render(request.dump())), trusted && !request.value("widget", false));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const folio_fuzz::SiteInput input =
      folio_fuzz::split_site_input(std::string_view(reinterpret_cast<const char*>(data), size));
  folio::SiteSession session;
  for (const auto& [path, text] : input.files) session.put_file(path, text);
  const nlohmann::json built = parse_answer(session.build(input.build_request));
  folio_fuzz::check(built.contains("diagnostics"), "build answer without diagnostics");

  const nlohmann::json model = parse_answer(session.model());
  const bool trusted = input.files.count("_config.yml") != 0;  // the config may opt in
  std::vector<std::string> views = {"about", "", "news", "news/", "publications", "no/such/page", "news/none"};
  if (model.contains("news") && model["news"].is_array()) {
    for (const nlohmann::json& item : model["news"]) {
      if (item.contains("id") && item["id"].is_string()) views.push_back("news/" + item["id"].get<std::string>());
    }
  }
  for (const std::string& view : views) {
    for (const bool widget : {false, true}) {
      render_and_check(session,
                       {{"view", view},
                        {"asset_base", widget ? "https://lab.example.org/content/" : "content/"},
                        {"route_base", widget ? "https://lab.example.org/#/" : "#/"},
                        {"widget", widget},
                        {"limit", widget ? 3 : 0},
                        {"selected_only", widget}},
                       trusted);
    }
  }
  for (const std::string& request : input.render_requests) {
    const nlohmann::json json = nlohmann::json::parse(request, nullptr, false);
    const bool widget = json.is_object() && json.contains("widget") && json["widget"].is_boolean() && json["widget"];
    check_html(parse_answer(session.render(request)), trusted && !widget);
  }
  return 0;
}
