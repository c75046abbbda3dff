// Scheduler, channels, select and timers, each run on schedulers of 1, 2
// and 4 workers. The fixture runs a test body as goroutine 1 through
// run_in_scheduler and checks on the way out that every goroutine the body
// started has ended (a leaked, blocked goroutine fails the test before it
// could deadlock the process).
#include "gocxx/runtime.h"
#include "gocxx/runtime/runtime_api.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <vector>

using namespace go::literals;

namespace {

class Sched : public ::testing::TestWithParam<int> {
protected:
  // Runs body as a goroutine; afterwards only that goroutine may be left.
  void run(std::function<void()> body) {
    bool leaked = false;
    go::impl::run_in_scheduler(GetParam(), [&] {
      body();
      int64_t deadline = go::nanotime() + 5'000'000'000;
      while (go::num_goroutine() > 1 && go::nanotime() < deadline)
        go::sleep(1'000'000);
      leaked = go::num_goroutine() != 1;
    });
    EXPECT_FALSE(leaked) << "goroutines leaked";
  }
};

INSTANTIATE_TEST_SUITE_P(Workers, Sched, ::testing::Values(1, 2, 4),
                         [](const auto &info) { return "w" + std::to_string(info.param); });

TEST_P(Sched, SpawnManyAndJoinThroughChannel) {
  run([] {
    constexpr int64_t n = 2000;
    auto *done = go::make_chan<int64_t>(0);
    for (int64_t i = 0; i < n; i++)
      go::spawn([done, i] { go::send(done, i); });
    int64_t sum = 0;
    for (int64_t i = 0; i < n; i++)
      sum += go::recv(done);
    EXPECT_EQ(sum, n * (n - 1) / 2);
  });
}

TEST_P(Sched, UnbufferedPingPong) {
  run([] {
    auto *ping = go::make_chan<int64_t>(0);
    auto *pong = go::make_chan<int64_t>(0);
    go::spawn([=] {
      for (;;) {
        auto [v, ok] = go::recv2(ping);
        if (!ok)
          break;
        go::send(pong, v + 1);
      }
    });
    int64_t v = 0;
    for (int i = 0; i < 10000; i++) {
      go::send(ping, v);
      v = go::recv(pong);
    }
    go::close(ping);
    EXPECT_EQ(v, 10000);
  });
}

TEST_P(Sched, BufferedKeepsOrderAndCloseDrains) {
  run([] {
    auto *c = go::make_chan<go::string>(3);
    go::send(c, "a"_gs);
    go::send(c, "b"_gs);
    EXPECT_EQ(go::len(c), 2);
    EXPECT_EQ(go::cap(c), 3);
    go::close(c);
    EXPECT_EQ(go::recv(c).view(), "a");
    auto [v, ok] = go::recv2(c);
    EXPECT_EQ(v.view(), "b");
    EXPECT_TRUE(ok);
    auto [z, ok2] = go::recv2(c);
    EXPECT_EQ(z.n, 0);
    EXPECT_FALSE(ok2);
  });
}

TEST_P(Sched, ManyProducersOneConsumer) {
  run([] {
    constexpr int producers = 8, each = 2000;
    auto *c = go::make_chan<int64_t>(16);
    auto *done = go::make_chan<bool>(0);
    for (int p = 0; p < producers; p++)
      go::spawn([=] {
        for (int64_t i = 1; i <= each; i++)
          go::send(c, i);
        go::send(done, true);
      });
    go::spawn([=] {
      for (int p = 0; p < producers; p++)
        go::recv(done);
      go::close(c);
    });
    int64_t sum = 0, count = 0;
    for (;;) {
      auto [v, ok] = go::recv2(c);
      if (!ok)
        break;
      sum += v;
      count++;
    }
    EXPECT_EQ(count, producers * each);
    EXPECT_EQ(sum, int64_t(producers) * each * (each + 1) / 2);
  });
}

TEST_P(Sched, CloseWakesAllReceivers) {
  run([] {
    auto *c = go::make_chan<int64_t>(0);
    auto *res = go::make_chan<bool>(10);
    for (int i = 0; i < 10; i++)
      go::spawn([=] { go::send(res, go::recv2(c).second); });
    go::sleep(5'000'000);
    go::close(c);
    for (int i = 0; i < 10; i++)
      EXPECT_FALSE(go::recv(res));
  });
}

// The Go text of a panic raised by fn inside a goroutine, "" if none.
std::string panic_text(const std::function<void()> &fn) {
  try {
    fn();
  } catch (go::impl::panic_exception &e) {
    if (auto *m = go::abi::find_method(e.value.type, "Error"))
      return std::string(
          reinterpret_cast<go::string (*)(void *)>(const_cast<void *>(m->ifn))(e.value.data)
              .view());
    return "?";
  }
  return "";
}

TEST_P(Sched, ChannelPanics) {
  run([] {
    auto *c = go::make_chan<int64_t>(1);
    go::close(c);
    EXPECT_EQ(panic_text([&] { go::send(c, 1); }), "send on closed channel");
    EXPECT_EQ(panic_text([&] { go::close(c); }), "close of closed channel");
    EXPECT_EQ(panic_text([&] { go::close<int64_t>(nullptr); }), "close of nil channel");
    // A sender parked on a channel that gets closed panics too.
    auto *u = go::make_chan<int64_t>(0);
    auto *out = go::make_chan<go::string>(1);
    go::spawn([=] { go::send(out, go::to_string(panic_text([&] { go::send(u, 1); }))); });
    go::sleep(5'000'000);
    go::close(u);
    EXPECT_EQ(go::recv(out).view(), "send on closed channel");
  });
}

TEST_P(Sched, SelectDefaultNilAndClosed) {
  run([] {
    go::chan<int64_t> *nilc = nullptr;
    auto *c = go::make_chan<int64_t>(1);
    int64_t x = 0;
    go::select_case cs[] = {go::recv_case(nilc, &x), go::recv_case(c, &x)};
    EXPECT_EQ(go::select(cs, 2, true), -1);
    go::send(c, 7);
    EXPECT_EQ(go::select(cs, 2, true), 1);
    EXPECT_EQ(x, 7);
    int64_t v = 9;
    go::select_case sc[] = {go::send_case(nilc, &v), go::send_case(c, &v)};
    EXPECT_EQ(go::select(sc, 2, false), 1);
    EXPECT_EQ(go::recv(c), 9);
    go::close(c);
    bool ok = true;
    go::select_case rc[] = {go::recv_case(c, &x, &ok)};
    EXPECT_EQ(go::select(rc, 1, false), 0);
    EXPECT_FALSE(ok);
    EXPECT_EQ(x, 0);
  });
}

TEST_P(Sched, SelectBlocksUntilOneCaseFires) {
  run([] {
    auto *a = go::make_chan<int64_t>(0);
    auto *b = go::make_chan<go::string>(0);
    auto *quit = go::make_chan<bool>(0);
    go::spawn([=] {
      go::sleep(2'000'000);
      go::send(b, "hi"_gs);
      go::recv(quit);
    });
    int64_t av = 0;
    go::string bv;
    go::select_case cs[] = {go::recv_case(a, &av), go::recv_case(b, &bv), go::recv_case(quit)};
    EXPECT_EQ(go::select(cs, 3, false), 1);
    EXPECT_EQ(bv.view(), "hi");
    // The other waiters were withdrawn: a later send on a finds no stale one.
    int64_t one = 1;
    go::select_case sa[] = {go::send_case(a, &one)};
    EXPECT_EQ(go::select(sa, 1, true), -1);
    go::send(quit, true);
  });
}

// Both cases are always ready: each must win about half the time.
TEST_P(Sched, SelectIsFair) {
  run([] {
    auto *a = go::make_chan<int64_t>(1);
    auto *b = go::make_chan<int64_t>(1);
    int64_t wins[2] = {0, 0};
    constexpr int rounds = 20000;
    for (int i = 0; i < rounds; i++) {
      go::send(a, 1);
      go::send(b, 2);
      int64_t v;
      go::select_case cs[] = {go::recv_case(a, &v), go::recv_case(b, &v)};
      int64_t k = go::select(cs, 2, false);
      wins[k]++;
      go::recv(k == 0 ? b : a);
    }
    // Binomial(20000, 0.5): sd ~ 71; 5 sd either side.
    EXPECT_NEAR(double(wins[0]), rounds / 2.0, 360.0);
  });
}

// Two goroutines selecting over the same pair of channels in opposite case
// order must not deadlock (locks are taken in address order).
TEST_P(Sched, SelectLockOrder) {
  run([] {
    auto *a = go::make_chan<int64_t>(0);
    auto *b = go::make_chan<int64_t>(0);
    auto *done = go::make_chan<bool>(0);
    go::spawn([=] {
      for (int i = 0; i < 2000; i++) {
        int64_t v = i;
        go::select_case cs[] = {go::send_case(a, &v), go::send_case(b, &v)};
        go::select(cs, 2, false);
      }
      go::send(done, true);
    });
    int got = 0;
    for (int i = 0; i < 2000; i++) {
      int64_t v;
      go::select_case cs[] = {go::recv_case(b, &v), go::recv_case(a, &v)};
      go::select(cs, 2, false);
      got++;
    }
    go::recv(done);
    EXPECT_EQ(got, 2000);
  });
}

TEST_P(Sched, SleepOrdersWakeups) {
  run([] {
    auto *order = go::make_chan<int64_t>(3);
    int64_t t0 = go::nanotime();
    for (int64_t d : {30, 10, 20})
      go::spawn([=] {
        go::sleep(d * 1'000'000);
        go::send(order, d);
      });
    EXPECT_EQ(go::recv(order), 10);
    EXPECT_EQ(go::recv(order), 20);
    EXPECT_EQ(go::recv(order), 30);
    int64_t elapsed = go::nanotime() - t0;
    EXPECT_GE(elapsed, 30'000'000);
    EXPECT_LT(elapsed, 2'000'000'000);
  });
}

// A goroutine spinning with only preempt_check() in its loop must not keep
// the others from running, even with one worker.
TEST_P(Sched, SpinningGoroutineIsPreempted) {
  run([] {
    std::atomic<bool> stop{false};
    auto *started = go::make_chan<bool>(0);
    auto *finished = go::make_chan<bool>(0);
    go::spawn([&stop, started, finished] {
      go::send(started, true);
      while (!stop.load(std::memory_order_relaxed))
        go::impl::preempt_check();
      go::send(finished, true);
    });
    go::recv(started);
    int64_t t0 = go::nanotime();
    go::gosched();
    go::sleep(1'000'000); // needs the worker back from the spinner
    stop = true;
    go::recv(finished); // stop lives in this frame: wait for the spinner
    EXPECT_LT(go::nanotime() - t0, 1'000'000'000);
  });
}

TEST_P(Sched, GoschedAndCounts) {
  run([] {
    EXPECT_EQ(go::num_goroutine(), 1);
    auto *c = go::make_chan<bool>(0);
    go::spawn([c] { go::recv(c); });
    go::gosched();
    EXPECT_EQ(go::num_goroutine(), 2);
    go::send(c, true);
    EXPECT_GE(go::num_cpu(), 1);
    EXPECT_EQ(go::gomaxprocs(0), GetParam());
  });
}

// Stacks and goroutine records come from per-worker caches refilled from
// global pools and new 64-stack chunks: many goroutines parked at once,
// released, and started again in a second wave (on recycled stacks and
// records, ending on other workers than they started on) must each find
// their own frame intact after parking.
TEST_P(Sched, ParkedGoroutinesKeepTheirOwnStacks) {
  run([] {
    constexpr int64_t n = 3000; // dozens of chunks, past every cache size
    for (int wave = 0; wave < 2; wave++) {
      auto *ready = go::make_chan<bool>(n);
      auto *gate = go::make_chan<bool>(0);
      auto *results = go::make_chan<int64_t>(n);
      for (int64_t i = 0; i < n; i++)
        go::spawn([ready, gate, results, i] {
          volatile int64_t frame[64];
          for (int64_t k = 0; k < 64; k++)
            frame[k] = i * 64 + k;
          go::send(ready, true);
          go::recv(gate); // parked here, with the frame on this stack
          int64_t bad = 0;
          for (int64_t k = 0; k < 64; k++)
            bad += frame[k] != i * 64 + k;
          go::send(results, bad);
        });
      for (int64_t i = 0; i < n; i++) // all n frames are live at once
        go::recv(ready);
      go::close(gate);
      int64_t bad = 0;
      for (int64_t i = 0; i < n; i++)
        bad += go::recv(results);
      EXPECT_EQ(bad, 0) << "wave " << wave;
    }
  });
}

// How many goroutines run at the same time: each of n goroutines spends
// about section_ns in a section without preemption checks (so it cannot be
// switched out inside it) and records how many were inside at once.
int64_t max_parallel(int64_t n, int64_t section_ns) {
  std::atomic<int64_t> inside{0}, max_inside{0};
  auto *done = go::make_chan<bool>(0);
  for (int64_t i = 0; i < n; i++)
    go::spawn([&inside, &max_inside, done, section_ns] {
      int64_t now = inside.fetch_add(1) + 1;
      int64_t seen = max_inside.load();
      while (now > seen && !max_inside.compare_exchange_weak(seen, now)) {
      }
      int64_t end = go::nanotime() + section_ns;
      while (go::nanotime() < end) {
      }
      inside.fetch_sub(1);
      go::send(done, true);
    });
  for (int64_t i = 0; i < n; i++) // inside and max_inside live in this frame
    go::recv(done);
  return max_inside.load();
}

// Lowering GOMAXPROCS stops the workers above it: afterwards one goroutine
// runs at a time, whichever worker the caller ran on. Raising it again
// brings them back (on a loaded machine two may still take a while to
// overlap, so that is retried).
TEST_P(Sched, LoweringGomaxprocsLimitsParallelism) {
  int64_t workers = GetParam();
  run([workers] {
    EXPECT_EQ(go::gomaxprocs(1), workers);
    EXPECT_EQ(go::gomaxprocs(0), 1);
    EXPECT_EQ(max_parallel(4 * workers, 2'000'000), 1);
    EXPECT_EQ(go::gomaxprocs(workers), 1);
    EXPECT_EQ(go::gomaxprocs(-1), workers);
    if (workers > 1) {
      int64_t best = 0;
      for (int round = 0; round < 50 && best < 2; round++)
        best = std::max(best, max_parallel(4 * workers, 2'000'000));
      EXPECT_GE(best, 2);
      EXPECT_LE(best, workers);
    }
  });
}

// Goroutines keep running to completion while GOMAXPROCS goes down and up
// under them, from a goroutine that itself moves between workers.
TEST_P(Sched, GomaxprocsChangesUnderLoad) {
  int64_t workers = GetParam();
  run([workers] {
    constexpr int64_t producers = 8;
    std::atomic<bool> stop{false};
    auto *c = go::make_chan<int64_t>(4);
    auto *sums = go::make_chan<int64_t>(0);
    auto *want = go::make_chan<int64_t>(1);
    auto *changed = go::make_chan<bool>(0);
    for (int64_t p = 0; p < producers; p++)
      go::spawn([&stop, c, sums] {
        int64_t sum = 0;
        for (int64_t i = 1; i <= 100 || !stop.load(); i++) {
          // A child per item: spawns fill the local queues.
          auto *r = go::make_chan<int64_t>(1);
          go::spawn([r, i] { go::send(r, i); });
          go::send(c, go::recv(r));
          sum += i;
        }
        go::send(sums, sum);
      });
    go::spawn([=] {
      int64_t total = 0;
      for (int64_t p = 0; p < producers; p++)
        total += go::recv(sums);
      go::close(c);
      go::send(want, total);
    });
    go::spawn([&stop, changed, workers] {
      int64_t setting = workers;
      for (int i = 0; i < 40; i++) {
        int64_t next = i % 2 ? workers : 1 + i % workers;
        EXPECT_EQ(go::gomaxprocs(next), setting);
        setting = next;
        go::sleep(200'000);
      }
      EXPECT_EQ(go::gomaxprocs(workers), setting);
      stop = true;
      go::send(changed, true);
    });
    int64_t sum = 0;
    for (;;) {
      auto [v, ok] = go::recv2(c);
      if (!ok)
        break;
      sum += v;
    }
    EXPECT_EQ(sum, go::recv(want));
    go::recv(changed); // stop lives in this frame
  });
}

// Goroutines queued on a worker that GOMAXPROCS stops are not stranded: one
// goroutine per worker fills its own worker's queue while every worker is
// busy (so none can steal), then one of them lowers GOMAXPROCS to 1. The
// others wait with preemption checks, so they yield to the stop.
TEST_P(Sched, QueuedGoroutinesOfStoppedWorkersStillRun) {
  int64_t workers = GetParam();
  run([workers] {
    constexpr int64_t children = 100; // runnext and ring
    std::atomic<int64_t> arrived{0}, filled{0};
    std::atomic<bool> lowered{false};
    auto *ran = go::make_chan<bool>(workers * children);
    auto *done = go::make_chan<bool>(0);
    for (int64_t k = 0; k < workers; k++)
      go::spawn([&, ran, done, workers] {
        int64_t me = arrived.fetch_add(1);
        while (arrived.load() < workers) // one goroutine on each worker
          go::impl::preempt_check();
        for (int64_t i = 0; i < children; i++)
          go::spawn([ran] { go::send(ran, true); });
        filled.fetch_add(1);
        while (filled.load() < workers)
          go::impl::preempt_check();
        if (me == 0) {
          EXPECT_EQ(go::gomaxprocs(1), workers);
          lowered = true;
        }
        while (!lowered.load())
          go::impl::preempt_check();
        go::send(done, true);
      });
    for (int64_t k = 0; k < workers; k++) // the atomics live in this frame
      go::recv(done);
    for (int64_t i = 0; i < workers * children; i++)
      go::recv(ran);
    EXPECT_EQ(go::gomaxprocs(workers), 1);
  });
}

} // namespace

TEST_P(Sched, GoexitRunsDeferredCallsAndEndsTheGoroutine) {
  run([] {
    auto *done = go::make_chan<int64_t>(1);
    go::spawn([done] {
      go::impl::defer_frame defers;
      try {
        defers.push([done] {
          // recover() sees no panic during Goexit.
          go::send(done, go::recover(true).type == nullptr ? int64_t(1) : int64_t(2));
        });
        go::goexit();
      } catch (...) {
        defers.unwind(std::current_exception());
      }
      go::send(done, int64_t(3)); // not reached: Goexit goes on after the deferred calls
    });
    EXPECT_EQ(go::recv(done), 1);
  });
}

namespace {
std::atomic<int> finalized{0};

// Allocates in a frame of its own, so no pointer to the objects is left on
// the caller's stack.
[[gnu::noinline]] void make_finalizable(int n) {
  for (int i = 0; i < n; i++) {
    auto *p = go::new_object<int64_t>(int64_t(i));
    go::impl::set_finalizer(p, go::func<void(void *)>([](void *) { finalized.fetch_add(1); }));
  }
}
} // namespace

TEST_P(Sched, FinalizersRunOnAGoroutineNotCounted) {
  run([] {
    finalized.store(0);
    make_finalizable(200);
    int64_t deadline = go::nanotime() + 5'000'000'000;
    while (finalized.load() < 100 && go::nanotime() < deadline) {
      go::impl::gc_collect();
      go::sleep(1'000'000);
    }
    // Conservative scanning may keep a few alive; most must go.
    EXPECT_GE(finalized.load(), 100);
    EXPECT_EQ(go::num_goroutine(), 1);
  });
}
