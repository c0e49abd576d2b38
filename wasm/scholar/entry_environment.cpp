#include "scholar/entry_environment.h"

#include <optional>

#include "core/html_escape.h"
#include "scholar/apa_style.h"
#include "scholar/entry_drop.h"

namespace folio::scholar {
namespace {

constexpr const char* kKeys[] = {"entry", "reference", "key", "type", "link", "links", "index", "details"};

// Jekyll's slugify in its "pretty" mode: lowercase, runs of characters
// outside letters, digits and ._~!$&'()+,;=@ become one '-'.
std::string pretty_slug(std::string_view text) {
  std::string out;
  bool pending_dash = false;
  for (char c : text) {
    const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    const bool kept = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9') ||
                      std::string_view("._~!$&'()+,;=@").find(lower) != std::string_view::npos;
    if (!kept) {
      pending_dash = !out.empty();
      continue;
    }
    if (pending_dash) out += '-';
    pending_dash = false;
    out += lower;
  }
  return out;
}

std::string key_for_url(const std::string& key) {
  std::string out;
  for (char c : key) {
    const bool separator = c == ':' || c == ' ' || c == '\t' || c == '\n';
    if (separator) {
      if (out.empty() || out.back() != '_') out += '_';
    } else {
      out += c;
    }
  }
  return out;
}

class EntryEnvironment final : public liquid::Drop {
 public:
  EntryEnvironment(EntryPtr entry, int64_t index, const ScholarPage& page, std::string prefix)
      : entry_(std::move(entry)), index_(index), page_(page), prefix_(std::move(prefix)) {}

  liquid::Value get(std::string_view key) const override {
    if (key == "entry") {
      if (!drop_) drop_ = make_entry_drop(entry_, page_.config.bibtex_skip_fields);
      return *drop_;
    }
    if (key == "reference") {
      if (!reference_) reference_ = reference_tag(*entry_, page_.config, prefix_);
      return *reference_;
    }
    if (key == "key") return entry_->key;
    if (key == "type") return entry_->type;
    if (key == "index") return liquid::Value(static_cast<long long>(index_));
    if (key == "details") return details_url(*entry_, *page_.site, page_.config);
    if (key == "links") return liquid::Hash();
    return liquid::Value();
  }

  std::vector<std::string> keys() const override { return {std::begin(kKeys), std::end(kKeys)}; }

 private:
  EntryPtr entry_;
  int64_t index_;
  const ScholarPage& page_;
  std::string prefix_;
  mutable std::optional<liquid::Value> drop_;
  mutable std::optional<std::string> reference_;
};

}  // namespace

std::string reference_tag(const BibEntry& entry, const ScholarConfig& config, const std::string& prefix) {
  const std::string id = prefix.empty() ? entry.key : prefix + "-" + entry.key;
  return "<" + config.reference_tagname + " id=\"" + escape_html(id) + "\">" + apa_reference(entry) + "</" +
         config.reference_tagname + ">";
}

std::string details_url(const BibEntry& entry, const ScholarSite& site, const ScholarConfig& config) {
  std::string path = config.details_permalink;
  auto replace = [&](std::string_view placeholder, const std::string& value) {
    const std::string token = ":" + std::string(placeholder);
    for (size_t at = path.find(token); at != std::string::npos; at = path.find(token, at + value.size())) {
      path.replace(at, token.size(), value);
    }
  };
  const std::string doi = entry.value("doi");
  replace("details_dir", config.details_dir);
  replace("extension", site.pretty_permalinks ? "/" : ".html");
  replace("doi", doi.empty() ? key_for_url(entry.key) : doi);
  replace("key", key_for_url(entry.key));
  for (const BibField& field : entry.fields) replace(field.name, pretty_slug(field.value));
  std::string base = site.baseurl;
  while (!base.empty() && base.back() == '/') base.pop_back();
  if (!path.empty() && path.front() != '/') path.insert(path.begin(), '/');
  return base + path;
}

liquid::Value make_entry_environment(EntryPtr entry, int64_t index, const ScholarPage& page, std::string prefix) {
  return liquid::Value(liquid::DropPtr(std::make_shared<EntryEnvironment>(std::move(entry), index, page, std::move(prefix))));
}

}  // namespace folio::scholar
