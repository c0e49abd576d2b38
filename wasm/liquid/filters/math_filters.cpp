// Liquid 4's math filters. Liquid reads each operand with Utils.to_number:
// integers stay integers (and integer division floors, as Ruby's does);
// floats, and strings such as "2.5", become BigDecimal (here Decimal), and a
// decimal result goes back to a float. Anything else is 0.
#include <cmath>
#include <limits>
#include <string>

#include "liquid/filters/decimal.h"
#include "liquid/filters/filter_groups.h"
#include "liquid/filters/filter_support.h"

namespace folio::liquid {

namespace {

// An operand as Utils.to_number reads it. `decimal` is empty for a float
// that has no decimal (NaN, infinity), which then takes double arithmetic.
struct Number {
  bool is_integer = true;
  int64_t integer = 0;
  std::optional<Decimal> decimal;
  double floating = 0;

  static Number of_integer(int64_t value) { return Number{true, value, std::nullopt, 0}; }
  static Number of_double(double value) { return Number{false, 0, Decimal::from_double(value), value}; }
  static Number of_decimal(const Decimal& value) { return Number{false, 0, value, value.to_double()}; }

  Decimal as_decimal() const { return is_integer ? Decimal::from_integer(integer) : *decimal; }
  double as_double() const { return is_integer ? static_cast<double>(integer) : floating; }
  bool exact() const { return is_integer || decimal.has_value(); }
  Value to_value() const {
    if (is_integer) return integer;
    return decimal ? decimal->to_double() : floating;
  }
};

// Liquid's /\A-?\d+\.\d+\z/ on the stripped string: the strings that become
// decimals; any other string is read by String#to_i.
bool looks_decimal(std::string_view text) {
  size_t i = 0;
  if (i < text.size() && text[i] == '-') ++i;
  const size_t whole = i;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  if (i == whole || i >= text.size() || text[i] != '.') return false;
  const size_t fraction = ++i;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  return i > fraction && i == text.size();
}

std::string_view strip_ascii_space(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\0' || (c >= '\t' && c <= '\r'); };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

Number to_number(const Value& value) {
  if (value.is_integer()) return Number::of_integer(value.as_integer());
  if (value.is_float()) return Number::of_double(value.as_float());
  if (!value.is_string()) return Number::of_integer(0);
  const std::string_view text = strip_ascii_space(value.as_string());
  if (looks_decimal(text)) {
    if (const auto decimal = Decimal::parse(text)) return Number::of_decimal(*decimal);
    return Number::of_double(std::strtod(std::string(text).c_str(), nullptr));
  }
  return Number::of_integer(ruby_string_to_i(value.as_string()));
}

enum class Operation { plus, minus, times, divided_by, modulo };

double apply_double(Operation operation, double a, double b) {
  switch (operation) {
    case Operation::plus: return a + b;
    case Operation::minus: return a - b;
    case Operation::times: return a * b;
    case Operation::divided_by: return a / b;
    case Operation::modulo: {
      const double remainder = std::fmod(a, b);
      return (remainder != 0 && (remainder < 0) != (b < 0)) ? remainder + b : remainder;
    }
  }
  return 0;
}

// Integer arithmetic as Ruby's: division and modulo floor. A result beyond
// int64 (Ruby would make a Bignum) falls back to a float.
Number apply_integers(Operation operation, int64_t a, int64_t b) {
  int64_t result = 0;
  bool overflow = false;
  switch (operation) {
    case Operation::plus: overflow = __builtin_add_overflow(a, b, &result); break;
    case Operation::minus: overflow = __builtin_sub_overflow(a, b, &result); break;
    case Operation::times: overflow = __builtin_mul_overflow(a, b, &result); break;
    case Operation::divided_by:
    case Operation::modulo: {
      if (b == 0) throw FilterError("divided by 0");
      if (a == INT64_MIN && b == -1) {
        overflow = true;
        break;
      }
      int64_t quotient = a / b, remainder = a % b;
      if (remainder != 0 && ((remainder < 0) != (b < 0))) {
        --quotient;
        remainder += b;
      }
      result = operation == Operation::divided_by ? quotient : remainder;
      break;
    }
  }
  if (overflow) return Number::of_double(apply_double(operation, static_cast<double>(a), static_cast<double>(b)));
  return Number::of_integer(result);
}

// BigDecimal division by zero gives Infinity (or NaN for 0/0); its modulo
// by zero raises, as Integer's does.
Number divide_decimal_by_zero(Operation operation, const Decimal& dividend) {
  if (operation == Operation::modulo) throw FilterError("divided by 0");
  if (dividend.is_zero()) return Number::of_double(std::numeric_limits<double>::quiet_NaN());
  return Number::of_double(dividend.is_negative() ? -HUGE_VAL : HUGE_VAL);
}

Number apply(Operation operation, const Number& a, const Number& b) {
  if (a.is_integer && b.is_integer) return apply_integers(operation, a.integer, b.integer);
  if (a.exact() && b.exact()) {
    const Decimal x = a.as_decimal(), y = b.as_decimal();
    std::optional<Decimal> result;
    const bool divides = operation == Operation::divided_by || operation == Operation::modulo;
    if (divides && y.is_zero()) return divide_decimal_by_zero(operation, x);
    switch (operation) {
      case Operation::plus: result = x.plus(y); break;
      case Operation::minus: result = x.minus(y); break;
      case Operation::times: result = x.times(y); break;
      case Operation::divided_by: result = x.divided_by(y); break;
      case Operation::modulo: result = x.modulo(y); break;
    }
    if (result) return Number::of_decimal(*result);
  }
  return Number{false, 0, std::nullopt, apply_double(operation, a.as_double(), b.as_double())};
}

Value operate(const FilterCall& call, Operation operation) {
  return apply(operation, to_number(call.input), to_number(argument(call, 0))).to_value();
}

Value plus(const FilterCall& call, FilterContext&) { return operate(call, Operation::plus); }
Value minus(const FilterCall& call, FilterContext&) { return operate(call, Operation::minus); }
Value times(const FilterCall& call, FilterContext&) { return operate(call, Operation::times); }
Value divided_by(const FilterCall& call, FilterContext&) { return operate(call, Operation::divided_by); }
Value modulo(const FilterCall& call, FilterContext&) { return operate(call, Operation::modulo); }

Value abs(const FilterCall& call, FilterContext&) {
  const Number number = to_number(call.input);
  if (number.is_integer) {
    if (number.integer == INT64_MIN) return -static_cast<double>(INT64_MIN);
    return number.integer < 0 ? -number.integer : number.integer;
  }
  return number.decimal ? number.decimal->abs().to_double() : std::fabs(number.floating);
}

// ceil, floor and round of NaN or infinity raise FloatDomainError in Ruby.
[[noreturn]] void raise_float_domain(double value) { throw FilterError(format_ruby_float(value)); }

Value to_integer_value(const Decimal& value) {
  if (const auto integer = value.to_integer()) return *integer;
  return value.to_double();  // beyond int64: Ruby's Bignum, shown here as a float
}

Value ceil(const FilterCall& call, FilterContext&) {
  const Number number = to_number(call.input);
  if (number.is_integer) return number.integer;
  if (!number.decimal) raise_float_domain(number.floating);
  return to_integer_value(number.decimal->ceil());
}

Value floor(const FilterCall& call, FilterContext&) {
  const Number number = to_number(call.input);
  if (number.is_integer) return number.integer;
  if (!number.decimal) raise_float_domain(number.floating);
  return to_integer_value(number.decimal->floor());
}

// round(n): half away from zero. An integer input stays an integer; a
// decimal one gives a float, except that `round`, `round: 0` and a
// negative n give an integer. The digits are read with to_number too, so
// "1" is 1 and "foo" is 0 (but not the literal 0: "5.666 | round: 'foo'"
// is 6 only because BigDecimal#round(0) answers an Integer).
Value round(const FilterCall& call, FilterContext&) {
  const Number number = to_number(call.input);
  const Number digits_number = has_argument(call, 0) ? to_number(argument(call, 0)) : Number::of_integer(0);
  const int64_t digits = digits_number.is_integer ? digits_number.integer
                                                  : static_cast<int64_t>(std::trunc(digits_number.as_double()));
  if (number.is_integer) {
    if (digits >= 0) return number.integer;
    return to_integer_value(Decimal::from_integer(number.integer).round(digits));
  }
  if (!number.decimal) raise_float_domain(number.floating);
  const Decimal rounded = number.decimal->round(digits);
  if (digits <= 0) return to_integer_value(rounded);  // BigDecimal#round(n <= 0) is an Integer
  return rounded.to_double();
}

int compare_numbers(const Number& a, const Number& b) {
  if (a.is_integer && b.is_integer) return a.integer < b.integer ? -1 : a.integer > b.integer ? 1 : 0;
  if (a.exact() && b.exact()) return a.as_decimal().compare(b.as_decimal());
  return a.as_double() < b.as_double() ? -1 : a.as_double() > b.as_double() ? 1 : 0;
}

Value at_least(const FilterCall& call, FilterContext&) {
  const Number value = to_number(call.input), bound = to_number(argument(call, 0));
  return (compare_numbers(bound, value) > 0 ? bound : value).to_value();
}

Value at_most(const FilterCall& call, FilterContext&) {
  const Number value = to_number(call.input), bound = to_number(argument(call, 0));
  return (compare_numbers(bound, value) < 0 ? bound : value).to_value();
}

const FilterSpec kMathFilters[] = {
    {"abs", 0, 0, abs},
    {"at_least", 1, 1, at_least},
    {"at_most", 1, 1, at_most},
    {"ceil", 0, 0, ceil},
    {"divided_by", 1, 1, divided_by},
    {"floor", 0, 0, floor},
    {"minus", 1, 1, minus},
    {"modulo", 1, 1, modulo},
    {"plus", 1, 1, plus},
    {"round", 0, 1, round},
    {"times", 1, 1, times},
};

}  // namespace

FilterGroup math_filters() { return {kMathFilters, sizeof kMathFilters / sizeof kMathFilters[0]}; }

}  // namespace folio::liquid
