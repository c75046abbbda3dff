// Literal decoding and numeric classification tests.
#include <gtest/gtest.h>

#include "gocxx/frontend/literals.h"

using namespace gocxx;

TEST(Literals, Strings) {
  std::string s;
  ASSERT_TRUE(decodeStringLiteral("\"a\\tb\\n\\\\\\\"\"", s));
  EXPECT_EQ(s, "a\tb\n\\\"");
  ASSERT_TRUE(decodeStringLiteral("\"\\xff\\000\\u00e9\\U0001F600\"", s));
  EXPECT_EQ(s, std::string("\xff\0", 2) + "é" + "😀");
  ASSERT_TRUE(decodeStringLiteral("`a\r\nb\\n`", s));
  EXPECT_EQ(s, "a\nb\\n"); // CR stripped, no escapes in raw strings
  ASSERT_TRUE(decodeStringLiteral("\"héllo\"", s));
  EXPECT_EQ(s, "héllo");
  EXPECT_FALSE(decodeStringLiteral("\"\\q\"", s));
  EXPECT_FALSE(decodeStringLiteral("\"abc", s));
  EXPECT_FALSE(decodeStringLiteral("\"\\uD800\"", s));
  EXPECT_FALSE(decodeStringLiteral("\"\\'\"", s));
}

TEST(Literals, Runes) {
  int32_t r;
  ASSERT_TRUE(decodeRuneLiteral("'a'", r));
  EXPECT_EQ(r, 'a');
  ASSERT_TRUE(decodeRuneLiteral("'\\''", r));
  EXPECT_EQ(r, '\'');
  ASSERT_TRUE(decodeRuneLiteral("'\\377'", r));
  EXPECT_EQ(r, 255);
  ASSERT_TRUE(decodeRuneLiteral("'\\x41'", r));
  EXPECT_EQ(r, 0x41);
  ASSERT_TRUE(decodeRuneLiteral("'世'", r));
  EXPECT_EQ(r, 0x4E16);
  ASSERT_TRUE(decodeRuneLiteral("'\\U0010FFFF'", r));
  EXPECT_EQ(r, 0x10FFFF);
  EXPECT_FALSE(decodeRuneLiteral("'ab'", r));
  EXPECT_FALSE(decodeRuneLiteral("''", r));
  EXPECT_FALSE(decodeRuneLiteral("'\\\"'", r));
}

TEST(Literals, Numbers) {
  NumberLiteral n;
  ASSERT_TRUE(classifyNumber("0x1F", n));
  EXPECT_EQ(n.base, 16);
  EXPECT_EQ(n.intDigits, "1F");
  EXPECT_EQ(n.kind, Token::INT);
  ASSERT_TRUE(classifyNumber("0777", n));
  EXPECT_EQ(n.base, 8);
  EXPECT_EQ(n.intDigits, "777");
  ASSERT_TRUE(classifyNumber("1_000", n));
  EXPECT_EQ(n.intDigits, "1000");
  ASSERT_TRUE(classifyNumber("0x1.8p-2", n));
  EXPECT_EQ(n.kind, Token::FLOAT);
  EXPECT_TRUE(n.binaryExponent);
  EXPECT_EQ(n.fracDigits, "8");
  EXPECT_EQ(n.exponent, -2);
  ASSERT_TRUE(classifyNumber("012.5e3", n));
  EXPECT_EQ(n.base, 10);
  EXPECT_EQ(n.intDigits, "012");
  EXPECT_EQ(n.exponent, 3);
  ASSERT_TRUE(classifyNumber("2.5i", n));
  EXPECT_EQ(n.kind, Token::IMAG);
  EXPECT_TRUE(n.imaginary);
  ASSERT_TRUE(classifyNumber("0b101", n));
  EXPECT_EQ(n.base, 2);
  EXPECT_FALSE(classifyNumber("0x1.8", n));
  EXPECT_FALSE(classifyNumber("09", n));
  EXPECT_FALSE(classifyNumber("1p3", n));
}

TEST(Literals, Quote) { EXPECT_EQ(quoteString("a\"b\n\x01é"), "\"a\\\"b\\n\\x01é\""); }
