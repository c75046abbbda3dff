// Native package unicode (declarations in runtime/native/unicode): category
// predicates and case mapping over tables generated from Go's own unicode
// package (runtime/lib/pkg_unicode_tables.cpp), so results match Go's for
// every rune; ASCII takes a fast path.
#pragma once
#include "gocxx/runtime.h"

namespace gopkg::unicode {

inline constexpr int32_t MaxRune = 0x10FFFF;
inline constexpr int32_t ReplacementChar = 0xFFFD;
inline constexpr int32_t MaxASCII = 0x7F;
inline constexpr int32_t MaxLatin1 = 0xFF;
inline constexpr int64_t UpperCase = 0;
inline constexpr int64_t LowerCase = 1;
inline constexpr int64_t TitleCase = 2;
inline constexpr int64_t MaxCase = 3;

bool IsLetter(int32_t r);
bool IsDigit(int32_t r);
bool IsNumber(int32_t r);
bool IsUpper(int32_t r);
bool IsLower(int32_t r);
bool IsTitle(int32_t r);
bool IsPunct(int32_t r);
bool IsSpace(int32_t r);
bool IsMark(int32_t r);
bool IsSymbol(int32_t r);
bool IsGraphic(int32_t r);
bool IsPrint(int32_t r);
bool IsControl(int32_t r);

int32_t To(int64_t case_, int32_t r);
int32_t ToUpper(int32_t r);
int32_t ToLower(int32_t r);
int32_t ToTitle(int32_t r);
int32_t SimpleFold(int32_t r);

// The generated tables: sorted, disjoint, inclusive ranges.
namespace tables {
struct rune_range {
  int32_t lo, hi;
};
// unicode.CaseRange: deltas to upper, lower and title case; a delta of
// MaxRune + 1 marks an alternating Upper/Lower sequence.
struct case_range {
  int32_t lo, hi;
  int32_t delta[3];
};
struct rune_pair {
  int32_t from, to;
};
extern const rune_range letter[], digit[], number[], upper[], lower[], title[], punct[], space[],
    mark[], symbol[], graphic[], print[], control[];
extern const int64_t letter_len, digit_len, number_len, upper_len, lower_len, title_len, punct_len,
    space_len, mark_len, symbol_len, graphic_len, print_len, control_len;
extern const case_range cases[];
extern const int64_t cases_len;
extern const rune_pair folds[]; // runes whose SimpleFold is not themselves
extern const int64_t folds_len;
} // namespace tables

} // namespace gopkg::unicode
