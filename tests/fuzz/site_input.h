// The input format of fuzz_site_session and of its seed corpus: a whole site
// in one text. Lines "@@@ PATH" start a file; text before the first one is
// _pages/about.md. "@@@ !build" and "@@@ !render" start a build request (one)
// and render requests (any number), as JSON.
//
//   title: x
//   @@@ _config.yml
//   title: Lab
//   @@@ _news/a.md
//   ---
//   ...
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace folio_fuzz {

struct SiteInput {
  std::map<std::string, std::string> files;
  std::string build_request;
  std::vector<std::string> render_requests;
};

inline SiteInput split_site_input(std::string_view data) {
  SiteInput input;
  std::string path = "_pages/about.md";
  std::string text;
  auto flush = [&] {
    if (path == "!build") {
      input.build_request = text;
    } else if (path == "!render") {
      input.render_requests.push_back(text);
    } else {
      input.files[path] = text;
    }
    text.clear();
  };
  size_t pos = 0;
  while (pos <= data.size()) {
    size_t end = data.find('\n', pos);
    if (end == std::string_view::npos) end = data.size();
    const std::string_view line = data.substr(pos, end - pos);
    if (line.substr(0, 4) == "@@@ ") {
      flush();
      path = std::string(line.substr(4));
    } else {
      text.append(line.data(), line.size());
      if (end < data.size()) text += '\n';
    }
    pos = end + 1;
  }
  flush();
  return input;
}

}  // namespace folio_fuzz
