// Native package os (declarations in runtime/native/os).
#pragma once
#include <tuple>

#include "gocxx/runtime.h"

namespace gopkg::os {
// The command-line arguments, starting with the program name.
extern go::slice<go::string> Args;
[[noreturn]] inline void Exit(int64_t code) { go::exit(int(code)); }
go::string Getenv(go::string key);

// An open file; only the standard streams exist for now.
struct File {
  int64_t fd{};
  bool operator==(const File &) const = default;
};
std::tuple<int64_t, go::error> File__Write(File *f, go::slice<uint8_t> b);
std::tuple<int64_t, go::error> File__WriteString(File *f, go::string s);
extern File *Stdin;
extern File *Stdout;
extern File *Stderr;
const go::type_desc *File__type();
const go::type_desc *File__ptrtype();
} // namespace gopkg::os
