#include "scholar/stored_entry.h"

#include <array>

#include "scholar/ascii_text.h"

namespace folio::scholar {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};

std::string sort_order(const PersonName& person) {
  if (person.others) return "others";
  std::string head = person.von;
  if (!person.last.empty()) head += (head.empty() ? "" : " ") + person.last;
  std::string out = head;
  for (const std::string* part : {&person.jr, &person.first}) {
    if (part->empty()) continue;
    out += (out.empty() ? "" : ", ") + *part;
  }
  return out;
}

}  // namespace

bool is_name_field(std::string_view name) {
  for (std::string_view field : {"author", "editor", "translator", "director", "producer", "composer"}) {
    if (name == field) return true;
  }
  return false;
}

std::optional<std::string> month_symbol(std::string_view value) {
  const std::string_view text = trimmed(value);
  if (text.size() >= 3) {
    const std::string prefix = ascii_lowercase(text.substr(0, 3));
    for (std::string_view month : kMonths) {
      if (prefix == month) return prefix;
    }
  }
  const bool one_or_two_digits = (text.size() == 1 || text.size() == 2) && text[0] != '+' && text[0] != '-' &&
                                 is_integer_text(text);
  if (!one_or_two_digits) return std::nullopt;
  const int number = std::stoi(std::string(text));
  // Ruby's MONTHS[number - 1]: 0 reads the last month, 13 and up nothing.
  if (number == 0) return std::string(kMonths[11]);
  if (number > 12) return std::nullopt;
  return std::string(kMonths[static_cast<size_t>(number - 1)]);
}

std::string names_in_sort_order(const std::vector<PersonName>& people) {
  std::string out;
  for (const PersonName& person : people) {
    if (!out.empty()) out += " and ";
    out += sort_order(person);
  }
  return out;
}

std::optional<std::string> stored_field_text(const BibEntry& entry, std::string_view name) {
  if (name == "month_numeric") {
    const BibField* month = entry.field("month");
    const std::optional<std::string> symbol = month ? month_symbol(month->value) : std::nullopt;
    if (!symbol) return std::nullopt;
    for (size_t i = 0; i < kMonths.size(); ++i) {
      if (kMonths[i] == *symbol) return std::to_string(i + 1);
    }
  }
  const BibField* field = entry.field(name);
  if (field == nullptr) return std::nullopt;
  if (is_name_field(name)) return names_in_sort_order(parse_names_as_written(field->value));
  if (name == "month") return month_symbol(field->value).value_or(field->value);
  return field->value;
}

std::vector<StoredField> stored_fields(const BibEntry& entry) {
  std::vector<StoredField> fields;
  fields.reserve(entry.fields.size() + 1);
  std::optional<size_t> month_number;
  for (const BibField& field : entry.fields) {
    StoredField stored{field.name, field.value, false, &field};
    if (is_name_field(field.name)) {
      stored.text = names_in_sort_order(parse_names_as_written(field.value));
    } else if (field.name == "month") {
      if (std::optional<std::string> symbol = month_symbol(field.value)) {
        stored.text = *symbol;
        stored.symbol = true;
        for (size_t i = 0; i < kMonths.size(); ++i) {
          if (kMonths[i] == *symbol) month_number = i + 1;
        }
      }
    }
    if (field.name != "month_numeric") fields.push_back(std::move(stored));
  }
  if (month_number) fields.push_back({"month_numeric", std::to_string(*month_number), false, nullptr});
  return fields;
}

}  // namespace folio::scholar
