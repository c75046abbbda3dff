// Native package unicode: binary searches over the generated tables
// (pkg_unicode_tables.cpp), with Go's own ASCII shortcuts, and case mapping
// as Go's unicode.to does it over CaseRanges.
#include "gocxx/pkg/unicode.h"

namespace gopkg::unicode {

namespace {

bool in(const tables::rune_range *t, int64_t n, int32_t r) {
  int64_t lo = 0, hi = n;
  while (lo < hi) {
    int64_t m = lo + (hi - lo) / 2;
    if (r < t[m].lo)
      hi = m;
    else if (r > t[m].hi)
      lo = m + 1;
    else
      return true;
  }
  return false;
}

bool ascii_upper(int32_t r) { return r >= 'A' && r <= 'Z'; }
bool ascii_lower(int32_t r) { return r >= 'a' && r <= 'z'; }

} // namespace

#define GOCXX_UNICODE_PRED(Name, table)                                                            \
  bool Name(int32_t r) { return in(tables::table, tables::table##_len, r); }
GOCXX_UNICODE_PRED(IsNumber, number)
GOCXX_UNICODE_PRED(IsTitle, title)
GOCXX_UNICODE_PRED(IsPunct, punct)
GOCXX_UNICODE_PRED(IsMark, mark)
GOCXX_UNICODE_PRED(IsSymbol, symbol)
GOCXX_UNICODE_PRED(IsGraphic, graphic)
GOCXX_UNICODE_PRED(IsPrint, print)
GOCXX_UNICODE_PRED(IsControl, control)
#undef GOCXX_UNICODE_PRED

bool IsLetter(int32_t r) {
  if (uint32_t(r) <= MaxASCII)
    return ascii_upper(r) || ascii_lower(r);
  return in(tables::letter, tables::letter_len, r);
}

bool IsDigit(int32_t r) {
  if (uint32_t(r) <= MaxLatin1)
    return r >= '0' && r <= '9';
  return in(tables::digit, tables::digit_len, r);
}

bool IsUpper(int32_t r) {
  if (uint32_t(r) <= MaxASCII)
    return ascii_upper(r);
  return in(tables::upper, tables::upper_len, r);
}

bool IsLower(int32_t r) {
  if (uint32_t(r) <= MaxASCII)
    return ascii_lower(r);
  return in(tables::lower, tables::lower_len, r);
}

bool IsSpace(int32_t r) {
  if (uint32_t(r) <= MaxLatin1) {
    switch (r) {
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case ' ':
    case 0x85:
    case 0xA0:
      return true;
    default:
      return false;
    }
  }
  return in(tables::space, tables::space_len, r);
}

int32_t To(int64_t case_, int32_t r) {
  if (case_ < 0 || case_ >= MaxCase)
    return ReplacementChar;
  int64_t lo = 0, hi = tables::cases_len;
  while (lo < hi) {
    int64_t m = lo + (hi - lo) / 2;
    const tables::case_range &cr = tables::cases[m];
    if (cr.lo <= r && r <= cr.hi) {
      int32_t delta = cr.delta[case_];
      if (delta > MaxRune) {
        // An alternating Upper/Lower sequence starting with an upper case
        // letter: even offsets are upper case, odd ones lower; UpperCase and
        // TitleCase are even, LowerCase odd.
        return cr.lo + (((r - cr.lo) & ~1) | int32_t(case_ & 1));
      }
      return r + delta;
    }
    if (r < cr.lo)
      hi = m;
    else
      lo = m + 1;
  }
  return r;
}

int32_t ToUpper(int32_t r) {
  if (uint32_t(r) <= MaxASCII)
    return ascii_lower(r) ? r - ('a' - 'A') : r;
  return To(UpperCase, r);
}

int32_t ToLower(int32_t r) {
  if (uint32_t(r) <= MaxASCII)
    return ascii_upper(r) ? r + ('a' - 'A') : r;
  return To(LowerCase, r);
}

int32_t ToTitle(int32_t r) {
  if (uint32_t(r) <= MaxASCII)
    return ascii_lower(r) ? r - ('a' - 'A') : r;
  return To(TitleCase, r);
}

int32_t SimpleFold(int32_t r) {
  if (r < 0 || r > MaxRune)
    return r;
  int64_t lo = 0, hi = tables::folds_len;
  while (lo < hi) {
    int64_t m = lo + (hi - lo) / 2;
    if (tables::folds[m].from == r)
      return tables::folds[m].to;
    if (tables::folds[m].from < r)
      lo = m + 1;
    else
      hi = m;
  }
  return r;
}

} // namespace gopkg::unicode
