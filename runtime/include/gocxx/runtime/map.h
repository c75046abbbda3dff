// Go maps. A map value is a pointer to a go::map<K, V> on the collected heap
// (nil is nullptr: reads see zero values, writes panic). The table keeps its
// entries in an append-only array, in insertion order, with an open-addressed
// index of entry numbers beside it; deletion leaves a tombstone. That makes
// Go's iteration rules easy to keep: an iterator walks the entry array it
// started with, so an entry present when iteration began and not deleted
// since is produced exactly once, even if the table grows meanwhile (it then
// reads the current value through a lookup). Iteration order is insertion
// order; Go leaves it unspecified.
//
// Keys hash with hash_key(): numbers, strings, pointers and channels here;
// generated structs and arrays provide go_hash(const T&) found by ADL.
#pragma once

#include <complex>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <type_traits>
#include <utility>

#include "gocxx/runtime/array.h"
#include "gocxx/runtime/convert.h"
#include "gocxx/runtime/core.h"
#include "gocxx/runtime/string.h"

namespace go {

namespace impl {
// Hashing a key whose dynamic type is not comparable.
[[noreturn]] inline void panic_unhashable(string name) {
  std::string msg = "runtime error: hash of unhashable type " + std::string(name.view());
  panic_plain(msg.c_str());
}
inline uint64_t mix_hash(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}
} // namespace impl

template <class K> uint64_t hash_key(const K &k) {
  if constexpr (std::is_same_v<K, string>) {
    return hash_bytes(k.p, size_t(k.n), 0x9e3779b97f4a7c15ULL);
  } else if constexpr (std::is_floating_point_v<K>) {
    // +0 and -0 are equal keys. NaN never equals itself: each NaN key hashes
    // anew, so that many of them do not share one probe sequence.
    if (k != k) {
      static thread_local uint64_t nans = 0;
      return impl::mix_hash(++nans * 0x9e3779b97f4a7c15ULL);
    }
    double d = k == 0 ? 0.0 : double(k);
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    return impl::mix_hash(bits);
  } else if constexpr (std::is_same_v<K, std::complex<float>> ||
                       std::is_same_v<K, std::complex<double>>) {
    return impl::mix_hash(hash_key(k.real()) ^ (hash_key(k.imag()) << 1));
  } else if constexpr (std::is_integral_v<K> || std::is_enum_v<K>) {
    return impl::mix_hash(uint64_t(k));
  } else if constexpr (std::is_pointer_v<K>) {
    return impl::mix_hash(uint64_t(reinterpret_cast<uintptr_t>(k)));
  } else if constexpr (std::is_same_v<K, any> || std::is_same_v<K, iface>) {
    // Interface keys hash their dynamic value by its descriptor (panicking
    // for a type that is not comparable).
    any a = to_any(k);
    if (a.type == nullptr)
      return 0;
    if (a.type->equal.is_nil())
      impl::panic_unhashable(abi::string_of(a.type));
    return abi::typehash(a.type, a.type->direct() ? &a.data : a.data, 0x9e3779b97f4a7c15ULL);
  } else {
    return go_hash(k); // generated for structs and arrays
  }
}

template <class T, int64_t N> uint64_t go_hash(const array<T, N> &a) {
  uint64_t h = 0x84222325cbf29ce4ULL;
  for (int64_t i = 0; i < N; ++i)
    h = impl::mix_hash(h ^ hash_key(a[i]));
  return h;
}

namespace impl {
// The untyped part of a map: what reflect's map functions work on, knowing
// the key and value types only by their descriptors (runtime/lib/map.cpp).
// Entries are laid out as map<K, V>::entry, {K key; V value; bool live}.
struct map_base {
  void *entries_ = nullptr;
  int64_t count_ = 0; // entries used, live or not
  int64_t cap_ = 0;
  int64_t live_ = 0;
  int32_t *index_ = nullptr;
  uint64_t index_size_ = 0;
  // Entries below this one are all deleted (entries are only appended, so
  // it only grows until the table is rebuilt): where iteration starts, so
  // that deleting what each range finds first stays linear.
  int64_t first_ = 0;
};

map_base *map_make(const abi::map_type *t, int64_t hint);
// The value for key, or null.
void *map_find(const abi::map_type *t, const map_base *m, const void *key);
// The value for key, inserted (zeroed) if absent; m must not be nil.
void *map_insert(const abi::map_type *t, map_base *m, const void *key);
void map_erase(const abi::map_type *t, map_base *m, const void *key);
// Iteration as map<K, V>::iterator does it.
struct map_cursor {
  map_base *m = nullptr;
  void *entries = nullptr;
  int64_t count = 0;
  int64_t i = 0;
  void *key = nullptr, *value = nullptr; // the current entry; null at the end
};
void map_cursor_next(const abi::map_type *t, map_cursor *c);
} // namespace impl

template <class K> uintptr_t abi::hash_thunk(void *, void *key, uintptr_t) {
  return uintptr_t(hash_key(*static_cast<const K *>(key)));
}

template <class K, class V> class map : public impl::map_base {
public:
  struct entry {
    K key;
    V value;
    bool live;
  };

  int64_t len() const { return live_; }

  V *find(const K &k) const {
    if (live_ == 0)
      return nullptr;
    int64_t slot = lookup(k, hash_key(k));
    return slot < 0 ? nullptr : &entries()[index_[slot]].value;
  }

  // The value for k, inserting a zero value first if k is absent.
  V &ref(const K &k) {
    uint64_t h = hash_key(k);
    if (live_ > 0) {
      int64_t slot = lookup(k, h);
      if (slot >= 0)
        return entries()[index_[slot]].value;
    }
    if (count_ == cap_)
      grow();
    entry *e = new (&entries()[count_]) entry{k, V{}, true};
    insert_index(h, count_);
    ++count_;
    ++live_;
    return e->value;
  }

  void erase(const K &k) {
    if (live_ == 0)
      return;
    int64_t slot = lookup(k, hash_key(k));
    if (slot < 0)
      return;
    entry &e = entries()[index_[slot]];
    e.live = false;
    e = entry{K{}, V{}, false}; // drop references for the collector
    index_[slot] = kDeleted;
    --live_;
  }

  // Iteration over the entries present when it starts (see the file comment).
  class iterator {
  public:
    explicit iterator(map *m)
        : m_(m), entries_(m ? m->entries() : nullptr), count_(m ? m->count_ : 0),
          i_(m ? m->first_ : 0) {
      while (i_ < count_ && !entries_[i_].live)
        ++i_;
      if (m)
        m->first_ = i_;
    }
    // The next entry, or nullptr at the end.
    entry *next() {
      while (i_ < count_) {
        entry *e = &entries_[i_++];
        if (!e->live)
          continue;
        if (entries_ == m_->entries())
          return e;
        // The table was rebuilt: report the current value, if still present.
        if (V *v = m_->find(e->key)) {
          cur_ = entry{e->key, *v, true};
          return &cur_;
        }
      }
      return nullptr;
    }

  private:
    map *m_;
    entry *entries_;
    int64_t count_;
    int64_t i_;
    entry cur_{};
  };

private:
  static constexpr int32_t kEmpty = -1;
  static constexpr int32_t kDeleted = -2;

  int64_t lookup(const K &k, uint64_t h) const {
    uint64_t mask = index_size_ - 1;
    for (uint64_t i = h & mask, step = 1;; i = (i + step++) & mask) {
      int32_t x = index_[i];
      if (x == kEmpty)
        return -1;
      if (x >= 0 && entries()[x].key == k)
        return int64_t(i);
    }
  }

  void insert_index(uint64_t h, int64_t entry_no) {
    uint64_t mask = index_size_ - 1;
    for (uint64_t i = h & mask, step = 1;; i = (i + step++) & mask) {
      if (index_[i] < 0) {
        index_[i] = int32_t(entry_no);
        return;
      }
    }
  }

  // Makes room: a new entry array (live entries only) and a new index at
  // most half full.
  void grow() {
    int64_t new_cap = live_ * 2 < 8 ? 8 : live_ * 2;
    auto *fresh = static_cast<entry *>(gc_alloc(sizeof(entry) * size_t(new_cap), true));
    int64_t n = 0;
    for (int64_t i = 0; i < count_; ++i)
      if (entries()[i].live)
        new (&fresh[n++]) entry(entries()[i]);
    uint64_t size = 16;
    while (size < uint64_t(new_cap) * 2)
      size <<= 1;
    index_ = static_cast<int32_t *>(gc_alloc(sizeof(int32_t) * size, false));
    std::memset(index_, 0xff, sizeof(int32_t) * size); // kEmpty
    index_size_ = size;
    entries_ = fresh;
    count_ = n;
    cap_ = new_cap;
    first_ = 0;
    for (int64_t i = 0; i < n; ++i)
      insert_index(hash_key(entries()[i].key), i);
  }

  entry *entries() const { return static_cast<entry *>(entries_); }
};

template <class K, class V> map<K, V> *make_map(int64_t hint = 0) {
  (void)hint;
  return new_object_flagged<map<K, V>>(true);
}

template <class K, class V> map<K, V> *map_of(std::initializer_list<std::pair<K, V>> elems) {
  auto *m = make_map<K, V>(int64_t(elems.size()));
  for (const auto &kv : elems)
    m->ref(kv.first) = kv.second;
  return m;
}

template <class K, class V> int64_t len(const map<K, V> *m) { return m ? m->len() : 0; }

// m[k] as a value: the zero value when m is nil or k absent.
template <class K, class V> V map_get(const map<K, V> *m, const std::type_identity_t<K> &k) {
  if (m == nullptr)
    return V{};
  V *v = m->find(k);
  return v ? *v : V{};
}

// v, ok := m[k]
template <class K, class V>
std::pair<V, bool> map_get2(const map<K, V> *m, const std::type_identity_t<K> &k) {
  if (m == nullptr)
    return {V{}, false};
  V *v = m->find(k);
  return v ? std::pair<V, bool>{*v, true} : std::pair<V, bool>{V{}, false};
}

// m[k] as an assignment target.
template <class K, class V> V &map_ref(map<K, V> *m, const std::type_identity_t<K> &k) {
  if (m == nullptr) [[unlikely]]
    impl::panic_nil_map();
  return m->ref(k);
}

template <class K, class V> void map_delete(map<K, V> *m, const std::type_identity_t<K> &k) {
  if (m != nullptr)
    m->erase(k);
}

template <class K, class V> typename map<K, V>::iterator map_iter(map<K, V> *m) {
  return typename map<K, V>::iterator(m);
}

} // namespace go
