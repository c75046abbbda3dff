// The precompiled runtime header: every emitted .cpp starts with
// `#include <gocxx/runtime.h>`, and parsing that header (with the std
// headers under it) was nearly all of a small program's compile time. One
// PCH per flag set is built on first use and kept in a cache directory
// shared by all gocxx processes of the user.
#pragma once

#include <string>

#include "clang_compile.h"

namespace gocxx::tools {

// Returns the path of an up-to-date PCH of <includeDir>/gocxx/runtime.h for
// units compiled with `opts` (in-process Clang only), building it if the
// cache lacks it. Returns "" when there is none to use; `why` then says why.
std::string precompiledRuntime(const CxxOptions &opts, const std::string &includeDir,
                               std::string &why);

// A hash of what compiled runtime code depends on: Clang's version, the
// language flags, and the runtime headers under includeDir (their paths,
// sizes, mtimes and contents). Also part of the key of cached std objects.
uint64_t runtimeKey(const CxxOptions &opts, const std::string &includeDir);

// A PCH of the runtime header and the std packages' headers a program
// most likely includes (fmt's and its imports'), in the build's std include
// directory incDir (whose files never change), for the units of user
// packages; "" with `why` set if fmt is not compiled yet or it cannot be made.
std::string precompiledStd(const CxxOptions &opts, const std::string &incDir, std::string &why);

// Removes a cached PCH that Clang refused (it may have been damaged, or a
// header it was built from changed in a way the key did not see), so that
// the next run builds a fresh one.
void discardPrecompiledRuntime(const std::string &pch);

} // namespace gocxx::tools
