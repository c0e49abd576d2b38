// One file Jekyll renders: a page (any file with front matter outside the
// special folders) or a document of a collection (posts, news, projects...).
// `data` is what templates read as page.x: the defaults, the front matter
// over them, and the keys Jekyll computes (title, slug, date, categories...).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "liquid/value.h"
#include "site/jekyll_time.h"

namespace folio::site {

enum class DocumentKind { page, post, document };

const char* document_kind_name(DocumentKind kind);

inline constexpr size_t kNoDocument = static_cast<size_t>(-1);

struct Document {
  DocumentKind kind = DocumentKind::page;
  std::string relative_path;  // from the site root: "_posts/2015-03-15-x.md", "_pages/about.md"
  std::string collection;     // the label ("posts", "news"); "" for a page
  std::string name;           // the file name, "2015-03-15-x.md"
  std::string basename;       // without the extension, "2015-03-15-x"
  std::string extname;        // ".md"
  std::string output_ext;     // ".html"
  std::string dir;            // a page's folder as Jekyll's url placeholder (":path"), "_pages"
  std::string url;            // "/blog/2015/x/", without the baseurl
  std::string id;             // documents only: "/blog/2015/x"
  liquid::Value data;         // a hash
  std::optional<JekyllTime> date;  // documents: front matter, file name or site.time
  std::string body;           // the text after the front matter
  int body_first_line = 1;
  std::optional<std::string> excerpt_source;  // the text before excerpt_separator, when excerpts are made
  bool write = true;          // written to the site (collections with output, not in the future)
  size_t previous = kNoDocument;  // neighbours in the collection's order (posts: older)
  size_t next = kNoDocument;      // (posts: newer)

  bool is_html() const { return output_ext == ".html" || output_ext == ".xhtml" || output_ext == ".htm"; }
  // The file Jekyll writes, relative to the site root: "blog/2015/x/index.html".
  std::string output_path() const;
  std::string layout() const;
};

}  // namespace folio::site
