#include "scholar/entry_drop.h"

#include <optional>

#include "bibtex/latex_to_unicode.h"
#include "bibtex/names.h"
#include "core/diagnostics.h"
#include "scholar/entry_bibtex.h"
#include "scholar/stored_entry.h"

namespace folio::scholar {
namespace {

constexpr const char* kNameParts[] = {"first", "last", "prefix", "suffix"};

std::vector<std::string> parts_of(const PersonName& person) {
  if (person.others) return {"", "others", "", ""};
  return {person.first, person.last, person.von, person.jr};
}

// "author_3_last" -> field "author", index 3, part "last"; false otherwise.
bool split_flat_name_part(std::string_view key, std::string_view& field, size_t& index, std::string_view& part) {
  const size_t part_start = key.rfind('_');
  if (part_start == std::string_view::npos || part_start == 0) return false;
  const size_t index_start = key.rfind('_', part_start - 1);
  if (index_start == std::string_view::npos || index_start + 1 == part_start) return false;
  index = 0;
  for (size_t i = index_start + 1; i < part_start; ++i) {
    if (key[i] < '0' || key[i] > '9') return false;
    index = index * 10 + static_cast<size_t>(key[i] - '0');
  }
  field = key.substr(0, index_start);
  part = key.substr(part_start + 1);
  return true;
}

class EntryDrop final : public liquid::Drop {
 public:
  EntryDrop(std::shared_ptr<const BibEntry> entry, std::vector<std::string> skip_fields)
      : entry_(std::move(entry)), skip_fields_(std::move(skip_fields)) {}

  liquid::Value get(std::string_view key) const override {
    fill();
    if (key == "bibtex") {
      if (!bibtex_) bibtex_ = entry_bibtex(*entry_, skip_fields_);
      return *bibtex_;
    }
    if (const liquid::Value* found = values_.find(key)) return *found;
    return flat_name_part(key);
  }

  // jekyll-scholar's order: key, type, bibtex, then each field, a name
  // field followed by its _array and its flat parts.
  std::vector<std::string> keys() const override {
    fill();
    std::vector<std::string> keys;
    for (const auto& [key, value] : values_) {
      keys.push_back(key);
      if (key == "type") keys.emplace_back("bibtex");
      const size_t suffix = key.size() >= 6 ? key.size() - 6 : 0;
      if (!value.is_array() || key.compare(suffix, 6, "_array") != 0) continue;
      const std::string field = key.substr(0, suffix);
      for (size_t i = 0; i < value.as_array().size(); ++i) {
        for (const char* part : kNameParts) keys.push_back(field + "_" + std::to_string(i) + "_" + part);
      }
    }
    return keys;
  }

 private:
  // author_0_first and friends, read from author_array: templates rarely
  // use them, so they are not stored.
  liquid::Value flat_name_part(std::string_view key) const {
    std::string_view field, part;
    size_t index = 0;
    if (!split_flat_name_part(key, field, index, part)) return liquid::Value();
    const liquid::Value* people = values_.find(std::string(field) + "_array");
    if (people == nullptr || !people->is_array() || index >= people->as_array().size()) return liquid::Value();
    return people->as_array()[index].lookup(part);
  }

  // People as the template sees them: decoded parts, the list read the right
  // way even when separated by commas.
  void set_people(const StoredField& field) const {
    Diagnostics reported_by_the_loader;
    const std::vector<PersonName> people = parse_author_field(*entry_, field.name, "", reported_by_the_loader);
    values_.set(field.name, names_in_sort_order(people));
    liquid::Array array;
    array.reserve(people.size());
    for (const PersonName& person : people) {
      liquid::Hash parts;
      const std::vector<std::string> texts = parts_of(person);
      for (size_t p = 0; p < texts.size(); ++p) parts.set(kNameParts[p], texts[p]);
      array.emplace_back(std::move(parts));
    }
    values_.set(field.name + "_array", liquid::Value(std::move(array)));
  }

  // Computes every field on the first read; a template that shows an entry
  // reads most of them, and the decoding is linear in the entry's size.
  void fill() const {
    if (filled_) return;
    filled_ = true;
    values_.set("key", entry_->key);
    values_.set("type", entry_->type);
    for (const StoredField& field : stored_fields(*entry_)) {
      if (is_name_field(field.name)) {
        set_people(field);
      } else {
        values_.set(field.name, field.symbol ? field.text : latex_to_template_text(field.text));
      }
    }
  }

  std::shared_ptr<const BibEntry> entry_;
  std::vector<std::string> skip_fields_;
  mutable std::optional<std::string> bibtex_;
  mutable bool filled_ = false;
  mutable liquid::Hash values_;
};

}  // namespace

liquid::DropPtr make_entry_drop(std::shared_ptr<const BibEntry> entry, std::vector<std::string> skip_fields) {
  return std::make_shared<EntryDrop>(std::move(entry), std::move(skip_fields));
}

}  // namespace folio::scholar
