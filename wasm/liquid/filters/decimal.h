// Exact decimal arithmetic for the math filters. Liquid converts every float
// operand to Ruby's BigDecimal (from the float's shortest text) before it
// adds, subtracts, multiplies, divides or rounds, and converts the result
// back with to_f: so `0.1 | plus: 0.2` is 0.3 and `10.1 | modulo: 7.0` is 3.1,
// where plain double arithmetic gives 0.30000000000000004 and
// 3.0999999999999996. A Decimal is mantissa * 10^exponent with a 128-bit
// mantissa; an operation whose exact result does not fit answers nullopt and
// the caller falls back to double arithmetic (only for values beyond about
// 38 significant digits, which no site writes).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace folio::liquid {

class Decimal {
 public:
  __extension__ typedef __int128 Mantissa;  // __extension__: -Wpedantic knows no __int128

  Decimal() = default;
  static Decimal from_integer(int64_t value) { return Decimal(value, 0); }
  // The decimal a double prints as (Ruby's BigDecimal(float.to_s)); nullopt
  // for NaN and infinities.
  static std::optional<Decimal> from_double(double value);
  // "-12.50", "3" (digits with an optional sign and fraction); nullopt when the
  // text is anything else or has too many digits.
  static std::optional<Decimal> parse(std::string_view text);

  double to_double() const;
  bool is_zero() const { return mantissa_ == 0; }
  bool is_negative() const { return mantissa_ < 0; }
  int compare(const Decimal& other) const;  // -1, 0, 1; exact

  std::optional<Decimal> plus(const Decimal& other) const;
  std::optional<Decimal> minus(const Decimal& other) const;
  std::optional<Decimal> times(const Decimal& other) const;
  // Quotient to about 36 significant digits (more than a double holds, so
  // to_double rounds it as Ruby does). The divisor must not be zero.
  std::optional<Decimal> divided_by(const Decimal& other) const;
  // Ruby's % : the remainder takes the divisor's sign. Divisor not zero.
  std::optional<Decimal> modulo(const Decimal& other) const;
  Decimal abs() const { return Decimal(mantissa_ < 0 ? -mantissa_ : mantissa_, exponent_); }
  // Rounds half away from zero to `digits` after the point (negative: to
  // tens, hundreds...), as BigDecimal#round does by default.
  Decimal round(int64_t digits) const;
  Decimal floor() const;
  Decimal ceil() const;
  // The integral value, when it fits in int64.
  std::optional<int64_t> to_integer() const;

 private:
  Decimal(Mantissa mantissa, int exponent) : mantissa_(mantissa), exponent_(exponent) { normalize(); }
  void normalize();
  // This value's mantissa at a smaller exponent, when it fits.
  std::optional<Mantissa> mantissa_at(int exponent) const;
  Decimal truncated_to(int exponent) const;  // toward zero, to a multiple of 10^exponent

  Mantissa mantissa_ = 0;
  int exponent_ = 0;
};

}  // namespace folio::liquid
