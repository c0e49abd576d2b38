#include <catch2/catch.hpp>

#include <string>

#include "liquid/json_value.h"

using folio::liquid::inspect;
using folio::liquid::JsonError;
using folio::liquid::parse_json_value;

TEST_CASE("JSON text reads straight into Liquid values, keys in order", "[liquid][json]") {
  JsonError error;
  const auto value = parse_json_value(R"({"b": [1, -2, 3.5, 18446744073709551615], "a": {"x": null, "y": true},
    "s": "caf\u00e9 \"q\"", "b2": []})", error);
  REQUIRE(value);
  // Ruby's inspect of the same data, as ruby-liquid prints {{ data }}; an
  // integer beyond int64 wraps, as value_from_json has always made it.
  CHECK(inspect(*value) == R"({"b"=>[1, -2, 3.5, -1], "a"=>{"x"=>nil, "y"=>true}, "s"=>"café \"q\"", "b2"=>[]})");
  CHECK(inspect(*parse_json_value("[[], [[1]], {}]", error)) == "[[], [[1]], {}]");
  CHECK(inspect(*parse_json_value("\"top\"", error)) == "\"top\"");
}

TEST_CASE("a key given twice keeps its first place and its last value", "[liquid][json]") {
  JsonError error;
  const auto value = parse_json_value(R"({"a": 1, "b": 2, "a": 3})", error);
  REQUIRE(value);
  CHECK(inspect(*value) == R"({"a"=>3, "b"=>2})");
}

TEST_CASE("text that is not JSON says where it stopped", "[liquid][json]") {
  JsonError error;
  CHECK_FALSE(parse_json_value("{\"a\": 1,\n \"b\": }", error));
  CHECK(error.byte == 16);  // the "}" where a value was due
  CHECK(error.message.find("syntax error") != std::string::npos);
  JsonError trailing;
  CHECK_FALSE(parse_json_value("[1, 2] x", trailing));
  CHECK(trailing.byte == 8);
}
