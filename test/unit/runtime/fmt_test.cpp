// The native fmt subset against outputs printed by gc 1.19 for the same
// format strings and values, and the print/println builtin format.
#include "gocxx/runtime.h"

#include <gtest/gtest.h>

using namespace go::literals;

namespace {

std::string sprintf(go::string f, go::slice<go::any> a) {
  return std::string(gopkg::fmt::Sprintf(f, a).view());
}

struct point {
  int64_t x;
  go::string name;
};
const go::field_desc point_fields[] = {
    {"X"_gs, &go::impl::type_int, offsetof(point, x), false},
    {"Name"_gs, &go::impl::type_string, offsetof(point, name), false}};
const go::type_desc point_desc = {
    go::kind::struct_, false,   true, sizeof(point), 8, "main.point"_gs, nullptr, nullptr,
    nullptr,           nullptr, 0,    point_fields,  2, nullptr,         0};
const go::type_desc *go_type_desc(point *) { return &point_desc; }

TEST(Fmt, PrintlnBasics) {
  EXPECT_EQ(gopkg::fmt::Sprintln(go::args("hello"_gs, int64_t(42), 3.14, 1e6, true)).view(),
            "hello 42 3.14 1e+06 true\n");
  EXPECT_EQ(gopkg::fmt::Sprint(go::args("a"_gs, int64_t(1), int64_t(2), "b"_gs)).view(), "a1 2b");
  EXPECT_EQ(
      gopkg::fmt::Sprintln(go::args(1e6, 123456.0, 1234567.0, 0.1, 1e21, 1e20, 1e-5, 0.0001, -0.0))
          .view(),
      "1e+06 123456 1.234567e+06 0.1 1e+21 1e+20 1e-05 0.0001 -0\n");
  EXPECT_EQ(
      gopkg::fmt::Sprintln(go::args(float(0.1), 123456789012345678.0, 1.0, 100.0, 1e100, 5e-324))
          .view(),
      "0.1 1.2345678901234568e+17 1 100 1e+100 5e-324\n");
  EXPECT_EQ(gopkg::fmt::Sprintln(go::args(int8_t(-3), uint8_t(200), int32_t('x'))).view(),
            "-3 200 120\n");
}

TEST(Fmt, Composite) {
  point p{1, "x"_gs};
  EXPECT_EQ(sprintf("%v %+v %T"_gs, go::args(p, p, p)), "{1 x} {X:1 Name:x} main.point");
  EXPECT_EQ(sprintf("%v"_gs, go::args(&p)), "&{1 x}");
  EXPECT_EQ(sprintf("%v %v"_gs, go::args(go::slice_of<go::string>({"a"_gs, "b"_gs}), go::any{})),
            "[a b] <nil>");
  EXPECT_EQ(sprintf("%v"_gs, go::args(go::slice_of<double>({1.5, 2}))), "[1.5 2]");
  EXPECT_EQ(sprintf("%v"_gs, go::args(go::errors_new("boom"_gs))), "boom");
  go::array<bool, 2> arr{};
  arr[0] = true;
  EXPECT_EQ(sprintf("%v"_gs, go::args(arr)), "[true false]");
  int64_t *nil = nullptr;
  EXPECT_EQ(sprintf("%v"_gs, go::args(nil)), "<nil>");
  EXPECT_EQ(sprintf("%p"_gs, go::args(nil)), "0x0");
}

TEST(Fmt, Verbs) {
  EXPECT_EQ(
      sprintf("%v|%.3g|%g|%e|%.2e|%8.3f|%-8.2f|%+.1f|%g"_gs,
              go::args(float(1) / 3, 1.0, 123456789.0, 0.0, 1234.5, 3.14159, 2.5, 1.25, 1e-7)),
      "0.33333334|1|1.23456789e+08|0.000000e+00|1.23e+03|   3.142|2.50    |+1.2|1e-07");
  EXPECT_EQ(
      sprintf("%05d|%-5d|%+05d|%x|%#o|%08b|%3c|%U|%#U|%q"_gs,
              go::args(int64_t(-42), int64_t(7), int64_t(3), int64_t(-255), int64_t(8), int64_t(5),
                       int32_t('x'), int32_t(0x1F600), int32_t('x'),
                       "a\tb\0\xC3\xBC\xE2\x80\xA8"_gs)),
      "-0042|7    |+0003|-ff|010|00000101|  x|U+1F600|U+0078 'x'|\"a\\tb\\x00\xC3\xBC\\u2028\"");
  EXPECT_EQ(
      sprintf("%6.2v|%10s|%-10q|%x|% X|%#x"_gs, go::args(3.14159, "hi"_gs, "q"_gs, "hello"_gs,
                                                         go::slice_of<uint8_t>({1, 171}), "hi"_gs)),
      "   3.1|        hi|\"q\"       |68656c6c6f|01 AB|0x6869");
  EXPECT_EQ(sprintf("%*d|%-*d|%.*f"_gs,
                    go::args(int64_t(5), int64_t(1), int64_t(4), int64_t(2), int64_t(2), 3.14159)),
            "    1|2   |3.14");
  EXPECT_EQ(sprintf("%d %q %x %X %o %b %c"_gs,
                    go::args(int64_t(255), int32_t('x'), int64_t(255), int64_t(255), int64_t(8),
                             int64_t(5), int32_t(0x4E16))),
            "255 'x' ff FF 10 101 \xE4\xB8\x96");
  EXPECT_EQ(sprintf("%t %5t %v %s %%"_gs, go::args(true, false, go::any{}, "s"_gs)),
            "true false <nil> s %");
}

TEST(Fmt, ErrorForms) {
  EXPECT_EQ(sprintf("%d %s"_gs, go::args("str"_gs, int64_t(5))), "%!d(string=str) %!s(int=5)");
  EXPECT_EQ(sprintf("%d"_gs, go::args()), "%!d(MISSING)");
  EXPECT_EQ(sprintf("%d"_gs, go::args(int64_t(1), int64_t(2))), "1%!(EXTRA int=2)");
  EXPECT_EQ(sprintf("%!"_gs, go::args()), "%!!(MISSING)");
  EXPECT_EQ(sprintf("%"_gs, go::args()), "%!(NOVERB)");
  EXPECT_EQ(sprintf("%t %s"_gs, go::args(int64_t(5), go::any{})), "%!t(int=5) %!s(<nil>)");
}

TEST(Fmt, FloatSpecials) {
  double inf = __builtin_inf();
  EXPECT_EQ(gopkg::fmt::Sprintln(go::args(inf, -inf, __builtin_nan(""))).view(), "+Inf -Inf NaN\n");
  EXPECT_EQ(
      sprintf("%5.1f|%-6v|%+v|%+f"_gs, go::args(inf, -inf, __builtin_nan(""), __builtin_nan(""))),
      " +Inf|-Inf  |NaN|+NaN");
}

TEST(Fmt, Errorf) {
  go::error e = gopkg::fmt::Errorf("err %d"_gs, go::args(int64_t(3)));
  EXPECT_EQ(go::error_message(e).view(), "err 3");
}

TEST(Print, BuiltinFormat) {
  std::string out;
  go::impl::print_value(out, 1.5);
  out += ' ';
  go::impl::print_value(out, 0.1);
  out += ' ';
  go::impl::print_value(out, -1e100);
  out += ' ';
  go::impl::print_value(out, 0.0);
  out += ' ';
  go::impl::print_value(out, int64_t(-7));
  out += ' ';
  go::impl::print_value(out, true);
  EXPECT_EQ(out, "+1.500000e+000 +1.000000e-001 -1.000000e+100 +0.000000e+000 -7 true");
}

} // namespace
