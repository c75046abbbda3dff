// The C++ function that the Go side calls (//gocxx:extern "host::inc").
#pragma once
#include <cstdint>
namespace host {
int64_t inc(int64_t x);
}
