// Native code of package time/tzdata: registerLoadFromEmbeddedTZData is
// package time's unexported function, which gc links in by
// //go:linkname; here the call reaches it by its C++ name.
#include "gopkg/time.h"

namespace gopkg::time_::tzdata {

void registerLoadFromEmbeddedTZData(go::func<std::tuple<go::string, go::iface>(go::string)> f) {
  gopkg::time_::registerLoadFromEmbeddedTZData(f);
}

} // namespace gopkg::time_::tzdata
