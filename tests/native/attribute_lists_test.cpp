#include <catch2/catch.hpp>

#include "parse/attribute_lists.h"

TEST_CASE("kramdown attribute lists", "[markdown][ial]") {
  struct Case { const char* line; const char* expected_html; };
  const Case cases[] = {
      {"{: .lead}", " class=\"lead\""},
      {"{:.a .b #c}", " class=\"a b\" id=\"c\""},
      {"{: title='It\"s' data-n=\"2\"}", " title=\"It&quot;s\" data-n=\"2\""},
      {"{: target=\"\\_blank\" }", " target=\"\\_blank\""},
  };
  const folio::AttributeDefinitions none;
  for (const Case& c : cases) {
    const auto list = folio::parse_attribute_list(c.line, none);
    REQUIRE(list);
    CHECK(list->attributes.html() == c.expected_html);
  }
  for (const char* not_a_list : {"{ .lead}", "{: .a", "text {: .a}", "{: =x}"}) {
    CHECK_FALSE(folio::parse_attribute_list(not_a_list, none));
  }
}

TEST_CASE("an attribute list definition is named and referred to", "[markdown][ial]") {
  folio::AttributeDefinitions definitions;
  const auto definition = folio::parse_attribute_list("{:wide: .full #w}", definitions);
  REQUIRE(definition);
  CHECK(definition->definition_name == "wide");
  definitions["wide"] = definition->attributes;
  const auto use = folio::parse_attribute_list("{: wide .more}", definitions);
  REQUIRE(use);
  CHECK(use->attributes.html() == " class=\"full more\" id=\"w\"");
}
