// A native subset of package fmt, until fmt is compiled from Go's sources:
// Print/Println/Printf to standard output (one write(2) per call, as Go's
// unbuffered os.Stdout), the S- forms returning strings, and Errorf.
// Values are formatted through their type descriptors with Go's rules for
// %v, %+v, %d, %s, %q, %x, %X, %c, %t, %f, %g, %e, %T, %p and friends,
// including the %!verb(type=value) error forms.
#pragma once

#include "gocxx/runtime/core.h"
#include "gocxx/runtime/slice.h"
#include "gocxx/runtime/string.h"
#include "gocxx/runtime/types.h"

#include <string>
#include <tuple>

namespace go::impl {
// Appends the formatted arguments to out (the engine behind package fmt).
void fmt_print(std::string &out, slice<any> a, bool spaces_always, bool newline);
void fmt_printf(std::string &out, string format, slice<any> a);
// One write(2) of all of s (repeating on short writes); returns bytes written.
int64_t write_all(int fd, const char *p, size_t n);
} // namespace go::impl

namespace gopkg::fmt {

std::tuple<int64_t, go::error> Print(go::slice<go::any> a);
std::tuple<int64_t, go::error> Println(go::slice<go::any> a);
std::tuple<int64_t, go::error> Printf(go::string format, go::slice<go::any> a);
go::string Sprint(go::slice<go::any> a);
go::string Sprintln(go::slice<go::any> a);
go::string Sprintf(go::string format, go::slice<go::any> a);
go::error Errorf(go::string format, go::slice<go::any> a);

} // namespace gopkg::fmt

namespace go {
// Convenience for runtime code and tests: a []any from C++ values.
template <class... A> slice<any> args(const A &...a) {
  slice<any> s = make_slice<any>(int64_t(sizeof...(A)));
  int64_t i = 0;
  ((s.p[i++] = box(a)), ...);
  return s;
}
} // namespace go
