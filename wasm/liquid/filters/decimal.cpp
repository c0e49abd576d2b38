#include "liquid/filters/decimal.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "liquid/value.h"

namespace folio::liquid {

namespace {

using Mantissa = Decimal::Mantissa;

// Below this a mantissa can take one more decimal digit without overflow.
constexpr Mantissa kTenPow37 = static_cast<Mantissa>(10000000000000000000ull) * 1000000000000000000ll;
constexpr int kMaxMantissaDigits = 37;
constexpr int kQuotientDigits = 36;

Mantissa magnitude(Mantissa value) { return value < 0 ? -value : value; }

Mantissa power_of_ten(int exponent) {
  Mantissa result = 1;
  for (int i = 0; i < exponent; ++i) result *= 10;
  return result;
}

int sign_of(Mantissa value) { return value < 0 ? -1 : value > 0 ? 1 : 0; }

std::string mantissa_digits(Mantissa value) {
  if (value == 0) return "0";
  std::string digits;
  for (Mantissa rest = magnitude(value); rest != 0; rest /= 10) digits.insert(digits.begin(), char('0' + int(rest % 10)));
  return digits;
}

}  // namespace

void Decimal::normalize() {
  if (mantissa_ == 0) {
    exponent_ = 0;
    return;
  }
  while (mantissa_ % 10 == 0) {
    mantissa_ /= 10;
    ++exponent_;
  }
}

std::optional<Decimal> Decimal::from_double(double value) {
  if (std::isnan(value) || std::isinf(value)) return std::nullopt;
  return parse(format_ruby_float(value));
}

std::optional<Decimal> Decimal::parse(std::string_view text) {
  size_t i = 0;
  const bool negative = i < text.size() && text[i] == '-';
  if (negative || (i < text.size() && text[i] == '+')) ++i;
  Mantissa mantissa = 0;
  int exponent = 0, digits = 0;
  bool seen_point = false, any_digit = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.' && !seen_point) {
      seen_point = true;
      continue;
    }
    if (c < '0' || c > '9') break;
    any_digit = true;
    if (mantissa == 0 && c == '0') {  // leading zeros take no room
      if (seen_point) --exponent;
      continue;
    }
    if (++digits > kMaxMantissaDigits) return std::nullopt;
    mantissa = mantissa * 10 + (c - '0');
    if (seen_point) --exponent;
  }
  if (!any_digit) return std::nullopt;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {  // Float#to_s writes 1.0e+16
    char* end = nullptr;
    const std::string rest(text.substr(i + 1));
    const long shift = std::strtol(rest.c_str(), &end, 10);
    if (end == rest.c_str() || *end != '\0' || shift > 100000 || shift < -100000) return std::nullopt;
    exponent += static_cast<int>(shift);
    i = text.size();
  }
  if (i != text.size()) return std::nullopt;
  return Decimal(negative ? -mantissa : mantissa, exponent);
}

double Decimal::to_double() const {
  const std::string text = (mantissa_ < 0 ? "-" : "") + mantissa_digits(mantissa_) + "e" + std::to_string(exponent_);
  return std::strtod(text.c_str(), nullptr);
}

std::optional<Decimal::Mantissa> Decimal::mantissa_at(int exponent) const {
  Mantissa mantissa = mantissa_;
  for (int e = exponent_; e > exponent; --e) {
    if (magnitude(mantissa) >= kTenPow37) return std::nullopt;
    mantissa *= 10;
  }
  return mantissa;
}

int Decimal::compare(const Decimal& other) const {
  const int common = std::min(exponent_, other.exponent_);
  const auto a = mantissa_at(common), b = other.mantissa_at(common);
  if (a && b) return *a < *b ? -1 : *a > *b ? 1 : 0;
  const double x = to_double(), y = other.to_double();
  return x < y ? -1 : x > y ? 1 : 0;
}

std::optional<Decimal> Decimal::plus(const Decimal& other) const {
  const int common = std::min(exponent_, other.exponent_);
  const auto a = mantissa_at(common), b = other.mantissa_at(common);
  if (!a || !b) return std::nullopt;
  return Decimal(*a + *b, common);
}

std::optional<Decimal> Decimal::minus(const Decimal& other) const {
  return plus(Decimal(-other.mantissa_, other.exponent_));
}

std::optional<Decimal> Decimal::times(const Decimal& other) const {
  if (mantissa_ == 0 || other.mantissa_ == 0) return Decimal();
  if (magnitude(mantissa_) > kTenPow37 / magnitude(other.mantissa_)) return std::nullopt;
  return Decimal(mantissa_ * other.mantissa_, exponent_ + other.exponent_);
}

std::optional<Decimal> Decimal::divided_by(const Decimal& other) const {
  const Mantissa divisor = magnitude(other.mantissa_);
  if (divisor == 0 || divisor >= kTenPow37) return std::nullopt;
  // Long division, one digit at a time, until the quotient has enough digits.
  Mantissa remainder = magnitude(mantissa_), quotient = remainder / divisor;
  remainder %= divisor;
  int exponent = exponent_ - other.exponent_;
  const Mantissa enough = power_of_ten(kQuotientDigits);
  while (remainder != 0 && quotient < enough) {
    remainder *= 10;
    quotient = quotient * 10 + remainder / divisor;
    remainder %= divisor;
    --exponent;
  }
  const bool negative = (mantissa_ < 0) != (other.mantissa_ < 0);
  return Decimal(negative ? -quotient : quotient, exponent);
}

std::optional<Decimal> Decimal::modulo(const Decimal& other) const {
  if (other.mantissa_ == 0) return std::nullopt;
  const int common = std::min(exponent_, other.exponent_);
  const auto divisor = other.mantissa_at(common);
  if (!divisor || magnitude(*divisor) >= kTenPow37) return std::nullopt;
  // The dividend's mantissa at `common` may not fit; its remainder does:
  // (m * 10^k) mod d, one power of ten at a time.
  Mantissa remainder = mantissa_ % *divisor;
  for (int e = exponent_; e > common; --e) remainder = (remainder * 10) % *divisor;
  if (remainder != 0 && sign_of(remainder) != sign_of(*divisor)) remainder += *divisor;
  return Decimal(remainder, common);
}

Decimal Decimal::truncated_to(int exponent) const {
  if (exponent_ >= exponent) return *this;
  const int dropped = exponent - exponent_;
  if (dropped > kMaxMantissaDigits + 1) return Decimal();
  return Decimal(mantissa_ / power_of_ten(dropped), exponent);
}

Decimal Decimal::round(int64_t digits) const {
  if (digits > 100000 || exponent_ >= -digits) return *this;
  const int target = static_cast<int>(-digits);
  const int dropped = target - exponent_;
  if (dropped > kMaxMantissaDigits + 1) return Decimal();
  const Mantissa unit = power_of_ten(dropped);
  Mantissa kept = mantissa_ / unit;
  const Mantissa rest = magnitude(mantissa_ % unit);
  if (rest * 2 >= unit) kept += sign_of(mantissa_);
  return Decimal(kept, target);
}

Decimal Decimal::floor() const {
  const Decimal whole = truncated_to(0);
  return (mantissa_ < 0 && whole.compare(*this) != 0) ? *whole.minus(Decimal(1, 0)) : whole;
}

Decimal Decimal::ceil() const {
  const Decimal whole = truncated_to(0);
  return (mantissa_ > 0 && whole.compare(*this) != 0) ? *whole.plus(Decimal(1, 0)) : whole;
}

std::optional<int64_t> Decimal::to_integer() const {
  const Decimal whole = truncated_to(0);
  const auto mantissa = whole.mantissa_at(0);
  if (!mantissa || *mantissa > INT64_MAX || *mantissa < INT64_MIN) return std::nullopt;
  return static_cast<int64_t>(*mantissa);
}

}  // namespace folio::liquid
