#include <catch2/catch.hpp>

#include "liquid/json_value.h"
#include "liquid/value.h"

using folio::liquid::Array;
using folio::liquid::Hash;
using folio::liquid::Value;

// Expected texts are what Ruby 3.1 prints (checked with ruby -e 'p 1e16' etc.).
TEST_CASE("floats print as Ruby's Float#to_s", "[liquid][value]") {
  const std::vector<std::pair<double, std::string>> cases = {
      {1.0, "1.0"},       {0.1, "0.1"},         {-0.0, "-0.0"},         {2.5, "2.5"},
      {0.0001, "0.0001"}, {0.00001, "1.0e-05"}, {1e15, "1000000000000000.0"},
      {1e16, "1.0e+16"},  {1e17, "1.0e+17"},    {123.456, "123.456"},   {1.0 / 3, "0.3333333333333333"},
      {-12.5e-7, "-1.25e-06"}};
  for (const auto& [number, text] : cases) {
    INFO(text);
    CHECK(folio::liquid::format_ruby_float(number) == text);
  }
}

TEST_CASE("values print as Liquid 4 prints them", "[liquid][value]") {
  Hash hash;
  hash.set("a", 1);
  hash.set("b", Array{1, Value(), "s"});
  CHECK(folio::liquid::to_output(Value(hash)) == R"({"a"=>1, "b"=>[1, nil, "s"]})");
  const Value nested = Array{1, Array{2, 3}, Value(), "x", Value(std::move(hash))};
  CHECK(folio::liquid::to_output(nested) == R"(123x{"a"=>1, "b"=>[1, nil, "s"]})");
  CHECK(folio::liquid::to_ruby_string(Array{1, "x"}) == R"([1, "x"])");
  CHECK(folio::liquid::to_output(Value::range(1, 5)) == "1..5");
  CHECK(folio::liquid::to_output(Value()) == "");
  CHECK(folio::liquid::inspect(Value("a\"#{b}\n")) == R"("a\"\#{b}\n")");
  // Ruby 3.1: "a\u2028b\u2029c\u0085d\u0080\u00a0".inspect keeps NEL and NBSP as they are.
  CHECK(folio::liquid::inspect(Value("a\u2028b\u2029c\u0085d\u0080\u00a0")) ==
        "\"a\\u2028b\\u2029c\u0085d\\u0080\u00a0\"");
}

TEST_CASE("equality follows Ruby and Liquid's blank and empty", "[liquid][value]") {
  using folio::liquid::liquid_equal;
  const Value blank = Value::blank_literal(), empty = Value::empty_literal();
  CHECK(liquid_equal(1, 1.0));
  CHECK_FALSE(liquid_equal("1", 1));
  // ActiveSupport's blank?, loaded in al-folio's build (value.cpp); checked
  // with ruby-liquid and require "active_support/core_ext/object/blank".
  CHECK(liquid_equal(Value(), blank));
  CHECK_FALSE(liquid_equal(Value(), empty));
  CHECK(liquid_equal(false, blank));
  CHECK_FALSE(liquid_equal(false, empty));
  CHECK(liquid_equal("", empty));
  CHECK(liquid_equal(" \u00A0\n", blank));
  CHECK_FALSE(liquid_equal(" x", blank));
  CHECK(liquid_equal(Array{}, blank));
  CHECK_FALSE(liquid_equal(0, blank));
  CHECK_FALSE(liquid_equal(true, blank));
  CHECK_FALSE(liquid_equal(blank, empty));
  CHECK(liquid_equal(Array{1, "a"}, Array{1.0, "a"}));
}

TEST_CASE("lookups answer keys, indexes and size/first/last", "[liquid][value]") {
  const Value data = folio::liquid::value_from_json(folio::liquid::OrderedJson::parse(
      R"({"list": [1, 2, 3], "text": "héllo", "map": {"size": "own", "k": 2}})"));
  CHECK(data.lookup("list").lookup("size").as_integer() == 3);
  CHECK(data.lookup("list").at(Value(-1)).as_integer() == 3);
  CHECK(data.lookup("list").lookup("first").as_integer() == 1);
  CHECK(data.lookup("text").lookup("size").as_integer() == 5);  // characters, as Ruby counts
  CHECK(data.lookup("map").lookup("size").as_string() == "own");
  CHECK(data.lookup("map").lookup("first").as_array()[0].as_string() == "size");
  CHECK(data.lookup("missing").is_nil());
}
