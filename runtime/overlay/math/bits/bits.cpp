// Native code of package math/bits: the runtime's error values for its
// overflowError and divideError (gc links them from package runtime).
#include <gocxx/runtime.h>

namespace gopkg::math::bits {

go::any runtimeError(go::string msg) { return go::impl::runtime_error_value(msg.view()); }

} // namespace gopkg::math::bits
