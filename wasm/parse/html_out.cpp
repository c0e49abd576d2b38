#include "parse/html_out.h"

#include <algorithm>

namespace folio {

// Room for count more bytes: first the capacity the string already has
// (markdown_to_html reserves what it expects), then twice the size.
void HtmlOut::grow(size_t count) {
  target_.resize(std::max({target_.capacity(), room_ * 2, size_ + count + 256}));
  data_ = target_.data();
  room_ = target_.size();
}

HtmlOut& HtmlOut::operator+=(std::string_view piece) {
  append(piece.data(), piece.size());
  return *this;
}

HtmlOut& HtmlOut::operator+=(char c) {
  if (room_ == size_) grow(1);
  data_[size_++] = c;
  return *this;
}

}  // namespace folio
