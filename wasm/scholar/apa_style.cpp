#include "scholar/apa_style.h"

#include "bibtex/latex_to_unicode.h"
#include "bibtex/names.h"
#include "core/html_escape.h"

namespace folio::scholar {
namespace {

constexpr size_t kMostListedAuthors = 20;  // APA 7: 20 names, then "…" and the last

std::string text_of(const BibEntry& entry, std::string_view field) { return latex_to_text(entry.value(field)); }

// "Gao-Ke" -> "G.-K.", "Albert Wilhelm" -> "A. W.", "AH" -> "A. H.".
std::string initials(const std::string& first) {
  std::string out;
  bool word_start = true;
  bool all_capitals = true;
  for (char c : first) all_capitals = all_capitals && !(c >= 'a' && c <= 'z');
  for (size_t i = 0; i < first.size(); ++i) {
    const char c = first[i];
    if (c == ' ' || c == '.') {
      word_start = true;
      continue;
    }
    if (c == '-') {
      out += '-';
      word_start = true;
      continue;
    }
    const bool capital_run = all_capitals && c >= 'A' && c <= 'Z';
    if (!word_start && !capital_run) continue;
    if (!out.empty() && out.back() != '-') out += ' ';
    size_t length = 1;
    while (i + length < first.size() && (static_cast<unsigned char>(first[i + length]) & 0xC0) == 0x80) ++length;
    out += first.substr(i, length) + ".";
    i += length - 1;
    word_start = false;
  }
  return out;
}

std::string person_in_reference(const PersonName& person) {
  std::string last = person.von.empty() ? person.last : person.von + " " + person.last;
  if (!person.jr.empty()) last += ", " + person.jr;
  const std::string first = initials(person.first);
  return first.empty() ? last : last + ", " + first;
}

std::vector<PersonName> named_people(const BibEntry& entry) {
  std::vector<PersonName> people = parse_names(entry.value("author"));
  if (people.empty()) people = parse_names(entry.value("editor"));
  std::vector<PersonName> named;
  for (PersonName& person : people) {
    if (!person.others) named.push_back(std::move(person));
  }
  return named;
}

std::string authors_in_reference(const std::vector<PersonName>& people) {
  std::string out;
  if (people.size() > kMostListedAuthors + 1) {
    for (size_t i = 0; i + 1 < kMostListedAuthors; ++i) out += person_in_reference(people[i]) + ", ";
    return out + "… " + person_in_reference(people.back());
  }
  for (size_t i = 0; i < people.size(); ++i) {
    if (i > 0) out += i + 1 == people.size() ? ", & " : ", ";
    out += person_in_reference(people[i]);
  }
  return out;
}

std::string ended(std::string text) {
  if (!text.empty() && text.back() != '.' && text.back() != '?' && text.back() != '!') text += '.';
  return text;
}

std::string italic(const std::string& text) { return "<i>" + escape_html(text) + "</i>"; }

std::string year_of(const BibEntry& entry) {
  const std::string year = text_of(entry, "year");
  return year.empty() ? "n.d." : year;
}

std::string source_of(const BibEntry& entry) {
  const std::string type = entry.type;
  const std::string pages = text_of(entry, "pages");
  if (type == "article") {
    std::string out = italic(text_of(entry, "journal"));
    const std::string volume = text_of(entry, "volume"), number = text_of(entry, "number");
    if (!volume.empty()) out += ", " + italic(volume);
    if (!number.empty()) out += "(" + escape_html(number) + ")";
    if (!pages.empty()) out += ", " + escape_html(pages);
    return out + ".";
  }
  if (type == "inproceedings" || type == "incollection") {
    std::string out = "In " + italic(text_of(entry, "booktitle"));
    if (!pages.empty()) out += " (pp. " + escape_html(pages) + ")";
    out += ".";
    const std::string publisher = text_of(entry, "publisher");
    if (!publisher.empty()) out += " " + escape_html(ended(publisher));
    return out;
  }
  std::string publisher = text_of(entry, "publisher");
  if (publisher.empty()) publisher = text_of(entry, "school");
  if (publisher.empty()) publisher = text_of(entry, "institution");
  return publisher.empty() ? "" : escape_html(ended(publisher));
}

bool title_is_italic(const BibEntry& entry) {
  return entry.type != "article" && entry.type != "inproceedings" && entry.type != "incollection";
}

std::string link_of(const BibEntry& entry) {
  const std::string doi = entry.value("doi");
  if (!doi.empty()) return "https://doi.org/" + doi;
  return entry.value("url");
}

std::string author_in_citation(const std::vector<PersonName>& people, const BibEntry& entry) {
  if (people.empty()) return text_of(entry, "title");
  auto last = [](const PersonName& person) { return person.von.empty() ? person.last : person.von + " " + person.last; };
  if (people.size() == 1) return last(people[0]);
  if (people.size() == 2) return last(people[0]) + " & " + last(people[1]);
  return last(people[0]) + " et al.";
}

}  // namespace

std::string apa_reference(const BibEntry& entry) {
  std::string out;
  const std::vector<PersonName> people = named_people(entry);
  const std::string title = text_of(entry, "title");
  if (!people.empty()) out += escape_html(ended(authors_in_reference(people))) + " ";
  out += "(" + escape_html(year_of(entry)) + "). ";
  // An italic title keeps its closing period outside the italics.
  const std::string period = ended(title).substr(title.size());
  out += title_is_italic(entry) ? "<i>" + escape_html(title) + "</i>" + period : escape_html(title + period);
  const std::string source = source_of(entry);
  if (!source.empty()) out += " " + source;
  const std::string link = link_of(entry);
  if (!link.empty()) out += " " + escape_html(link);
  return out;
}

std::string apa_citation(const std::vector<const BibEntry*>& entries) {
  std::string out = "(";
  for (const BibEntry* entry : entries) {
    if (out.size() > 1) out += "; ";
    out += escape_html(author_in_citation(named_people(*entry), *entry)) + ", " + escape_html(year_of(*entry));
  }
  return out + ")";
}

}  // namespace folio::scholar
