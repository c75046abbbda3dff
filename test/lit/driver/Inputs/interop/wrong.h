// A C++ declaration that does not match its Go one (int, not int64_t).
#pragma once

namespace calc {
double scale(double x, int by);
}
