// Native code of package math: the functions Go writes in amd64 assembly
// (floor_asm.go, sqrt_asm.go, ...). Floor, Ceil, Trunc and Sqrt are single
// SSE4.1/SSE2 instructions that Clang emits for the C library's functions,
// with Go's results for ±0, ±Inf and NaN; the others take the package's own
// pure-Go versions, as Go's assembly computes the same values.
#include <cmath>

namespace gopkg::math {

double archFloor(double x) { return std::floor(x); }
double archCeil(double x) { return std::ceil(x); }
double archTrunc(double x) { return std::trunc(x); }
double archSqrt(double x) { return std::sqrt(x); }
double archMax(double x, double y) { return max(x, y); }
double archMin(double x, double y) { return min(x, y); }
double archExp(double x) { return exp(x); }
double archLog(double x) { return log(x); }
double archHypot(double p, double q) { return hypot(p, q); }

} // namespace gopkg::math
