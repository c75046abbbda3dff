// Panics and their reports. A Go panic travels as a C++ exception
// (panic_exception) holding the Go value. defer_frame runs deferred calls
// and implements recover: while it runs deferred calls for a panic, that
// panic is the goroutine's innermost panic_record, and recover() marks it
// recovered and returns its value. Runtime errors are values of the runtime's
// own error types, whose Error() gives Go's exact text. An unrecovered panic
// is reported as Go reports it ("panic: v", earlier panics first, then the
// goroutine header) and the process exits with status 2; fatal errors
// (deadlock, stack overflow) are not recoverable and exit the same way.
#include "sched_internal.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <string>
#include <unistd.h>
#include <vector>

namespace go::impl {

using namespace go::literals;

// The panic a goroutine is currently unwinding, for recover().
struct panic_record {
  panic_exception *exc; // null while Goexit runs the deferred calls
  bool recovered;
  bool calling; // a deferred call for this panic is running
  bool armed;   // that call may recover, and no function has taken the arm yet
  panic_record *prev;
};

namespace {

// Panic records for code that runs outside any goroutine (unit tests).
thread_local panic_record *thread_panics = nullptr;

panic_record **panics_slot() {
  goroutine *g = current();
  return g ? &g->panics : &thread_panics;
}

// runtime.Error values: the message without its "runtime error: " prefix.
string runtime_error_Error(void *self) {
  return "runtime error: "_gs + *static_cast<string *>(self);
}
void runtime_error_RuntimeError(void *) {}
// plainError: runtime panics whose text has no prefix ("send on closed channel").
string plain_error_Error(void *self) { return *static_cast<string *>(self); }

// The descriptor of a runtime error type: a string with the methods
// Error() string and RuntimeError(), whose types are the same descriptors
// generated code has for them (so runtime.Error's itab matches).
template <abi::text Name>
constexpr abi::udesc<abi::basic_type, 2> runtime_error_type(string (*error)(void *)) {
  return {
      {abi::make_rtype(sizeof(string), alignof(string), kind::string, false, true,
                       abi::type_hash(Name), abi::name<Name>, abi::equal_of<string>(),
                       abi::tflag_named | abi::tflag_uncommon)},
      {abi::name<"runtime">, 2, 2, abi::methods_offset<abi::udesc<abi::basic_type, 2>>(), 0},
      {{abi::name<"Error", 1>,
        &abi::func_of<go::func<go::string()>, false, 0, "func() string", &abi::type_string.r>.t.r,
        reinterpret_cast<const void *>(error), nullptr},
       {abi::name<"RuntimeError", 1>, &abi::func_of<go::func<void()>, false, 0, "func()">.t.r,
        reinterpret_cast<const void *>(&runtime_error_RuntimeError), nullptr}}};
}

const abi::udesc<abi::basic_type, 2> type_runtime_error =
    runtime_error_type<"runtime.errorString">(&runtime_error_Error);
const abi::udesc<abi::basic_type, 2> type_bounds_error =
    runtime_error_type<"runtime.boundsError">(&runtime_error_Error);
const abi::udesc<abi::basic_type, 2> type_plain_error =
    runtime_error_type<"runtime.plainError">(&plain_error_Error);

[[noreturn]] void throw_value(const abi::udesc<abi::basic_type, 2> *t, std::string_view msg,
                              bool sigsegv = false) {
  panic_exception e;
  e.value = any{&t->t.r, new_object<string>(to_string(msg))};
  e.sigsegv = sigsegv;
  capture_trace(e.trace);
  throw e;
}

[[noreturn]] void runtime_error(const char *fmt, int64_t a, int64_t b = 0) {
  char buf[160];
  int n = std::snprintf(buf, sizeof buf, fmt, (long long)a, (long long)b);
  throw_value(&type_bounds_error, std::string_view(buf, size_t(n)));
}

void write_all_stderr(const std::string &s) {
  size_t off = 0;
  while (off < s.size()) {
    ssize_t n = ::write(2, s.data() + off, s.size() - off);
    if (n <= 0)
      break;
    off += size_t(n);
  }
}

} // namespace

// ---- runtime errors -------------------------------------------------------

void panic_index(int64_t i, int64_t len) {
  if (i < 0)
    runtime_error("index out of range [%lld]", i);
  runtime_error("index out of range [%lld] with length %lld", i, len);
}
void panic_slice_alen(int64_t hi, int64_t len) {
  if (hi < 0)
    runtime_error("slice bounds out of range [:%lld]", hi);
  runtime_error("slice bounds out of range [:%lld] with length %lld", hi, len);
}
void panic_slice_acap(int64_t hi, int64_t cap) {
  if (hi < 0)
    runtime_error("slice bounds out of range [:%lld]", hi);
  runtime_error("slice bounds out of range [:%lld] with capacity %lld", hi, cap);
}
void panic_slice_b(int64_t lo, int64_t hi) {
  if (lo < 0)
    runtime_error("slice bounds out of range [%lld:]", lo);
  runtime_error("slice bounds out of range [%lld:%lld]", lo, hi);
}
void panic_slice3_c(int64_t max, int64_t cap) {
  if (max < 0)
    runtime_error("slice bounds out of range [::%lld]", max);
  runtime_error("slice bounds out of range [::%lld] with capacity %lld", max, cap);
}
void panic_slice3_b(int64_t hi, int64_t max) {
  if (hi < 0)
    runtime_error("slice bounds out of range [:%lld:]", hi);
  runtime_error("slice bounds out of range [:%lld:%lld]", hi, max);
}
void panic_slice3_a(int64_t lo, int64_t hi) {
  if (lo < 0)
    runtime_error("slice bounds out of range [%lld::]", lo);
  runtime_error("slice bounds out of range [%lld:%lld:]", lo, hi);
}
void panic_slice_to_array(int64_t len, int64_t n) {
  runtime_error("cannot convert slice with length %lld to pointer to array with length %lld", len,
                n);
}
void panic_divide() { throw_value(&type_runtime_error, "integer divide by zero"); }
void panic_nil_deref() {
  throw_value(&type_runtime_error, "invalid memory address or nil pointer dereference", true);
}
void panic_shift() { throw_value(&type_runtime_error, "negative shift amount"); }
void panic_make_len() { throw_value(&type_runtime_error, "makeslice: len out of range"); }
void panic_make_cap() { throw_value(&type_runtime_error, "makeslice: cap out of range"); }
void panic_makechan() { throw_value(&type_plain_error, "makechan: size out of range"); }
void panic_nil_map() { throw_value(&type_plain_error, "assignment to entry in nil map"); }
void panic_plain(const char *msg) { throw_value(&type_plain_error, msg); }
void panic_runtime(const char *msg) { throw_value(&type_runtime_error, msg); }
any runtime_error_value(std::string_view msg) {
  return any{&type_runtime_error.t.r, new_object<string>(to_string(msg))};
}

// ---- reports --------------------------------------------------------------

// Go's printpanicval: errors and Stringers by their method, basic kinds as
// print would, defined basic types as main.T(v), anything else as
// (type) address.
void append_panic_value(std::string &out, const any &v) {
  if (!v.type) {
    out += "nil";
    return;
  }
  // The method's type must be func() string, as the interfaces' are.
  auto *string_method =
      &abi::func_of<go::func<go::string()>, false, 0, "func() string", &abi::type_string.r>.t.r;
  for (const char *name : {"Error", "String"})
    if (const abi::method *m = abi::find_method(v.type, name); m && m->mtyp == string_method) {
      out += reinterpret_cast<string (*)(void *)>(const_cast<void *>(m->ifn))(v.data).view();
      return;
    }
  std::string val;
  bool basic = true;
  switch (v.type->kind_of()) {
  case kind::bool_:
    print_value(val, *static_cast<bool *>(v.data));
    break;
  case kind::int_:
  case kind::int64:
    print_value(val, *static_cast<int64_t *>(v.data));
    break;
  case kind::int8:
    print_value(val, int64_t(*static_cast<int8_t *>(v.data)));
    break;
  case kind::int16:
    print_value(val, int64_t(*static_cast<int16_t *>(v.data)));
    break;
  case kind::int32:
    print_value(val, int64_t(*static_cast<int32_t *>(v.data)));
    break;
  case kind::uint:
  case kind::uint64:
  case kind::uintptr:
    print_value(val, *static_cast<uint64_t *>(v.data));
    break;
  case kind::uint8:
    print_value(val, uint64_t(*static_cast<uint8_t *>(v.data)));
    break;
  case kind::uint16:
    print_value(val, uint64_t(*static_cast<uint16_t *>(v.data)));
    break;
  case kind::uint32:
    print_value(val, uint64_t(*static_cast<uint32_t *>(v.data)));
    break;
  case kind::float32:
    print_value(val, double(*static_cast<float *>(v.data)));
    break;
  case kind::float64:
    print_value(val, *static_cast<double *>(v.data));
    break;
  case kind::string:
    if (abi::uncommon(v.type)) { // a defined type, not a predeclared one
      val += '"';
      val += static_cast<string *>(v.data)->view();
      val += '"';
    } else {
      val += static_cast<string *>(v.data)->view();
    }
    break;
  case kind::invalid:
  case kind::complex64:
  case kind::complex128:
  case kind::array:
  case kind::chan:
  case kind::func:
  case kind::interface:
  case kind::map:
  case kind::pointer:
  case kind::slice:
  case kind::struct_:
  case kind::unsafe_pointer:
    basic = false;
    break;
  }
  if (basic) {
    if (abi::uncommon(v.type)) { // a defined type, not a predeclared one
      out += abi::string_of(v.type).view();
      out += '(';
      out += val;
      out += ')';
    } else {
      out += val;
    }
    return;
  }
  char buf[40];
  std::snprintf(buf, sizeof buf, ") %p", v.data);
  out += '(';
  out += abi::string_of(v.type).view();
  out += buf;
}

namespace {

// "goroutine N [state]:", the Go frames of its stack t (if known), and the
// go statement that made it.
void append_goroutine(std::string &out, goroutine *g, const char *state, const stack_trace *t) {
  out += "goroutine " + std::to_string(goroutine_id(g)) + " [" + state + "]:\n";
  append_goroutine_frames(out, t, g ? g->creator_pc : 0);
}

} // namespace

void print_panic(const panic_exception &p) {
  std::string out;
  std::vector<const panic_link *> earlier;
  for (const panic_link *l = p.earlier; l; l = l->next)
    earlier.push_back(l);
  std::reverse(earlier.begin(), earlier.end());
  for (const panic_link *l : earlier) {
    out += "panic: ";
    append_panic_value(out, l->value);
    if (l->recovered)
      out += " [recovered]";
    out += "\n\t";
  }
  out += "panic: ";
  append_panic_value(out, p.value);
  out += '\n';
  if (p.sigsegv)
    out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
  write_all_stderr(out);
}

void die_of_panic(goroutine *g, std::exception_ptr e) {
  panic_exception scratch;
  panic_exception *p = as_go_panic(e, &scratch);
  std::fflush(stdout);
  print_panic(*p);
  std::string out = "\n";
  append_goroutine(out, g, "running", p == &scratch ? nullptr : &p->trace);
  write_all_stderr(out);
  ::_exit(2);
}

void fatal(const char *msg) {
  std::fflush(stdout);
  std::string out = std::string("fatal error: ") + msg + "\n";
  if (goroutine *g = current()) {
    stack_trace t;
    capture_trace(t);
    out += '\n';
    append_goroutine(out, g, "running", &t);
  }
  write_all_stderr(out);
  ::_exit(2);
}

void fatal_with_goroutines(const char *msg) {
  std::fflush(stdout);
  std::string out = std::string("fatal error: ") + msg + "\n";
  std::vector<goroutine *> gs;
  for_each_goroutine(
      [](goroutine *g, void *v) {
        if (g && g->status.load() != gstatus::free && !g->system)
          static_cast<std::vector<goroutine *> *>(v)->push_back(g);
      },
      &gs);
  std::sort(gs.begin(), gs.end(), [](goroutine *a, goroutine *b) { return a->id < b->id; });
  for (goroutine *g : gs) {
    out += '\n';
    gstatus st = g->status.load();
    stack_trace t;
    bool traced = st == gstatus::waiting && trace_parked(g, t);
    append_goroutine(out, g,
                     st == gstatus::waiting   ? wait_reason_text(g->reason)
                     : st == gstatus::running ? "running"
                                              : "runnable",
                     traced ? &t : nullptr);
  }
  write_all_stderr(out);
  ::_exit(2);
}

const stack_trace *panic_in_deferred_call(const void **record) {
  panic_record *r = *panics_slot();
  if (!r || !r->calling || !r->exc)
    return nullptr;
  *record = r;
  return &r->exc->trace;
}

// ---- panic, defer, recover -------------------------------------------------

panic_exception *as_go_panic(std::exception_ptr e, panic_exception *scratch) {
  try {
    std::rethrow_exception(e);
  } catch (panic_exception &p) {
    return &p;
  } catch (std::exception &x) {
    scratch->value = box(to_string(x.what()));
  } catch (...) {
    scratch->value = box(to_string("unknown C++ exception"));
  }
  return scratch;
}

void defer_frame::run() {
  while (defer_node *n = head_) {
    head_ = n->next;
    try {
      n->call(n);
    } catch (...) {
      unwind(std::current_exception());
      return;
    }
  }
}

namespace {
bool is_goexit(std::exception_ptr e) {
  try {
    std::rethrow_exception(e);
  } catch (goexit_exception &) {
    return true;
  } catch (...) {
    return false;
  }
}
} // namespace

void defer_frame::unwind(std::exception_ptr e) {
  panic_record **slot = panics_slot();
  panic_exception scratch;
  // Goexit: the deferred calls run with no panic to recover; if one panics
  // and a later one recovers that, the goroutine goes on exiting.
  std::exception_ptr exiting = is_goexit(e) ? e : nullptr;
  panic_record rec{exiting ? nullptr : as_go_panic(e, &scratch), false, false, false, *slot};
  *slot = &rec;
  unwinding_ = true;
  while (defer_node *n = head_) {
    head_ = n->next;
    rec.calling = true;
    rec.armed = n->may_recover;
    try {
      n->call(n);
    } catch (...) {
      // A deferred call panicked: the new panic replaces the current one,
      // which the report still shows before it.
      std::exception_ptr ne = std::current_exception();
      panic_exception *np = as_go_panic(ne, &scratch);
      if (np != &scratch && rec.exc) {
        auto *link =
            new_object<panic_link>(panic_link{rec.exc->value, rec.recovered, rec.exc->earlier});
        np->earlier = link;
      }
      e = ne;
      rec.exc = np;
      rec.recovered = false;
    }
    rec.calling = false;
    rec.armed = false;
    if (rec.recovered) {
      *slot = rec.prev;
      unwinding_ = false;
      run(); // the remaining deferred calls run as on a normal return
      if (exiting)
        std::rethrow_exception(exiting);
      return;
    }
  }
  *slot = rec.prev;
  std::rethrow_exception(e);
}

} // namespace go::impl

namespace go {

void panic(any v) {
  impl::panic_exception e;
  e.value = v;
  impl::capture_trace(e.trace);
  throw e;
}

void goexit() { throw impl::goexit_exception{}; }

namespace impl {
bool take_recover_arm() {
  panic_record *r = *panics_slot();
  if (!r || !r->armed)
    return false;
  r->armed = false;
  return true;
}
} // namespace impl

any recover(bool direct) {
  impl::panic_record *r = *impl::panics_slot();
  if (!direct || !r || !r->exc || r->recovered || !r->calling)
    return any{};
  r->recovered = true;
  return r->exc->value;
}

} // namespace go
