// Native code of package mime/multipart: readMIMEHeader is net/textproto's
// unexported function, which gc links in by //go:linkname; here the call
// reaches it by its C++ name.
#include "gopkg/net.textproto.h"

namespace gopkg::mime::multipart {

std::tuple<gopkg::net::textproto::MIMEHeader, go::iface>
readMIMEHeader(gopkg::net::textproto::Reader *r, int64_t maxMemory, int64_t maxHeaders) {
  return gopkg::net::textproto::readMIMEHeader(r, maxMemory, maxHeaders);
}

} // namespace gopkg::mime::multipart
