// The print and println builtins. Their output format is the Go runtime's
// own, not fmt's: floats always as sign, one digit, six decimals and a
// three-digit exponent (+1.500000e+000), computed the way the runtime does
// (repeated scaling by ten, then rounding at the seventh digit), so the last
// digit matches gc even where correct rounding would differ.
#include "sched_internal.h"

#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace go::impl {

void print_value(std::string &out, bool v) { out += v ? "true" : "false"; }

void print_value(std::string &out, int64_t v) { out += std::to_string(v); }

void print_value(std::string &out, uint64_t v) { out += std::to_string(v); }

void print_value(std::string &out, double v) {
  if (v != v) {
    out += "NaN";
    return;
  }
  if (std::isinf(v)) {
    out += v > 0 ? "+Inf" : "-Inf";
    return;
  }
  constexpr int digits = 7;
  char buf[14];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (std::signbit(v))
      buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < digits; i++)
      h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < digits; i++) {
    int d = int(v);
    buf[i + 2] = char('0' + d);
    v -= d;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[9] = 'e';
  buf[10] = '+';
  if (e < 0) {
    e = -e;
    buf[10] = '-';
  }
  buf[11] = char('0' + e / 100);
  buf[12] = char('0' + e / 10 % 10);
  buf[13] = char('0' + e % 10);
  out.append(buf, sizeof buf);
}

void print_value(std::string &out, string v) { out += v.view(); }

void print_value(std::string &out, const void *p) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%" PRIxPTR, reinterpret_cast<uintptr_t>(p));
  out += buf;
}

void print_value(std::string &out, std::nullptr_t) { out += "nil"; }

void print_value(std::string &out, any v) {
  out += '(';
  print_value(out, static_cast<const void *>(v.type));
  out += ',';
  print_value(out, static_cast<const void *>(v.data));
  out += ')';
}

void print_value(std::string &out, iface v) {
  out += '(';
  print_value(out, static_cast<const void *>(v.tab));
  out += ',';
  print_value(out, static_cast<const void *>(v.data));
  out += ')';
}

void write_stderr(const std::string &s) { write_all(2, s.data(), s.size()); }

int64_t write_all(int fd, const char *p, size_t n) {
  size_t off = 0;
  while (off < n) {
    ssize_t k = ::write(fd, p + off, n - off);
    if (k < 0) {
      if (errno == EINTR)
        continue;
      break;
    }
    off += size_t(k);
  }
  return int64_t(off);
}

} // namespace go::impl
