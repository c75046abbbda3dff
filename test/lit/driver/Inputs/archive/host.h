#pragma once
#include <cstdint>
namespace host {
int64_t twice(int64_t n);
}
