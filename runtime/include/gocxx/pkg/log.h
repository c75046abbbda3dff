// Native package log (declarations in runtime/native/log).
#pragma once
#include "gocxx/runtime.h"

namespace gopkg::log {
void Print(go::slice<go::any> v);
void Printf(go::string format, go::slice<go::any> v);
void Println(go::slice<go::any> v);
[[noreturn]] void Fatal(go::slice<go::any> v);
[[noreturn]] void Fatalf(go::string format, go::slice<go::any> v);
[[noreturn]] void Fatalln(go::slice<go::any> v);
[[noreturn]] void Panic(go::slice<go::any> v);
[[noreturn]] void Panicf(go::string format, go::slice<go::any> v);
[[noreturn]] void Panicln(go::slice<go::any> v);
void SetFlags(int64_t flag);
int64_t Flags();
void SetPrefix(go::string prefix);
go::string Prefix();
} // namespace gopkg::log
