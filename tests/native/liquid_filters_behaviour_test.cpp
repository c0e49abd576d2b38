// What the tables cannot show: the registry's coverage, filters that call
// back into the render (where_exp, markdownify), folio's own choices
// (sample, cache busting, emoji) and the regex engine's limits.
#include <chrono>

#include "liquid/filters/ruby_regex.h"
#include "liquid_filter_cases.h"

using folio::liquid::Array;
using folio::liquid::FilterCall;
using folio::liquid::FilterError;
using folio::liquid::find_filter;
using folio::liquid::Value;
using folio::liquid::testing::json;
using folio::liquid::testing::TestFilterContext;

namespace {

Value call_filter(std::string_view name, Value input, std::vector<Value> arguments, TestFilterContext& context) {
  const auto* spec = find_filter(name);
  REQUIRE(spec != nullptr);
  FilterCall call;
  call.input = std::move(input);
  call.arguments = std::move(arguments);
  return spec->function(call, context);
}

}  // namespace

TEST_CASE("every filter of issue 13 is registered", "[liquid][filters]") {
  const char* const names[] = {
      // Liquid 4's standard filters
      "abs", "append", "at_least", "at_most", "capitalize", "ceil", "compact", "concat", "default", "divided_by",
      "downcase", "escape", "escape_once", "first", "floor", "join", "last", "lstrip", "map", "minus", "modulo",
      "newline_to_br", "plus", "prepend", "remove", "remove_first", "replace", "replace_first", "reverse", "round",
      "rstrip", "size", "slice", "sort", "sort_natural", "split", "strip", "strip_html", "strip_newlines", "times",
      "truncate", "truncatewords", "uniq", "upcase", "url_decode", "url_encode", "where",
      // Jekyll's
      "relative_url", "absolute_url", "where_exp", "group_by", "group_by_exp", "find", "find_exp", "push", "pop",
      "shift", "unshift", "jsonify", "inspect", "xml_escape", "cgi_escape", "uri_escape", "number_of_words",
      "array_to_sentence_string", "normalize_whitespace", "to_integer", "slugify", "markdownify", "sample",
      // al-folio's plugins
      "regex_replace", "regex_replace_once", "remove_accents", "hideCustomBibtex", "emojify", "encode_email",
      "bust_file_cache", "bust_css_cache"};
  for (const char* name : names) {
    INFO(name);
    CHECK(find_filter(name) != nullptr);
  }
  CHECK(find_filter("no_such_filter") == nullptr);
  CHECK(find_filter("") == nullptr);
  // Arity, as Ruby's method signatures give it.
  CHECK(find_filter("append")->min_arguments == 1);
  CHECK(find_filter("append")->max_arguments == 1);
  CHECK(find_filter("truncate")->max_arguments == 2);
  CHECK(find_filter("where")->max_arguments == 2);
}

TEST_CASE("where_exp, find_exp and group_by_exp evaluate through the render", "[liquid][filters]") {
  TestFilterContext context;
  context.expressions["p.age > 20"] = [](const Value& item) { return Value(item.lookup("age").as_integer() > 20); };
  context.expressions["p.age | modulo: 2"] = [](const Value& item) { return Value(item.lookup("age").as_integer() % 2); };
  const Value people = json(R"([{"name": "a", "age": 30}, {"name": "b", "age": 9}, {"name": "c", "age": 41}])");
  const Value older = call_filter("where_exp", people, {"p", "p.age > 20"}, context);
  CHECK(folio::liquid::inspect(older) == R"([{"name"=>"a", "age"=>30}, {"name"=>"c", "age"=>41}])");
  // Jekyll's where needs a value (Jekyll raises an arity error without one);
  // folio answers `where: "p"` as Liquid 4's own where: truthy properties.
  const Value flagged = json(R"([{"p": true}, {"p": false}, {"q": 1}, {"p": "x"}])");
  CHECK(call_filter("where", flagged, {"p"}, context).as_array().size() == 2);
  CHECK(call_filter("find_exp", people, {"p", "p.age > 20"}, context).lookup("name").as_string() == "a");
  const Value groups = call_filter("group_by_exp", people, {"p", "p.age | modulo: 2"}, context);
  REQUIRE(groups.as_array().size() == 2);
  CHECK(groups.as_array()[0].lookup("name").as_integer() == 0);  // the value itself, not its text
  CHECK(groups.as_array()[1].lookup("size").as_integer() == 2);
  // Not a collection: the input comes back.
  CHECK(call_filter("where_exp", Value("text"), {"p", "p.age > 20"}, context).as_string() == "text");
  CHECK(call_filter("find_exp", Value(), {"p", "p.age > 20"}, context).is_nil());
}

TEST_CASE("markdownify converts through the render's Markdown", "[liquid][filters]") {
  TestFilterContext context;
  CHECK(call_filter("markdownify", Value("*hi*"), {}, context).as_string() == "<p>*hi*</p>\n");
  CHECK(call_filter("markdownify", Value(), {}, context).as_string() == "<p></p>\n");
}

TEST_CASE("sample picks the same way every time", "[liquid][filters]") {
  TestFilterContext context;
  const Value list = json("[1, 2, 3, 4, 5, 6]");
  const Value one = call_filter("sample", list, {}, context);
  CHECK(one.is_integer());
  CHECK(folio::liquid::liquid_equal(one, call_filter("sample", list, {}, context)));
  const Value three = call_filter("sample", list, {3}, context);
  REQUIRE(three.as_array().size() == 3);
  CHECK(folio::liquid::liquid_equal(three, call_filter("sample", list, {3}, context)));
  CHECK(call_filter("sample", list, {10}, context).as_array().size() == 6);
}

TEST_CASE("cache busting leaves the path as it is", "[liquid][filters]") {
  TestFilterContext context;
  CHECK(call_filter("bust_file_cache", Value("/al-folio/assets/js/common.js"), {}, context).as_string() ==
        "/al-folio/assets/js/common.js");
  CHECK(call_filter("bust_css_cache", Value("/assets/css/main.css"), {}, context).as_string() == "/assets/css/main.css");
}

TEST_CASE("emojify writes the emoji of known shortcodes", "[liquid][filters]") {
  TestFilterContext context;
  CHECK(call_filter("emojify", Value("Done :sparkles: :not_an_emoji:"), {}, context).as_string() ==
        "Done \u2728 :not_an_emoji:");
  CHECK(call_filter("emojify", Value("<code>:sparkles:</code>"), {}, context).as_string() == "<code>:sparkles:</code>");
  CHECK(call_filter("emojify", Value(), {}, context).is_nil());
}

TEST_CASE("hideCustomBibtex without filtered keywords only cleans author marks", "[liquid][filters]") {
  TestFilterContext context;
  context.site_.filtered_bibtex_keywords.clear();
  const std::string bibtex = "@misc{k,\n  abbr = {X},\n  author = {Ann*},\n}\n";
  CHECK(call_filter("hideCustomBibtex", Value(bibtex), {}, context).as_string() ==
        "@misc{k,\n  abbr = {X},\n  author = {Ann},\n}\n");
}

TEST_CASE("relative_url and absolute_url without a baseurl or url", "[liquid][filters]") {
  TestFilterContext context;
  context.site_.url.clear();
  context.site_.baseurl.clear();
  CHECK(call_filter("relative_url", Value("about/"), {}, context).as_string() == "/about/");
  CHECK(call_filter("absolute_url", Value("about/"), {}, context).as_string() == "/about/");
  CHECK(call_filter("relative_url", Value(""), {}, context).as_string() == "");
  context.site_.url = "https://Lab.Example.org:443";
  CHECK(call_filter("absolute_url", Value(""), {}, context).as_string() == "https://lab.example.org/");
}

TEST_CASE("regex_replace refuses what it cannot read, with a message that names it", "[liquid][filters][regex]") {
  TestFilterContext context;
  const std::pair<const char*, const char*> refused[] = {
      {"(?=b)", "lookahead"},     {"(ab)\\1", "backreferences"}, {"(?i)b", "inline options"},
      {"a++", "possessive"},      {"(a", "not closed"},          {"a)", "unmatched close"},
      {"[a", "not closed"},       {"*a", "nothing to repeat"},   {"\\p{Greek}", "\\p{Greek}"},
      {"a{2000}", "above 1000"},  {"[[:graph:]]", "[:graph:]"},  {"[a&&b]", "intersection"}};
  for (const auto& [pattern, reason] : refused) {
    INFO(pattern);
    try {
      call_filter("regex_replace", Value("abc"), {pattern, "x"}, context);
      FAIL("no error");
    } catch (const FilterError& error) {
      const std::string message = error.what();
      CHECK(message.rfind("regex_replace: folio's regular expressions do not support", 0) == 0);
      CHECK(message.find(reason) != std::string::npos);
    }
  }
}

TEST_CASE("regex matching takes linear time on patterns that make backtracking explode",
          "[liquid][filters][regex]") {
  const std::string subject(5000, 'a');
  const char* const patterns[] = {"(a*)*b", "(a|aa)*c", "(a+)+$x", "(.*a){8}z", "^(a?){30}a{30}$"};
  for (const char* pattern : patterns) {
    INFO(pattern);
    std::string error;
    const auto regex = folio::liquid::RubyRegex::compile(pattern, error);
    REQUIRE(regex);
    const auto start = std::chrono::steady_clock::now();
    const auto matches = regex->find_matches(subject, true);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(seconds < 5.0);  // a backtracking engine needs longer than the universe has existed
    (void)matches;
  }
}
