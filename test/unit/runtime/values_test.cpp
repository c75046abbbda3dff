// Strings, slices, arrays and Go's integer arithmetic, including the exact
// texts of the runtime errors they raise.
#include "gocxx/runtime.h"

#include <gtest/gtest.h>

#include <string>

using namespace go::literals;

namespace {

// The Error() text of the panic fn raises, or "" when it does not panic.
template <class F> std::string panic_text(F fn) {
  try {
    fn();
  } catch (go::impl::panic_exception &e) {
    if (const go::abi::method *m = go::abi::find_method(e.value.type, "Error"))
      return std::string(
          reinterpret_cast<go::string (*)(void *)>(const_cast<void *>(m->ifn))(e.value.data)
              .view());
    if (e.value.type == &go::abi::type_string.r)
      return std::string(static_cast<go::string *>(e.value.data)->view());
    return "<non-error panic>";
  }
  return "";
}

TEST(String, LiteralsKeepEmbeddedNuls) {
  go::string s = "a\0b"_gs;
  EXPECT_EQ(go::len(s), 3);
  EXPECT_EQ(go::index(s, 1), 0);
  constexpr go::string c = "const"_gs;
  static_assert(c.n == 5);
}

TEST(String, ConcatCompareSlice) {
  go::string a = "hello"_gs, b = ", world"_gs;
  go::string c = a + b;
  EXPECT_EQ(c.view(), "hello, world");
  EXPECT_TRUE(a < b == false);
  EXPECT_TRUE("abc"_gs < "abd"_gs);
  EXPECT_TRUE("ab"_gs < "abc"_gs);
  EXPECT_TRUE("abc"_gs == go::to_string("abc"));
  EXPECT_EQ(go::slice_string(c, 7).view(), "world");
  EXPECT_EQ(go::slice_string(c, 0, 5).p, c.p); // substrings share bytes
}

TEST(String, BoundsErrors) {
  go::string s = "abc"_gs;
  EXPECT_EQ(panic_text([&] { go::index(s, 5); }),
            "runtime error: index out of range [5] with length 3");
  EXPECT_EQ(panic_text([&] { go::index(s, -1); }), "runtime error: index out of range [-1]");
  EXPECT_EQ(panic_text([&] { go::slice_string(s, 0, 5); }),
            "runtime error: slice bounds out of range [:5] with length 3");
  EXPECT_EQ(panic_text([&] { go::slice_string(s, 2, 1); }),
            "runtime error: slice bounds out of range [2:1]");
}

TEST(String, RunesAndBytes) {
  go::string s = "h\xC3\xA9llo\xFF"_gs; // é, then an invalid byte
  go::slice<int32_t> r = go::runes_from_string(s);
  ASSERT_EQ(r.len, 6);
  EXPECT_EQ(r[1], 0xE9);
  EXPECT_EQ(r[5], 0xFFFD);
  EXPECT_EQ(go::string_from_runes(r).view(), "h\xC3\xA9llo\xEF\xBF\xBD");
  EXPECT_EQ(go::string_from_rune(0x4E16).view(), "\xE4\xB8\x96");
  EXPECT_EQ(go::string_from_rune(-1).view(), "\xEF\xBF\xBD");
  go::slice<uint8_t> b = go::bytes_from_string("hello"_gs);
  EXPECT_EQ(b.len, 5);
  EXPECT_EQ(b.cap, 8); // gc rounds to its size class
  b[0] = 'j';
  EXPECT_EQ(go::string_from_bytes(b).view(), "jello");
}

TEST(Slice, AppendGrowsLikeGo) {
  go::slice<int64_t> s;
  std::vector<int64_t> caps;
  for (int64_t i = 0; i < 600; i++) {
    int64_t before = s.cap;
    s = go::append(s, i);
    if (s.cap != before)
      caps.push_back(s.cap);
  }
  // Printed by gc 1.19 for the same loop.
  std::vector<int64_t> want = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848};
  EXPECT_EQ(caps, want);
  for (int64_t i = 0; i < 600; i++)
    ASSERT_EQ(go::index(s, i), i);
  go::slice<uint8_t> b;
  b = go::append_string(b, "hello"_gs);
  EXPECT_EQ(b.cap, 8);
}

TEST(Slice, SlicingAndErrors) {
  go::slice<int64_t> s = go::make_slice<int64_t>(3, 5);
  go::slice<int64_t> t = go::slice_slice(s, 1, 4);
  EXPECT_EQ(t.len, 3);
  EXPECT_EQ(t.cap, 4);
  go::slice<int64_t> u = go::slice_slice3(s, 1, 2, 3);
  EXPECT_EQ(u.cap, 2);
  EXPECT_EQ(panic_text([&] { go::index(s, 3); }),
            "runtime error: index out of range [3] with length 3");
  EXPECT_EQ(panic_text([&] { go::slice_slice(s, 0, 6); }),
            "runtime error: slice bounds out of range [:6] with capacity 5");
  EXPECT_EQ(panic_text([&] { go::slice_slice(s, 3, 2); }),
            "runtime error: slice bounds out of range [3:2]");
  EXPECT_EQ(panic_text([&] { go::slice_slice3(s, 0, 1, 9); }),
            "runtime error: slice bounds out of range [::9] with capacity 5");
  EXPECT_EQ(panic_text([&] { go::slice_slice3(s, 0, 4, 3); }),
            "runtime error: slice bounds out of range [:4:3]");
  EXPECT_EQ(panic_text([&] { go::make_slice<int64_t>(-1); }),
            "runtime error: makeslice: len out of range");
  go::slice<int64_t> d = go::make_slice<int64_t>(2);
  EXPECT_EQ(go::copy(d, go::slice_of<int64_t>({7, 8, 9})), 2);
  EXPECT_EQ(d[1], 8);
}

TEST(Array, BoundsAndEquality) {
  go::array<int64_t, 3> a{}, b{};
  a[1] = 5;
  EXPECT_FALSE(a == b);
  b[1] = 5;
  EXPECT_TRUE(a == b);
  EXPECT_EQ(panic_text([&] { a[3] = 1; }), "runtime error: index out of range [3] with length 3");
  go::slice<int64_t> s = go::slice_array(&a, 1);
  EXPECT_EQ(s.len, 2);
  s[0] = 9;
  EXPECT_EQ(a[1], 9);
}

TEST(Arith, DivisionAndShifts) {
  EXPECT_EQ(go::div<int64_t>(7, -2), -3);
  EXPECT_EQ(go::mod<int64_t>(-7, 2), -1);
  EXPECT_EQ(go::div<int64_t>(INT64_MIN, -1), INT64_MIN);
  EXPECT_EQ(go::mod<int64_t>(INT64_MIN, -1), 0);
  EXPECT_EQ(go::div<int8_t>(-128, -1), -128);
  EXPECT_EQ(panic_text([] { go::div<int64_t>(1, 0); }), "runtime error: integer divide by zero");
  EXPECT_EQ(go::shl<int64_t>(1, 64), 0);
  EXPECT_EQ(go::shl<uint8_t>(1, 7), 128);
  EXPECT_EQ(go::shr<int64_t>(-8, 100), -1);
  EXPECT_EQ(go::shr<uint32_t>(0x80000000u, 31), 1u);
  EXPECT_EQ(panic_text([] { go::shl<int64_t>(1, int64_t(-1)); }),
            "runtime error: negative shift amount");
}

TEST(Interface, AssertAndCompare) {
  go::any a = go::box("x"_gs);
  EXPECT_EQ(go::assert_type<go::string>(a, &go::abi::type_string.r).view(), "x");
  EXPECT_EQ(panic_text([&] { go::assert_type<int64_t>(a, &go::abi::type_int.r); }),
            "interface conversion: interface {} is string, not int");
  EXPECT_EQ(panic_text([&] { go::assert_type<int64_t>(go::any{}, &go::abi::type_int.r); }),
            "interface conversion: interface {} is nil, not int");
  EXPECT_FALSE(go::assert_type2<int64_t>(a, &go::abi::type_int.r).second);
  EXPECT_TRUE(go::box(int64_t(3)) == go::box(int64_t(3)));
  EXPECT_FALSE(go::box(int64_t(3)) == go::box(int32_t(3)));
  EXPECT_EQ(go::abi::string_of(go::type_of<int32_t>()).view(), "int32");
  // A composite type's descriptor is one object wherever it is spelt.
  auto *s1 = &go::abi::slice_of<&go::abi::type_int.r, go::abi::text("[]int")>.t.r;
  auto *s2 =
      &go::abi::slice_of<&go::abi::type_int.r, go::abi::text("[]") + go::abi::text("int")>.t.r;
  EXPECT_EQ(s1, s2);
  EXPECT_EQ(go::abi::string_of(s1).view(), "[]int");
  // Runtime errors are errors: their itab for error is found.
  go::any r;
  try {
    go::impl::panic_nil_map();
  } catch (go::impl::panic_exception &e) {
    r = e.value;
  }
  auto [i, ok] = go::assert_iface2(r, &go::abi::type_error.t.r);
  EXPECT_TRUE(ok);
  EXPECT_EQ(go::error_message(i).view(), "assignment to entry in nil map");
}

} // namespace
