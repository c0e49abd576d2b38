#include <catch2/catch.hpp>

#include <string>

#include "parse/html_out.h"

TEST_CASE("HtmlOut leaves its string holding exactly what was written", "[markdown][html-out]") {
  std::string html = "<p>";
  {
    folio::HtmlOut out(html);
    CHECK(out.size() == 3);
    CHECK(out.back() == '>');
    out += "text";
    out += '!';
    out.append(2, '-');
    CHECK(out.view() == "<p>text!--");
    CHECK(html.size() >= out.size());  // written ahead of the end: not yet cut
  }
  CHECK(html == "<p>text!--");
}

TEST_CASE("HtmlOut grows past its first capacity and keeps every byte", "[markdown][html-out]") {
  std::string html;
  std::string expected;
  {
    folio::HtmlOut out(html);
    for (int i = 0; i < 5000; ++i) {
      const std::string piece = std::to_string(i) + (i % 7 == 0 ? "\n" : ",");
      out += piece;
      expected += piece;
    }
    CHECK(out.view() == expected);
  }
  CHECK(html == expected);
}

TEST_CASE("HtmlOut inserts inside what was written and truncates it", "[markdown][html-out]") {
  std::string html;
  {
    folio::HtmlOut out(html);
    out += "<h2>Title</h2>";
    out.insert(3, " id=\"title\"");
    CHECK(out.view() == "<h2 id=\"title\">Title</h2>");
    CHECK(out.substr(4, 2) == "id");
    out.truncate(15);
    CHECK(out.view() == "<h2 id=\"title\">");
    out.truncate(100);  // never longer
    CHECK(out.size() == 15);
    out.insert(out.size(), std::string(1000, 'x'));
    CHECK(out.size() == 1015);
  }
  CHECK(html == "<h2 id=\"title\">" + std::string(1000, 'x'));
}
