// Native package os (declarations in runtime/native/os).
#pragma once
#include "gocxx/runtime.h"

namespace gopkg::os {
// The command-line arguments, starting with the program name.
extern go::slice<go::string> Args;
[[noreturn]] inline void Exit(int64_t code) { go::exit(int(code)); }
go::string Getenv(go::string key);
} // namespace gopkg::os
