// Native code of package reflect: what gc's runtime gives it, on gocxx's
// descriptors (gocxx/runtime/abi.h), maps (map.h's untyped operations),
// channels and func values (reflect_call.h's func_ops).
#include <cstring>
#include <memory>
#include <vector>

namespace gopkg::reflect {

namespace {
const go::abi::rtype *abi_of(const rtype *t) { return reinterpret_cast<const go::abi::rtype *>(t); }
const go::abi::map_type *map_of(const void *t) { return static_cast<const go::abi::map_type *>(t); }
const go::abi::func_ops *ops_of(funcType *t) {
  return static_cast<const go::abi::func_ops *>(go::impl::nil_check(t)->ops);
}
} // namespace

void *unsafe_New(rtype *t) {
  const go::abi::rtype *r = abi_of(t);
  return go::gc_alloc(r->size ? r->size : 1, r->ptrdata != 0);
}
void *unsafe_NewArray(rtype *t, int64_t n) {
  const go::abi::rtype *r = abi_of(t);
  if (n < 0 || (r->size && uint64_t(n) > (uint64_t(1) << 40) / r->size))
    go::impl::panic_make_len();
  size_t bytes = size_t(r->size) * size_t(n);
  return go::gc_alloc(bytes ? bytes : 1, r->ptrdata != 0);
}

// ---- channels ---------------------------------------------------------------

int64_t chancap(void *ch) { return ch ? static_cast<go::impl::chan_core *>(ch)->cap : 0; }
void chanclose(void *ch) { go::impl::chan_close(static_cast<go::impl::chan_core *>(ch)); }
int64_t chanlen(void *ch) { return go::chan_len(static_cast<go::impl::chan_core *>(ch)); }
std::tuple<bool, bool> chanrecv(void *ch, bool nb, void *val) {
  bool ok = false;
  bool selected = go::impl::chan_recv(static_cast<go::impl::chan_core *>(ch), val, &ok, !nb);
  return {selected, selected && ok};
}
bool chansend(void *ch, void *val, bool nb) {
  return go::impl::chan_send(static_cast<go::impl::chan_core *>(ch), val, !nb);
}
void *makechan(rtype *typ, int64_t size) {
  auto *ct = reinterpret_cast<const go::abi::chan_type *>(typ);
  return go::impl::make_chan_untyped(int64_t(ct->elem->size), ct->elem->ptrdata != 0, size);
}

std::tuple<int64_t, bool> rselect(go::slice<runtimeSelect> cases) {
  std::vector<go::select_case> sc;
  std::vector<int64_t> index; // of each select_case in cases
  std::vector<bool> oks(size_t(cases.len));
  bool has_default = false;
  int64_t default_index = -1;
  for (int64_t i = 0; i < cases.len; ++i) {
    runtimeSelect &c = cases.p[i];
    if (c.dir == 3) { // SelectDefault
      has_default = true;
      default_index = i;
      continue;
    }
    go::select_case k{static_cast<go::impl::chan_core *>(c.ch), c.val, nullptr, c.dir == 1};
    sc.push_back(k);
    index.push_back(i);
  }
  bool ok_store[64];
  std::unique_ptr<bool[]> ok_heap;
  bool *ok_buf = sc.size() <= 64 ? ok_store : (ok_heap.reset(new bool[sc.size()]), ok_heap.get());
  for (size_t i = 0; i < sc.size(); ++i) {
    ok_buf[i] = false;
    if (!sc[i].is_send)
      sc[i].ok = &ok_buf[i];
  }
  int64_t chosen = go::select(sc.data(), int64_t(sc.size()), has_default);
  if (chosen < 0)
    return {default_index, false};
  return {index[size_t(chosen)], !sc[size_t(chosen)].is_send && ok_buf[chosen]};
}

// ---- maps -------------------------------------------------------------------

void *makemap(rtype *t, int64_t cap) { return go::impl::map_make(map_of(t), cap); }
void *mapaccess(rtype *t, void *m, void *key) {
  return go::impl::map_find(map_of(t), static_cast<go::impl::map_base *>(m), key);
}
void *mapaccess_faststr(rtype *t, void *m, go::string key) { return mapaccess(t, m, &key); }
void mapassign(rtype *t, void *m, void *key, void *val) {
  const go::abi::map_type *mt = map_of(t);
  void *slot = go::impl::map_insert(mt, static_cast<go::impl::map_base *>(m), key);
  std::memmove(slot, val, mt->elem->size);
}
void mapassign_faststr(rtype *t, void *m, go::string key, void *val) { mapassign(t, m, &key, val); }
void mapdelete(rtype *t, void *m, void *key) {
  go::impl::map_erase(map_of(t), static_cast<go::impl::map_base *>(m), key);
}
void mapdelete_faststr(rtype *t, void *m, go::string key) { mapdelete(t, m, &key); }
int64_t maplen(void *m) { return m ? static_cast<go::impl::map_base *>(m)->live_ : 0; }

// hiter's fields keep a go::impl::map_cursor: h the map, buckets the
// entries iterated, startBucket their count, bucket the next index.
void mapiternext(hiter *it) {
  go::impl::map_cursor c;
  c.m = static_cast<go::impl::map_base *>(it->h);
  c.entries = it->buckets;
  c.count = int64_t(it->startBucket);
  c.i = int64_t(it->bucket);
  if (c.m)
    go::impl::map_cursor_next(map_of(it->t), &c);
  it->bucket = uintptr_t(c.i);
  it->key = c.key;
  it->elem = c.value;
}
void mapiterinit(rtype *t, void *m, hiter *it) {
  auto *mb = static_cast<go::impl::map_base *>(m);
  *it = hiter{};
  it->t = t;
  it->h = m;
  it->buckets = mb ? mb->entries_ : nullptr;
  it->startBucket = mb ? uintptr_t(mb->count_) : 0;
  mapiternext(it);
}
void *mapiterkey(hiter *it) { return it->key; }
void *mapiterelem(hiter *it) { return it->elem; }

// ---- memory -------------------------------------------------------------------

void ifaceE2I(rtype *t, go::any src, void *dst) {
  *static_cast<go::iface *>(dst) =
      src.type ? go::iface{go::find_itab(src.type, abi_of(t)), src.data} : go::iface{};
}
void memmove(void *dst, void *src, uintptr_t size) { std::memmove(dst, src, size); }
void typedmemmove(rtype *t, void *dst, void *src) {
  if (dst != src)
    std::memmove(dst, src, abi_of(t)->size);
}
void typedmemmovepartial(rtype *, void *dst, void *src, uintptr_t off, uintptr_t size) {
  std::memmove(static_cast<char *>(dst) + off, static_cast<char *>(src) + off, size);
}
void typedmemclr(rtype *t, void *p) { std::memset(p, 0, abi_of(t)->size); }
void typedmemclrpartial(rtype *, void *p, uintptr_t off, uintptr_t size) {
  std::memset(static_cast<char *>(p) + off, 0, size);
}
int64_t typedslicecopy(rtype *elemType, gopkg::internal::unsafeheader::Slice dst,
                       gopkg::internal::unsafeheader::Slice src) {
  int64_t n = dst.Len < src.Len ? dst.Len : src.Len;
  if (n > 0)
    std::memmove(dst.Data, src.Data, size_t(n) * abi_of(elemType)->size);
  return n;
}
uintptr_t typehash(rtype *t, void *p, uintptr_t h) { return go::abi::typehash(abi_of(t), p, h); }
bool verifyNotInHeapPtr(uintptr_t) { return true; }

go::slice<rtype *> typesByString(go::string s) {
  go::slice<const go::abi::rtype *> found = go::abi::types_by_string(s);
  return go::slice<rtype *>{reinterpret_cast<rtype **>(const_cast<go::abi::rtype **>(found.p)),
                            found.len, found.cap};
}

// ---- calls ----------------------------------------------------------------------

void callFunc(funcType *t, void *fn, go::slice<void *> args, go::slice<void *> results) {
  ops_of(t)->call(fn, args.p, results.p);
}
void callMethodCode(funcType *t, void *code, void *rcvr, go::slice<void *> args,
                    go::slice<void *> results) {
  ops_of(t)->call_method(code, rcvr, args.p, results.p);
}
void bindMethod(funcType *t, void *code, void *rcvr, void *out) {
  ops_of(t)->bind(code, rcvr, out);
}
bool unboundMethod(funcType *t, void *code, bool direct, void *out) {
  auto *ops = static_cast<const go::abi::func_ops *>(t->ops);
  if (!ops || !ops->unbound)
    return false;
  ops->unbound(code, direct, out);
  return true;
}

} // namespace gopkg::reflect
