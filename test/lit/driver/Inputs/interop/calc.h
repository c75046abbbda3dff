// C++ functions that test/lit/driver/extern.go calls (//gocxx:extern).
#pragma once

#include <gocxx/runtime/export.h>

#include <tuple>

namespace calc {
double scale(double x, int64_t by);
int64_t sum_of(int64_t n, go::func<int64_t(int64_t)> f);
std::tuple<int64_t, go::string> upper(go::string s);
void note(go::slice<go::string> words, go::map<go::string, int64_t> *counts);
} // namespace calc
