#include "scholar/entry_drop.h"

#include <optional>
#include <unordered_map>

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
    const auto found = values_.find(std::string(key));
    return found == values_.end() ? liquid::Value() : found->second;
  }

  std::vector<std::string> keys() const override {
    fill();
    return keys_;
  }

 private:
  void set(std::string key, liquid::Value value) const {
    keys_.push_back(key);
    values_.emplace(std::move(key), std::move(value));
  }

  // People as the template sees them: decoded parts, the list read the right
  // way even when separated by commas.
  void set_people(const StoredField& field) const {
    Diagnostics reported_by_the_loader;
    const std::vector<PersonName> people =
        parse_author_field(*entry_, field.name, "", reported_by_the_loader);
    set(field.name, names_in_sort_order(people));
    keys_.push_back(field.name + "_array");
    liquid::Array array;
    for (size_t i = 0; i < people.size(); ++i) {
      liquid::Hash parts;
      const std::vector<std::string> texts = parts_of(people[i]);
      for (size_t p = 0; p < texts.size(); ++p) {
        parts.set(kNameParts[p], texts[p]);
        set(field.name + "_" + std::to_string(i) + "_" + kNameParts[p], texts[p]);
      }
      array.emplace_back(std::move(parts));
    }
    values_.emplace(field.name + "_array", liquid::Value(std::move(array)));
  }

  // Computes every field on the first read; a template that shows an entry
  // reads most of them, and the decoding is linear in the entry's size.
  void fill() const {
    if (filled_) return;
    filled_ = true;
    set("key", entry_->key);
    set("type", entry_->type);
    keys_.push_back("bibtex");
    for (const StoredField& field : stored_fields(*entry_)) {
      if (is_name_field(field.name)) {
        set_people(field);
      } else {
        set(field.name, field.symbol ? field.text : latex_to_text(field.text));
      }
    }
  }

  std::shared_ptr<const BibEntry> entry_;
  std::vector<std::string> skip_fields_;
  mutable std::optional<std::string> bibtex_;
  mutable bool filled_ = false;
  mutable std::vector<std::string> keys_;
  mutable std::unordered_map<std::string, liquid::Value> values_;
};

}  // namespace

liquid::DropPtr make_entry_drop(std::shared_ptr<const BibEntry> entry, std::vector<std::string> skip_fields) {
  return std::make_shared<EntryDrop>(std::move(entry), std::move(skip_fields));
}

}  // namespace folio::scholar
