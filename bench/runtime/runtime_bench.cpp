// The Go benchmark programs of bench/<name>/ written against the runtime's
// C++ API directly (go::spawn, go::make_chan, go::select, the native sync
// package), so the runtime can be measured without the compiler: a gap
// between this and the gocxx-built program is the generated code's, one
// between this and go is the runtime's. Workload sizes are the Go
// programs' and benchmark names are their rows in bench/run.py's table
// (spawn, pingpong, chanbuf/1, chanbuf/4, select4, mutex, waitgroup,
// skynet); fib has no runtime part and no counterpart here.
//
// Loops call go::impl::preempt_check() on their back-edges, as generated
// code does: it lets the monitor preempt a goroutine that runs for over
// 10 ms, and that changes what these workloads measure (the Go programs'
// main is preempted while spawning, so spawned goroutines run and park
// meanwhile, each on a stack of its own).
//
// Each iteration runs the workload as goroutine 1 of a fresh scheduler
// (go::impl::run_in_scheduler) with GOMAXPROCS workers (the environment
// variable, else the CPU count, as a Go program would) and reports the time
// from the goroutine's start to the end of the workload (manual time), so
// thread start and stop are not counted. Stacks and goroutine records stay
// pooled between iterations: the first iteration of a process pays for
// fresh stacks as a Go program run does, later ones reuse them. bench/run.py
// --cxx-api runs one iteration per process for that reason, and takes the
// process's peak RSS as the row's.
//
//   runtime_bench [--benchmark_filter=REGEX] [--benchmark_repetitions=N] ...
#include "gocxx/runtime.h"
#include "gocxx/runtime/sync.h"

#include <benchmark/benchmark.h>

#include <atomic>
#include <cstdlib>
#include <string>

namespace {

int64_t workers() {
  if (const char *e = std::getenv("GOMAXPROCS")) {
    long v = std::strtol(e, nullptr, 10);
    if (v > 0)
      return v;
  }
  return go::num_cpu();
}

// Runs body once per iteration as goroutine 1 of a fresh scheduler; body
// returns an error text, or "" when the workload computed the right result.
template <class Body> void run(benchmark::State &state, Body body) {
  int64_t n = workers();
  for (auto _ : state) {
    int64_t elapsed = 0;
    std::string error;
    go::impl::run_in_scheduler(int(n), [&] {
      int64_t start = go::nanotime();
      error = body();
      elapsed = go::nanotime() - start;
    });
    if (!error.empty()) {
      state.SkipWithError(error.c_str());
      break;
    }
    state.SetIterationTime(double(elapsed) * 1e-9);
  }
  state.counters["workers"] = double(n);
}

std::string expect(int64_t got, int64_t want) {
  if (got == want)
    return "";
  return "got " + std::to_string(got) + ", want " + std::to_string(want);
}

// bench/spawn: 100,000 goroutines each send one value on a channel of
// capacity 1024, joined by 100,000 receives.
void spawn(benchmark::State &state) {
  run(state, [] {
    constexpr int64_t n = 100'000;
    auto *done = go::make_chan<int64_t>(1024);
    for (int64_t i = 0; i < n; i++) {
      go::impl::preempt_check();
      go::spawn([done, i] { go::send(done, i & 1); });
    }
    int64_t sum = 0;
    for (int64_t i = 0; i < n; i++) {
      go::impl::preempt_check();
      sum += go::recv(done);
    }
    return expect(sum, n / 2);
  });
}

// bench/pingpong: 1,000,000 round trips over two unbuffered channels.
void pingpong(benchmark::State &state) {
  run(state, [] {
    constexpr int64_t rounds = 1'000'000;
    auto *ping = go::make_chan<int64_t>(0);
    auto *pong = go::make_chan<int64_t>(0);
    go::spawn([=] {
      for (;;) {
        go::impl::preempt_check();
        auto [v, ok] = go::recv2(ping);
        if (!ok)
          break;
        go::send(pong, v + 1);
      }
      go::close(pong);
    });
    int64_t count = 0;
    for (int64_t i = 0; i < rounds; i++) {
      go::impl::preempt_check();
      go::send(ping, i);
      if (go::recv(pong) == i + 1)
        count++;
    }
    go::close(ping);
    go::recv(pong);
    return expect(count, rounds);
  });
}

// bench/chanbuf: P producers send 4,000,000 values in total through one
// channel of capacity 256 to one consumer.
void chanbuf(benchmark::State &state) {
  int64_t producers = state.range(0);
  run(state, [producers] {
    constexpr int64_t total = 4'000'000;
    auto *ch = go::make_chan<int64_t>(256);
    int64_t per = total / producers;
    for (int64_t p = 0; p < producers; p++)
      go::spawn([=] {
        for (int64_t i = 0; i < per; i++) {
          go::impl::preempt_check();
          go::send(ch, int64_t(1));
        }
      });
    int64_t sum = 0;
    for (int64_t i = 0; i < per * producers; i++) {
      go::impl::preempt_check();
      sum += go::recv(ch);
    }
    return expect(sum, per * producers);
  });
}

// bench/select4: four producers send 500,000 values each on their own
// unbuffered channel; one consumer takes them all through a 4-way select.
void select4(benchmark::State &state) {
  run(state, [] {
    constexpr int64_t per_producer = 500'000;
    go::chan<int64_t> *chans[4];
    for (int64_t i = 0; i < 4; i++) {
      auto *ch = go::make_chan<int64_t>(0);
      chans[i] = ch;
      go::spawn([ch, v = i + 1] {
        for (int64_t j = 0; j < per_producer; j++) {
          go::impl::preempt_check();
          go::send(ch, v);
        }
      });
    }
    int64_t sum = 0;
    for (int64_t n = 0; n < 4 * per_producer; n++) {
      go::impl::preempt_check();
      int64_t v = 0;
      go::select_case cases[] = {go::recv_case(chans[0], &v), go::recv_case(chans[1], &v),
                                 go::recv_case(chans[2], &v), go::recv_case(chans[3], &v)};
      go::select(cases, 4, false);
      sum += v;
    }
    return expect(sum, per_producer * (1 + 2 + 3 + 4));
  });
}

// sync.WaitGroup's algorithm on the runtime's semaphores (Go's own sync is
// Go code): counter and waiters in one word; the last Done releases them.
struct waitgroup {
  std::atomic<uint64_t> state{0}; // counter << 32 | waiters
  uint32_t sema = 0;
  void add(int64_t delta) {
    uint64_t s = state.fetch_add(uint64_t(delta) << 32) + (uint64_t(delta) << 32);
    if ((s >> 32) != 0 || uint32_t(s) == 0)
      return;
    state.store(0);
    for (uint32_t w = uint32_t(s); w > 0; w--)
      go::impl::semrelease(&sema);
  }
  void wait() {
    for (;;) {
      uint64_t s = state.load();
      if ((s >> 32) == 0)
        return;
      if (state.compare_exchange_weak(s, s + 1)) {
        go::impl::semacquire(&sema, false, go::impl::wait_reason::sync_waitgroup);
        return;
      }
    }
  }
};

// bench/mutex: eight goroutines each increment a shared counter 2,000,000
// times under one sync.Mutex.
void mutex(benchmark::State &state) {
  run(state, [] {
    constexpr int64_t nworkers = 8, per_worker = 2'000'000;
    go::impl::mutex mu{};
    waitgroup wg;
    int64_t counter = 0;
    wg.add(nworkers);
    for (int64_t w = 0; w < nworkers; w++)
      go::spawn([&] {
        for (int64_t i = 0; i < per_worker; i++) {
          go::impl::preempt_check();
          go::impl::mutex_lock(&mu);
          counter++;
          go::impl::mutex_unlock(&mu);
        }
        wg.add(-1);
      });
    wg.wait();
    return expect(counter, nworkers * per_worker);
  });
}

// bench/waitgroup: 50 rounds of 10,000 goroutines joined by a WaitGroup.
void waitgroup_bench(benchmark::State &state) {
  run(state, [] {
    constexpr int64_t rounds = 50, fanout = 10'000;
    std::atomic<int64_t> total{0};
    for (int64_t r = 0; r < rounds; r++) {
      waitgroup wg;
      wg.add(fanout);
      for (int64_t i = 0; i < fanout; i++) {
        go::impl::preempt_check();
        go::spawn([&total, &wg, i] {
          total.fetch_add(i % 7);
          wg.add(-1);
        });
      }
      wg.wait();
    }
    int64_t per_round = 0;
    for (int64_t i = 0; i < fanout; i++)
      per_round += i % 7;
    return expect(total.load(), rounds * per_round);
  });
}

// bench/skynet: a tree of goroutines, ten children per node, 1,000,000
// leaves, each node summing its children's results over a channel.
void skynet_node(go::chan<int64_t> *c, int64_t num, int64_t size, int64_t div) {
  go::impl::preempt_check();
  if (size == 1) {
    go::send(c, num);
    return;
  }
  auto *rc = go::make_chan<int64_t>(div);
  for (int64_t i = 0; i < div; i++) {
    go::impl::preempt_check();
    int64_t sub = num + i * (size / div);
    go::spawn([=] { skynet_node(rc, sub, size / div, div); });
  }
  int64_t sum = 0;
  for (int64_t i = 0; i < div; i++) {
    go::impl::preempt_check();
    sum += go::recv(rc);
  }
  go::send(c, sum);
}

void skynet(benchmark::State &state) {
  run(state, [] {
    constexpr int64_t leaves = 1'000'000;
    auto *c = go::make_chan<int64_t>(0);
    go::spawn([c] { skynet_node(c, 0, leaves, 10); });
    return expect(go::recv(c), leaves * (leaves - 1) / 2);
  });
}

// Names are bench/run.py's row names (chanbuf/1 is chanbuf with 1 producer).
BENCHMARK(spawn)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(pingpong)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(chanbuf)->Arg(1)->Arg(4)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(select4)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(mutex)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(waitgroup_bench)->Name("waitgroup")->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(skynet)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
