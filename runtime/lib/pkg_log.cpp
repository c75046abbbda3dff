// Native package log: the standard logger. Each message is one line on
// standard error, written with one write(2) as Go's logger does, headed by
// the prefix and the date/time the flags ask for (local time is UTC here,
// as in the native time package).
#include <unistd.h>

#include <atomic>
#include <ctime>
#include <mutex>
#include <string>

#include "gocxx/pkg/fmt.h"
#include "gocxx/pkg/log.h"

namespace gopkg::log {

namespace {
constexpr int64_t kDate = 1, kTime = 2, kMicro = 4, kMsgPrefix = 64;
std::atomic<int64_t> flags{kDate | kTime};
std::mutex prefixLock;
std::string prefix;

void output(go::string msg) {
  std::string line;
  int64_t f = flags.load();
  std::string pre;
  {
    std::lock_guard lk(prefixLock);
    pre = prefix;
  }
  if (!(f & kMsgPrefix))
    line += pre;
  if (f & (kDate | kTime | kMicro)) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct tm tm;
    gmtime_r(&ts.tv_sec, &tm);
    char buf[64];
    if (f & kDate) {
      std::snprintf(buf, sizeof buf, "%04d/%02d/%02d ", tm.tm_year + 1900, tm.tm_mon + 1,
                    tm.tm_mday);
      line += buf;
    }
    if (f & (kTime | kMicro)) {
      std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", tm.tm_hour, tm.tm_min, tm.tm_sec);
      line += buf;
      if (f & kMicro) {
        std::snprintf(buf, sizeof buf, ".%06ld", long(ts.tv_nsec / 1000));
        line += buf;
      }
      line += ' ';
    }
  }
  if (f & kMsgPrefix)
    line += pre;
  line += msg.view();
  if (line.empty() || line.back() != '\n')
    line += '\n';
  ssize_t unused = ::write(2, line.data(), line.size());
  (void)unused;
}
} // namespace

void Print(go::slice<go::any> v) { output(gopkg::fmt::Sprint(v)); }
void Printf(go::string format, go::slice<go::any> v) { output(gopkg::fmt::Sprintf(format, v)); }
void Println(go::slice<go::any> v) { output(gopkg::fmt::Sprintln(v)); }

void Fatal(go::slice<go::any> v) {
  Print(v);
  go::exit(1);
}
void Fatalf(go::string format, go::slice<go::any> v) {
  Printf(format, v);
  go::exit(1);
}
void Fatalln(go::slice<go::any> v) {
  Println(v);
  go::exit(1);
}

void Panic(go::slice<go::any> v) {
  go::string s = gopkg::fmt::Sprint(v);
  output(s);
  go::panic(go::box(s));
}
void Panicf(go::string format, go::slice<go::any> v) {
  go::string s = gopkg::fmt::Sprintf(format, v);
  output(s);
  go::panic(go::box(s));
}
void Panicln(go::slice<go::any> v) {
  go::string s = gopkg::fmt::Sprintln(v);
  output(s);
  go::panic(go::box(s));
}

void SetFlags(int64_t flag) { flags.store(flag); }
int64_t Flags() { return flags.load(); }
void SetPrefix(go::string p) {
  std::lock_guard lk(prefixLock);
  prefix = std::string(p.view());
}
go::string Prefix() {
  std::lock_guard lk(prefixLock);
  return go::to_string(prefix);
}

} // namespace gopkg::log
