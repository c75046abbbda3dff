// Native package strconv (declarations in runtime/native/strconv).
#pragma once
#include <tuple>

#include "gocxx/runtime.h"

namespace gopkg::strconv {
go::string Itoa(int64_t i);
std::tuple<int64_t, go::error> Atoi(go::string s);
go::string FormatInt(int64_t i, int64_t base);
std::tuple<int64_t, go::error> ParseInt(go::string s, int64_t base, int64_t bitSize);
std::tuple<double, go::error> ParseFloat(go::string s, int64_t bitSize);
go::string FormatFloat(double f, uint8_t fmt, int64_t prec, int64_t bitSize);
go::string Quote(go::string s);
go::string FormatBool(bool b);
} // namespace gopkg::strconv
