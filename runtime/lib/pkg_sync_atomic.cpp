// Native package sync/atomic: the type descriptors of its wrapper types (the
// operations are inline in gocxx/pkg/sync/atomic.h).
#include "gocxx/pkg/sync/atomic.h"

#include "gocxx/pkg/native_types.h"

using namespace go::literals;

namespace gopkg::sync::atomic {

using gopkg::native::pointer_thunk;

namespace {
template <class T> go::type_desc struct_desc(go::string name, const go::field_desc *fields) {
  return gopkg::native::struct_desc_of<T>(name, fields, 1, &go::impl::equal_fn<T>, true);
}
} // namespace

const go::type_desc *Int32__type() {
  static const go::field_desc fields[] = {{"v"_gs, &go::impl::type_int32, 0, false}};
  static const go::type_desc desc = struct_desc<Int32>("atomic.Int32"_gs, fields);
  return &desc;
}
const go::type_desc *Int32__ptrtype() {
  static const go::method_desc methods[] = {
      {"Add"_gs, nullptr, pointer_thunk<&Int32__Add>()},
      {"CompareAndSwap"_gs, nullptr, pointer_thunk<&Int32__CompareAndSwap>()},
      {"Load"_gs, nullptr, pointer_thunk<&Int32__Load>()},
      {"Store"_gs, nullptr, pointer_thunk<&Int32__Store>()},
      {"Swap"_gs, nullptr, pointer_thunk<&Int32__Swap>()},
  };
  static const go::type_desc desc =
      gopkg::native::pointer_desc_of<Int32>(Int32__type(), "*atomic.Int32"_gs, methods);
  return &desc;
}

const go::type_desc *Int64__type() {
  static const go::field_desc fields[] = {{"v"_gs, &go::impl::type_int64, 0, false}};
  static const go::type_desc desc = struct_desc<Int64>("atomic.Int64"_gs, fields);
  return &desc;
}
const go::type_desc *Int64__ptrtype() {
  static const go::method_desc methods[] = {
      {"Add"_gs, nullptr, pointer_thunk<&Int64__Add>()},
      {"CompareAndSwap"_gs, nullptr, pointer_thunk<&Int64__CompareAndSwap>()},
      {"Load"_gs, nullptr, pointer_thunk<&Int64__Load>()},
      {"Store"_gs, nullptr, pointer_thunk<&Int64__Store>()},
      {"Swap"_gs, nullptr, pointer_thunk<&Int64__Swap>()},
  };
  static const go::type_desc desc =
      gopkg::native::pointer_desc_of<Int64>(Int64__type(), "*atomic.Int64"_gs, methods);
  return &desc;
}

const go::type_desc *Uint32__type() {
  static const go::field_desc fields[] = {{"v"_gs, &go::impl::type_uint32, 0, false}};
  static const go::type_desc desc = struct_desc<Uint32>("atomic.Uint32"_gs, fields);
  return &desc;
}
const go::type_desc *Uint32__ptrtype() {
  static const go::method_desc methods[] = {
      {"Add"_gs, nullptr, pointer_thunk<&Uint32__Add>()},
      {"CompareAndSwap"_gs, nullptr, pointer_thunk<&Uint32__CompareAndSwap>()},
      {"Load"_gs, nullptr, pointer_thunk<&Uint32__Load>()},
      {"Store"_gs, nullptr, pointer_thunk<&Uint32__Store>()},
      {"Swap"_gs, nullptr, pointer_thunk<&Uint32__Swap>()},
  };
  static const go::type_desc desc =
      gopkg::native::pointer_desc_of<Uint32>(Uint32__type(), "*atomic.Uint32"_gs, methods);
  return &desc;
}

const go::type_desc *Uint64__type() {
  static const go::field_desc fields[] = {{"v"_gs, &go::impl::type_uint64, 0, false}};
  static const go::type_desc desc = struct_desc<Uint64>("atomic.Uint64"_gs, fields);
  return &desc;
}
const go::type_desc *Uint64__ptrtype() {
  static const go::method_desc methods[] = {
      {"Add"_gs, nullptr, pointer_thunk<&Uint64__Add>()},
      {"CompareAndSwap"_gs, nullptr, pointer_thunk<&Uint64__CompareAndSwap>()},
      {"Load"_gs, nullptr, pointer_thunk<&Uint64__Load>()},
      {"Store"_gs, nullptr, pointer_thunk<&Uint64__Store>()},
      {"Swap"_gs, nullptr, pointer_thunk<&Uint64__Swap>()},
  };
  static const go::type_desc desc =
      gopkg::native::pointer_desc_of<Uint64>(Uint64__type(), "*atomic.Uint64"_gs, methods);
  return &desc;
}

const go::type_desc *Bool__type() {
  static const go::field_desc fields[] = {{"v"_gs, &go::impl::type_uint32, 0, false}};
  static const go::type_desc desc = struct_desc<Bool>("atomic.Bool"_gs, fields);
  return &desc;
}
const go::type_desc *Bool__ptrtype() {
  static const go::method_desc methods[] = {
      {"CompareAndSwap"_gs, nullptr, pointer_thunk<&Bool__CompareAndSwap>()},
      {"Load"_gs, nullptr, pointer_thunk<&Bool__Load>()},
      {"Store"_gs, nullptr, pointer_thunk<&Bool__Store>()},
      {"Swap"_gs, nullptr, pointer_thunk<&Bool__Swap>()},
  };
  static const go::type_desc desc =
      gopkg::native::pointer_desc_of<Bool>(Bool__type(), "*atomic.Bool"_gs, methods);
  return &desc;
}

} // namespace gopkg::sync::atomic
