// Native package runtime: GC and the controls not inline in pkg/runtime.h.
#define GC_THREADS
#include <gc/gc.h>

#include "gocxx/pkg/runtime.h"

namespace gopkg::runtime {

void GC() { GC_gcollect(); }

} // namespace gopkg::runtime
