// Native code of package syscall: the raw system call (Go's assembly),
// the environment and process hooks gc's runtime gives syscall. Syscall and
// Syscall6 (Go's own code) bracket blocking calls with entersyscall and
// exitsyscall, which tell the scheduler the worker may block.
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <sched.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>

extern char **environ;

namespace gopkg::syscall {

namespace {
std::tuple<uintptr_t, uintptr_t, uintptr_t> raw(uintptr_t trap, uintptr_t a1, uintptr_t a2,
                                                uintptr_t a3, uintptr_t a4, uintptr_t a5,
                                                uintptr_t a6) {
  long r = ::syscall(long(trap), a1, a2, a3, a4, a5, a6);
  if (r == -1)
    return {uintptr_t(-1), 0, uintptr_t(errno)};
  return {uintptr_t(r), 0, 0};
}
} // namespace

std::tuple<uintptr_t, uintptr_t, Errno> RawSyscall6(uintptr_t trap, uintptr_t a1, uintptr_t a2,
                                                    uintptr_t a3, uintptr_t a4, uintptr_t a5,
                                                    uintptr_t a6) {
  auto [r1, r2, e] = raw(trap, a1, a2, a3, a4, a5, a6);
  return {r1, r2, Errno(e)};
}

std::tuple<uintptr_t, uintptr_t> rawSyscallNoError(uintptr_t trap, uintptr_t a1, uintptr_t a2,
                                                   uintptr_t a3) {
  return {uintptr_t(::syscall(long(trap), a1, a2, a3)), 0};
}

void runtime_entersyscall() { go::impl::enter_syscall(); }
void runtime_exitsyscall() { go::impl::exit_syscall(); }

std::tuple<uintptr_t, uintptr_t, uintptr_t> runtime_doAllThreadsSyscall(uintptr_t, uintptr_t,
                                                                        uintptr_t, uintptr_t,
                                                                        uintptr_t, uintptr_t,
                                                                        uintptr_t) {
  return {uintptr_t(-1), 0, uintptr_t(ENOTSUP)};
}

uintptr_t cgocaller(void *, go::slice<uintptr_t>) {
  go::impl::fatal("syscall: cgocaller without cgo");
}

Errno gettimeofday(Timeval *tv) {
  return ::syscall(SYS_gettimeofday, tv, nullptr) == -1 ? Errno(errno) : Errno(0);
}

// Go's forkExec clones with CLONE_VM|CLONE_VFORK, which is only safe for
// code written for it; gocxx forks a copy instead (the child still only
// makes raw system calls before exec).
std::tuple<uintptr_t, Errno> rawVforkSyscall(uintptr_t trap, uintptr_t a1) {
  a1 &= ~uintptr_t(CLONE_VM | CLONE_VFORK);
  long r = ::syscall(long(trap), a1, 0, 0, 0, 0, 0);
  if (r == -1)
    return {uintptr_t(-1), Errno(errno)};
  return {uintptr_t(r), Errno(0)};
}

go::slice<go::string> runtime_envs() {
  int64_t n = 0;
  while (environ && environ[n])
    ++n;
  auto s = go::make_slice<go::string>(n);
  for (int64_t i = 0; i < n; ++i)
    s.p[i] = go::to_string(environ[i]);
  return s;
}

void setenv_c(go::string k, go::string v) {
  std::string ks(k.view()), vs(v.view());
  ::setenv(ks.c_str(), vs.c_str(), 1);
}
void unsetenv_c(go::string k) {
  std::string ks(k.view());
  ::unsetenv(ks.c_str());
}

void runtime_BeforeFork() {}
void runtime_AfterFork() {}
void runtime_AfterForkInChild() {}
void runtime_BeforeExec() {}
void runtime_AfterExec() {}

int64_t Getpagesize() { return ::sysconf(_SC_PAGESIZE); }
void Exit(int64_t code) { go::exit(int(code)); }

} // namespace gopkg::syscall
