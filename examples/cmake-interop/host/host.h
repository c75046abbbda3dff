// The C++ host's functions that the Go package stats calls
// (//gocxx:extern). Their types are the Go functions' in gocxx's mapping
// (gocxx/runtime/export.h): Go's int is int64_t, string is go::string.
#pragma once

#include <gocxx/runtime/export.h>

namespace host {
void report(go::string line);
int64_t weight(go::string word);
} // namespace host
