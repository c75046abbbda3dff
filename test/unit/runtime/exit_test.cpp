// How programs end: unrecovered panics, deadlocks, stack overflow, recover
// through defer frames, and run_main's exit status. Process-ending cases run
// in a child (death tests) and check gc's exact texts and exit status 2.
#include "gocxx/runtime.h"

#include <gtest/gtest.h>

#include <cstdlib>

using namespace go::literals;

namespace {

class ExitDeathTest : public ::testing::Test {
protected:
  void SetUp() override { GTEST_FLAG_SET(death_test_style, "threadsafe"); }
};

TEST_F(ExitDeathTest, UnrecoveredPanicInGoroutine) {
  EXPECT_EXIT(go::impl::run_in_scheduler(2, [] { go::panic("boom"_gs); }),
              ::testing::ExitedWithCode(2), "^panic: boom\n\ngoroutine 1 \\[running\\]:\n");
  EXPECT_EXIT(go::impl::run_in_scheduler(2, [] { go::panic(int64_t(42)); }),
              ::testing::ExitedWithCode(2), "^panic: 42\n");
  EXPECT_EXIT(go::impl::run_in_scheduler(2, [] { go::impl::panic_nil_map(); }),
              ::testing::ExitedWithCode(2), "^panic: assignment to entry in nil map\n");
  EXPECT_EXIT(go::impl::run_in_scheduler(2,
                                         [] {
                                           auto *c = go::make_chan<bool>(0);
                                           go::spawn(
                                               [] { go::index(go::make_slice<int64_t>(3), 5); });
                                           go::recv(c);
                                         }),
              ::testing::ExitedWithCode(2),
              "^panic: runtime error: index out of range \\[5\\] with length 3\n\ngoroutine 17 "
              "\\[running\\]:");
  EXPECT_EXIT(
      go::impl::run_in_scheduler(1, [] { *go::impl::nil_check(static_cast<int *>(nullptr)) = 1; }),
      ::testing::ExitedWithCode(2),
      "^panic: runtime error: invalid memory address or nil pointer dereference\n\\[signal "
      "SIGSEGV");
}

TEST_F(ExitDeathTest, Deadlock) {
  EXPECT_EXIT(
      go::impl::run_in_scheduler(2,
                                 [] {
                                   go::spawn([] { go::select(nullptr, 0, false); });
                                   go::spawn([] { go::recv<int64_t>(nullptr); });
                                   go::recv(go::make_chan<int64_t>(0));
                                 }),
      ::testing::ExitedWithCode(2),
      // No frames: C++ code registers no Go functions (traceback.h).
      "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \\[chan receive\\]:\n"
      "\ngoroutine [0-9]+ \\[select \\(no cases\\)\\]:\n\ngoroutine [0-9]+ "
      "\\[chan receive \\(nil chan\\)\\]:\n$");
}

TEST_F(ExitDeathTest, SleepingIsNotDeadlock) {
  EXPECT_EXIT(go::impl::run_in_scheduler(1,
                                         [] {
                                           go::spawn([] {
                                             go::sleep(50'000'000);
                                             go::exit(3);
                                           });
                                           go::recv(go::make_chan<int64_t>(0));
                                         }),
              ::testing::ExitedWithCode(3), "");
}

int64_t deep(int64_t n) {
  go::impl::preempt_check();
  volatile char pad[200];
  pad[0] = char(n);
  return n == 0 ? 0 : deep(n - 1) + pad[0];
}

// The overflow tests run on 1 MiB stacks: on the default 8 MiB, TSan's
// trace of the 8x deeper recursion fills up inside the fault handler and
// waits there for good.
void small_stacks() { setenv("GOCXX_STACK_KB", "1024", 1); }

TEST_F(ExitDeathTest, StackOverflow) {
  small_stacks();
  EXPECT_EXIT(go::impl::run_in_scheduler(2,
                                         [] {
                                           go::spawn([] { deep(1 << 30); });
                                           go::sleep(5'000'000'000);
                                         }),
              ::testing::ExitedWithCode(2),
              "fatal error: stack overflow\n\ngoroutine 17 \\[running\\]:");
}

// Without preempt_check the hardware guard page catches it.
[[gnu::noinline]] int64_t deep_unchecked(int64_t n) {
  volatile char pad[200];
  pad[0] = char(n);
  return n == 0 ? 0 : deep_unchecked(n - 1) + pad[0];
}

TEST_F(ExitDeathTest, StackOverflowHitsGuardPage) {
  small_stacks();
  EXPECT_EXIT(go::impl::run_in_scheduler(2,
                                         [] {
                                           go::spawn([] { deep_unchecked(1 << 30); });
                                           go::sleep(5'000'000'000);
                                         }),
              ::testing::ExitedWithCode(2),
              "fatal error: stack overflow\n\ngoroutine 17 \\[running\\]:");
}

void run_main_with_stray_goroutine() {
  char arg0[] = "prog";
  char *argv[] = {arg0, nullptr};
  go::run_main(1, argv, [] {
    go::spawn([] { go::recv<int64_t>(nullptr); });
    go::impl::write_all(1, "hi\n", 3);
  });
}

TEST_F(ExitDeathTest, RunMainExitsZeroWithGoroutinesRunning) {
  EXPECT_EXIT(run_main_with_stray_goroutine(), ::testing::ExitedWithCode(0), "");
}

// defer / recover outside any scheduler (the panic stack is per thread).
int64_t recovering(bool &recovered_value_ok) {
  go::impl::defer_frame defers;
  int64_t result = -1;
  try {
    defers.push(
        [&] {
          go::any r = go::recover(go::impl::take_recover_arm());
          recovered_value_ok = r.type == &go::abi::type_string.r &&
                               go::assert_type<go::string>(r, &go::abi::type_string.r) == "x"_gs;
          result = 7;
        },
        true);
    go::panic("x"_gs);
  } catch (...) {
    defers.unwind(std::current_exception());
    return result;
  }
  defers.run();
  return result;
}

TEST(Recover, DeferredCallRecovers) {
  bool ok = false;
  EXPECT_EQ(recovering(ok), 7);
  EXPECT_TRUE(ok);
  EXPECT_EQ(go::recover(true).type, nullptr); // not panicking: nil
}

TEST(Recover, DeferredCallsRunInReverseAndRepanic) {
  std::string order;
  try {
    go::impl::defer_frame defers;
    try {
      defers.push([&] { order += "1"; });
      defers.push([&] { order += "2"; });
      go::panic(int64_t(5));
    } catch (...) {
      defers.unwind(std::current_exception());
    }
    FAIL() << "unwind must rethrow an unrecovered panic";
  } catch (go::impl::panic_exception &e) {
    EXPECT_EQ(go::assert_type<int64_t>(e.value, &go::abi::type_int.r), 5);
  }
  EXPECT_EQ(order, "21");
}

} // namespace
