// The builtins print and println: unformatted output to standard error in
// the runtime's own format (floats as +1.500000e+000, pointers in hex,
// interfaces as (type,data) pairs). Each call makes one write(2).
#pragma once

#include "gocxx/runtime/core.h"
#include "gocxx/runtime/string.h"
#include "gocxx/runtime/types.h"

#include <complex>
#include <string>

namespace go::impl {

void print_value(std::string &out, bool v);
void print_value(std::string &out, int64_t v);
void print_value(std::string &out, uint64_t v);
void print_value(std::string &out, double v);
void print_value(std::string &out, string v);
void print_value(std::string &out, const void *p);
void print_value(std::string &out, std::nullptr_t);
void print_value(std::string &out, any v);
void print_value(std::string &out, iface v);
inline void print_value(std::string &out, const char *s) { out += s; }
template <class T>
  requires std::is_integral_v<T> && std::is_signed_v<T> && (!std::is_same_v<T, bool>)
void print_value(std::string &out, T v) {
  print_value(out, int64_t(v));
}
template <class T>
  requires std::is_integral_v<T> && std::is_unsigned_v<T> && (!std::is_same_v<T, bool>)
void print_value(std::string &out, T v) {
  print_value(out, uint64_t(v));
}
inline void print_value(std::string &out, float v) { print_value(out, double(v)); }
// Complex numbers print as (re+imi) with both parts in print's float format.
template <class F> void print_value(std::string &out, std::complex<F> c) {
  out += "(";
  print_value(out, double(c.real()));
  print_value(out, double(c.imag()));
  out += "i)";
}
template <class T> void print_value(std::string &out, T *p) {
  print_value(out, static_cast<const void *>(p));
}
template <class Sig> void print_value(std::string &out, const func<Sig> &f) {
  print_value(out, f.address());
}
template <class T> void print_value(std::string &out, slice<T> s) {
  out += "[" + std::to_string(s.len) + "/" + std::to_string(s.cap) + "]";
  print_value(out, static_cast<const void *>(s.p));
}

void write_stderr(const std::string &s);
// One write(2) of all of p[0:n] (repeating on short writes); returns bytes written.
int64_t write_all(int fd, const char *p, size_t n);

template <class... A> void builtin_print(const A &...a) {
  std::string out;
  (print_value(out, a), ...);
  write_stderr(out);
}
template <class... A> void builtin_println(const A &...a) {
  std::string out;
  bool first = true;
  ((first ? void() : void(out += ' '), first = false, print_value(out, a)), ...);
  out += '\n';
  write_stderr(out);
}

} // namespace go::impl
