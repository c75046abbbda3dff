// The untyped map operations (map.h's map_base), for reflect: the same
// algorithm as map<K, V>'s inline one, on entries laid out as
// {K key; V value; bool live}, with the key's hash from the map type's
// hasher and its equality from the key type's equal.
#include "gocxx/runtime/map.h"

#include <cstring>

namespace go::impl {

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDeleted = -2;

uintptr_t round_up(uintptr_t x, uintptr_t a) { return (x + a - 1) / a * a; }

// Where the parts of an entry are.
struct layout {
  uintptr_t value_off, live_off, size;
  explicit layout(const abi::map_type *t) {
    uintptr_t ka = t->key->align ? t->key->align : 1, va = t->elem->align ? t->elem->align : 1;
    value_off = round_up(t->key->size, va);
    live_off = value_off + t->elem->size;
    size = round_up(live_off + 1, ka > va ? ka : va);
  }
};

char *entry_at(const map_base *m, const layout &l, int64_t i) {
  return static_cast<char *>(m->entries_) + uintptr_t(i) * l.size;
}

uint64_t hash_of(const abi::map_type *t, const void *key) {
  return uint64_t(t->hasher(const_cast<void *>(key), 0));
}

bool keys_equal(const abi::map_type *t, const void *a, const void *b) {
  return t->key->equal(const_cast<void *>(a), const_cast<void *>(b));
}

int64_t lookup(const abi::map_type *t, const map_base *m, const layout &l, const void *key,
               uint64_t h) {
  uint64_t mask = m->index_size_ - 1;
  for (uint64_t i = h & mask, step = 1;; i = (i + step++) & mask) {
    int32_t x = m->index_[i];
    if (x == kEmpty)
      return -1;
    if (x >= 0 && keys_equal(t, entry_at(m, l, x), key))
      return int64_t(i);
  }
}

void insert_index(map_base *m, uint64_t h, int64_t entry_no) {
  uint64_t mask = m->index_size_ - 1;
  for (uint64_t i = h & mask, step = 1;; i = (i + step++) & mask) {
    if (m->index_[i] < 0) {
      m->index_[i] = int32_t(entry_no);
      return;
    }
  }
}

void grow(const abi::map_type *t, map_base *m, const layout &l) {
  int64_t new_cap = m->live_ * 2 < 8 ? 8 : m->live_ * 2;
  char *fresh = static_cast<char *>(gc_alloc(size_t(l.size) * size_t(new_cap), true));
  int64_t n = 0;
  for (int64_t i = 0; i < m->count_; ++i) {
    char *e = entry_at(m, l, i);
    if (e[l.live_off])
      std::memcpy(fresh + uintptr_t(n++) * l.size, e, l.size);
  }
  uint64_t size = 16;
  while (size < uint64_t(new_cap) * 2)
    size <<= 1;
  m->index_ = static_cast<int32_t *>(gc_alloc(sizeof(int32_t) * size, false));
  std::memset(m->index_, 0xff, sizeof(int32_t) * size); // kEmpty
  m->index_size_ = size;
  m->entries_ = fresh;
  m->count_ = n;
  m->cap_ = new_cap;
  m->first_ = 0;
  for (int64_t i = 0; i < n; ++i)
    insert_index(m, hash_of(t, entry_at(m, l, i)), i);
}

} // namespace

map_base *map_make(const abi::map_type *, int64_t) {
  return new (gc_alloc(sizeof(map_base), true)) map_base();
}

void *map_find(const abi::map_type *t, const map_base *m, const void *key) {
  if (!m || m->live_ == 0)
    return nullptr;
  layout l(t);
  int64_t slot = lookup(t, m, l, key, hash_of(t, key));
  return slot < 0 ? nullptr : entry_at(m, l, m->index_[slot]) + l.value_off;
}

void *map_insert(const abi::map_type *t, map_base *m, const void *key) {
  if (!m)
    panic_nil_map();
  layout l(t);
  uint64_t h = hash_of(t, key);
  if (m->live_ > 0) {
    int64_t slot = lookup(t, m, l, key, h);
    if (slot >= 0)
      return entry_at(m, l, m->index_[slot]) + l.value_off;
  }
  if (m->count_ == m->cap_)
    grow(t, m, l);
  char *e = entry_at(m, l, m->count_);
  std::memset(e, 0, l.size);
  std::memcpy(e, key, t->key->size);
  e[l.live_off] = 1;
  insert_index(m, h, m->count_);
  ++m->count_;
  ++m->live_;
  return e + l.value_off;
}

void map_erase(const abi::map_type *t, map_base *m, const void *key) {
  if (!m || m->live_ == 0)
    return;
  layout l(t);
  int64_t slot = lookup(t, m, l, key, hash_of(t, key));
  if (slot < 0)
    return;
  std::memset(entry_at(m, l, m->index_[slot]), 0, l.size); // not live; no references kept
  m->index_[slot] = kDeleted;
  --m->live_;
}

void map_cursor_next(const abi::map_type *t, map_cursor *c) {
  layout l(t);
  c->key = c->value = nullptr;
  while (c->i < c->count) {
    char *e = static_cast<char *>(c->entries) + uintptr_t(c->i++) * l.size;
    if (!e[l.live_off])
      continue;
    if (c->entries == c->m->entries_) {
      c->key = e;
      c->value = e + l.value_off;
      return;
    }
    // The table was rebuilt: the current value, if the key is still there.
    if (void *v = map_find(t, c->m, e)) {
      c->key = e;
      c->value = v;
      return;
    }
  }
}

} // namespace go::impl
