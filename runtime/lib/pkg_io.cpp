// Native packages io and os.File, and fmt's Fprint family: writing to an
// io.Writer goes through the Writer's method table, so user types that
// implement Write work as well as *os.File.
#include <unistd.h>

#include <cerrno>

#include "gocxx/pkg/errors.h"
#include "gocxx/pkg/fmt.h"
#include "gocxx/pkg/io.h"
#include "gocxx/pkg/native_types.h"
#include "gocxx/pkg/os.h"

using namespace go::literals;

namespace gopkg::io {

go::error EOF_ = go::errors_new("EOF"_gs);

const go::type_desc *Writer__type() {
  static const go::method_desc methods[] = {{"Write"_gs, nullptr, nullptr}};
  static const go::type_desc d = gopkg::native::interface_desc_of("io.Writer"_gs, methods);
  return &d;
}
const go::type_desc *Reader__type() {
  static const go::method_desc methods[] = {{"Read"_gs, nullptr, nullptr}};
  static const go::type_desc d = gopkg::native::interface_desc_of("io.Reader"_gs, methods);
  return &d;
}
const go::type_desc *StringWriter__type() {
  static const go::method_desc methods[] = {{"WriteString"_gs, nullptr, nullptr}};
  static const go::type_desc d = gopkg::native::interface_desc_of("io.StringWriter"_gs, methods);
  return &d;
}

} // namespace gopkg::io

namespace gopkg::os {

File *Stdin = new File{0};
File *Stdout = new File{1};
File *Stderr = new File{2};

std::tuple<int64_t, go::error> File__Write(File *f, go::slice<uint8_t> b) {
  if (f == nullptr)
    return {0, go::errors_new("invalid argument"_gs)};
  int64_t done = 0;
  while (done < b.len) {
    ssize_t n = ::write(int(f->fd), b.p + done, size_t(b.len - done));
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return {done, go::errors_new(go::to_string(std::string("write: ") + std::strerror(errno)))};
    }
    done += n;
  }
  return {done, go::error{}};
}

std::tuple<int64_t, go::error> File__WriteString(File *f, go::string s) {
  return File__Write(f, go::slice<uint8_t>{const_cast<uint8_t *>(s.p), s.n, s.n});
}

const go::type_desc *File__type() {
  static const go::type_desc d =
      gopkg::native::struct_desc_of<File>("os.File"_gs, nullptr, 0, nullptr, true);
  return &d;
}

const go::type_desc *File__ptrtype() {
  static const go::method_desc methods[] = {
      {"Write"_gs, nullptr, gopkg::native::pointer_thunk<&File__Write>()},
      {"WriteString"_gs, nullptr, gopkg::native::pointer_thunk<&File__WriteString>()},
  };
  static const go::type_desc d =
      gopkg::native::pointer_desc_of<File>(File__type(), "*os.File"_gs, methods);
  return &d;
}

} // namespace gopkg::os

namespace gopkg::fmt {

const go::type_desc *Stringer__type() {
  static const go::method_desc methods[] = {{"String"_gs, nullptr, nullptr}};
  static const go::type_desc d = gopkg::native::interface_desc_of("fmt.Stringer"_gs, methods);
  return &d;
}

namespace {
std::tuple<int64_t, go::error> writeTo(go::iface w, go::string s) {
  go::slice<uint8_t> b{const_cast<uint8_t *>(s.p), s.n, s.n};
  return go::call_iface<std::tuple<int64_t, go::error>, go::slice<uint8_t>>(w, 0, b);
}
} // namespace

std::tuple<int64_t, go::error> Fprint(go::iface w, go::slice<go::any> a) {
  return writeTo(w, Sprint(a));
}
std::tuple<int64_t, go::error> Fprintln(go::iface w, go::slice<go::any> a) {
  return writeTo(w, Sprintln(a));
}
std::tuple<int64_t, go::error> Fprintf(go::iface w, go::string format, go::slice<go::any> a) {
  return writeTo(w, Sprintf(format, a));
}

} // namespace gopkg::fmt

namespace gopkg::errors {

go::error Unwrap(go::error err) {
  if (err.tab == nullptr)
    return go::error{};
  const go::method_desc *m = go::find_method(err.tab->type, "Unwrap"_gs);
  if (m == nullptr || m->fn == nullptr)
    return go::error{};
  return reinterpret_cast<go::error (*)(void *)>(m->fn)(err.data);
}

bool Is(go::error err, go::error target) {
  if (target.tab == nullptr)
    return err.tab == nullptr;
  bool comparable = target.tab->type->equal != nullptr;
  for (; err.tab != nullptr; err = Unwrap(err)) {
    if (comparable && go::to_any(err) == go::to_any(target))
      return true;
    if (const go::method_desc *m = go::find_method(err.tab->type, "Is"_gs); m && m->fn)
      if (reinterpret_cast<bool (*)(void *, go::error)>(m->fn)(err.data, target))
        return true;
  }
  return false;
}

// errors.As(err, &target): target points at a variable of a concrete type
// or an interface type; the first error in the chain that is (or implements)
// it is stored there.
bool As(go::error err, go::any target) {
  if (target.type == nullptr || target.type->kind != go::kind::pointer ||
      target.type->elem == nullptr)
    go::impl::panic_plain("errors: target must be a non-nil pointer");
  void *dst = *static_cast<void **>(target.data);
  if (dst == nullptr)
    go::impl::panic_plain("errors: target must be a non-nil pointer");
  const go::type_desc *want = target.type->elem;
  for (; err.tab != nullptr; err = Unwrap(err)) {
    const go::type_desc *have = err.tab->type;
    if (want->kind == go::kind::interface) {
      if (want->nmethods == 0) {
        *static_cast<go::any *>(dst) = go::to_any(err);
        return true;
      }
      if (const go::itab *tab = go::find_itab(have, want)) {
        *static_cast<go::iface *>(dst) = go::iface{tab, err.data};
        return true;
      }
    } else if (go::same_type(have, want)) {
      std::memcpy(dst, err.data, size_t(want->size));
      return true;
    }
  }
  return false;
}

} // namespace gopkg::errors
