// Where the Markdown renderer writes its HTML: a std::string that is kept
// longer than what was written, so that an append is a bounds check and a
// copy. (libc++'s std::string::append is a call into the library, and the
// renderer appends about 200,000 pieces per MB of Markdown: measured, 11% of
// the wasm's time on bench/inputs' 1 MB document.)
#pragma once

#include <cstring>
#include <string>
#include <string_view>

namespace folio {

class HtmlOut {
 public:
  // Appends to target; on destruction target holds exactly what was written.
  explicit HtmlOut(std::string& target)
      : target_(target), data_(target.data()), room_(target.size()), size_(target.size()) {}
  ~HtmlOut() { target_.resize(size_); }
  HtmlOut(const HtmlOut&) = delete;
  HtmlOut& operator=(const HtmlOut&) = delete;

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  char back() const { return data_[size_ - 1]; }
  char operator[](size_t i) const { return data_[i]; }
  std::string_view view() const { return std::string_view(data_, size_); }
  operator std::string_view() const { return view(); }
  std::string substr(size_t pos, size_t count = std::string::npos) const {
    return std::string(view().substr(pos, count));
  }

  // Inlined, for the loops that write text a piece at a time (typography,
  // escaping); tags go in with += (never inlined, even by LTO, so the many
  // places that write them stay small: inlined, they made the wasm 5 KB
  // larger gzipped).
  void append(const char* data, size_t count) {
    if (room_ - size_ < count) grow(count);
    std::memcpy(data_ + size_, data, count);
    size_ += count;
  }
  void append(size_t count, char c) {
    if (room_ - size_ < count) grow(count);
    std::memset(data_ + size_, c, count);
    size_ += count;
  }
  [[gnu::noinline]] HtmlOut& operator+=(std::string_view piece);
  [[gnu::noinline]] HtmlOut& operator+=(char c);
  void insert(size_t pos, std::string_view text) {
    if (room_ - size_ < text.size()) grow(text.size());
    std::memmove(data_ + pos + text.size(), data_ + pos, size_ - pos);
    std::memcpy(data_ + pos, text.data(), text.size());
    size_ += text.size();
  }
  // Cuts what was written back to `count` bytes.
  void truncate(size_t count) { size_ = count < size_ ? count : size_; }

 private:
  [[gnu::noinline]] void grow(size_t count);  // rare

  std::string& target_;
  char* data_;   // target_'s bytes, which it holds room_ of
  size_t room_;
  size_t size_;  // how many of them were written
};

}  // namespace folio
