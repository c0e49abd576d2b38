#include "site/document.h"

namespace folio::site {

const char* document_kind_name(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::page: return "page";
    case DocumentKind::post: return "post";
    case DocumentKind::document: return "document";
  }
  return "page";
}

std::string Document::output_path() const {
  std::string path = url.substr(url.empty() || url[0] != '/' ? 0 : 1);
  // Pages and documents differ here in Jekyll: a page's "/x/" is x/index plus
  // its own extension, a document's is always x/index.html.
  if (path.empty() || path.back() == '/') return path + "index" + (kind == DocumentKind::page ? output_ext : ".html");
  if (path.size() < output_ext.size() || path.compare(path.size() - output_ext.size(), output_ext.size(), output_ext) != 0) {
    path += output_ext;
  }
  return path;
}

std::string Document::layout() const {
  const liquid::Value value = data.lookup("layout");
  return value.is_nil() ? "" : to_output(value);
}

}  // namespace folio::site
