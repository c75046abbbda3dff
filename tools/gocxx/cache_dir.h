// The user's gocxx cache directory, shared by all gocxx processes of the
// user: the precompiled runtime header (runtime_pch.h) and compiled
// standard-library packages (std_cache.h) live there.
#pragma once

#include <cstdint>
#include <string>

namespace gocxx::tools {

// $XDG_CACHE_HOME/gocxx, else ~/.cache/gocxx, else /tmp/gocxx-cache-$UID
// (created 0700 and used only if this user owns it). Returns "" with `why`
// set when none is usable.
std::string cacheDir(std::string &why);

// A cache key as 16 hex digits.
std::string hexKey(uint64_t v);

} // namespace gocxx::tools
