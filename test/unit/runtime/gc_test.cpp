// Goroutine stacks as GC roots. Goroutines keep the only pointers to lists
// on the collected heap in their own stack frames and park again and again
// while another thread forces collections in a loop; every list must stay
// intact. With the runtime's root pushing switched off the same workload
// must go wrong (checked in a child process, since it may crash), which
// shows the test can fail. With GOCXX_TEST_SHORT set (scripts/sanitize
// sets it, like go test -short) the collecting thread pauses 100 us between
// collections: back to back, they leave the goroutines only brief windows
// to switch in, and the sanitizer builds would take minutes.
#define GC_THREADS
#include <gc/gc.h>

#include "gocxx/runtime.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <pthread.h>
#include <unistd.h>

namespace go::impl {
extern bool gc_push_goroutine_stacks;
}

namespace {

struct node {
  node *next;
  int64_t value;
  int64_t check;
};

node *make_list(int64_t seed, int n) {
  node *head = nullptr;
  for (int i = 0; i < n; i++)
    head = go::new_object<node>(node{head, seed + i, ~(seed + i)});
  return head;
}

int64_t bad_nodes(node *head, int64_t seed, int n) {
  int64_t bad = 0;
  for (int i = n - 1; i >= 0; i--) {
    if (!head)
      return bad + i + 1;
    if (head->value != seed + i || head->check != ~(seed + i))
      bad++;
    head = head->next;
  }
  return bad;
}

std::atomic<bool> collecting{false};

void *collector(void *) {
  bool pause = std::getenv("GOCXX_TEST_SHORT") != nullptr;
  while (collecting.load()) {
    GC_gcollect();
    if (pause)
      usleep(100);
  }
  return nullptr;
}

// Returns the number of corrupted nodes seen.
int64_t stress(int workers, int goroutines, int rounds) {
  std::atomic<int64_t> bad{0};
  collecting = true;
  pthread_t t;
  pthread_create(&t, nullptr, &collector, nullptr); // redirected: known to the collector
  go::impl::run_in_scheduler(workers, [&] {
    auto *done = go::make_chan<bool>(0);
    for (int g = 0; g < goroutines; g++) {
      go::spawn([&bad, done, g, rounds] {
        for (int r = 0; r < rounds; r++) {
          int64_t seed = int64_t(g) * 1'000'000 + r * 1000;
          node *list = make_list(seed, 50); // only this frame points at it
          for (int k = 0; k < 3; k++)
            go::gosched();
          go::sleep(100'000);
          // Allocate garbage meanwhile so freed nodes get reused.
          for (int k = 0; k < 20; k++)
            make_list(-1, 10);
          bad += bad_nodes(list, seed, 50);
        }
        go::send(done, true);
      });
    }
    for (int g = 0; g < goroutines; g++)
      go::recv(done);
  });
  collecting = false;
  pthread_join(t, nullptr);
  return bad.load();
}

TEST(GcRoots, ParkedStacksKeepObjectsAlive) {
  for (int workers : {1, 2, 4})
    EXPECT_EQ(stress(workers, 100, 6), 0) << workers << " workers";
  EXPECT_GT(GC_get_gc_no(), 10u);
}

TEST(GcRootsDeathTest, WithoutRootPushingObjectsAreLost) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        go::impl::gc_push_goroutine_stacks = false;
        int64_t bad = stress(2, 100, 6);
        std::fprintf(stderr, "corrupted nodes: %lld\n", (long long)bad);
        std::_Exit(bad > 0 ? 1 : 0);
      },
      [](int status) { return !(WIFEXITED(status) && WEXITSTATUS(status) == 0); }, "");
}

} // namespace
