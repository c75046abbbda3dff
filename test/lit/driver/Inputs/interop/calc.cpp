#include "calc.h"

#include <cctype>
#include <cstdio>
#include <string>

namespace calc {

double scale(double x, int64_t by) { return x * double(by); }

// Calls back into Go for each i.
int64_t sum_of(int64_t n, go::func<int64_t(int64_t)> f) {
  int64_t s = 0;
  for (int64_t i = 0; i < n; i++)
    s += f(i);
  return s;
}

std::tuple<int64_t, go::string> upper(go::string s) {
  std::string u(s.view());
  for (char &c : u)
    c = char(std::toupper(static_cast<unsigned char>(c)));
  return {s.n, go::to_string(u)};
}

void note(go::slice<go::string> words, go::map<go::string, int64_t> *) {
  std::string line = "C++ got";
  for (go::string w : words)
    line += " " + std::string(w.view());
  std::printf("%s\n", line.c_str());
  std::fflush(stdout);
}

} // namespace calc
