// A C++ program that calls the Go package stats (goroutines and channels
// inside), which calls back into C++ (host.cpp).
#include "host.h"
#include "stats_export.h"

#include <atomic>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

int main() {
  const char *text = "Go and C++\nin one program\nCalling each other";
  std::cout << "score: " << Score(go::to_string(text)) << "\n";

  std::vector<go::string> words;
  for (const char *w : {"the", "cat", "and", "The", "dog", "and", "THE", "bird"})
    words.push_back(go::to_string(w));
  go::slice<go::string> top = Top(go::slice_from(std::span<const go::string>(words)), 2);
  std::cout << "top:";
  for (go::string w : top)
    std::cout << " " << w.view();
  std::cout << "\n";

  for (const char *s : {"8080", "http", "70000"}) {
    auto [port, err] = ParsePort(go::to_string(s));
    if (go::is_nil(err))
      std::cout << "port " << port << "\n";
    else
      std::cout << "error: " << go::error_text(err) << "\n";
  }

  try {
    Divide(1, 0);
  } catch (const go::panic_error &e) {
    std::cout << "caught a Go panic: " << e.what() << "\n";
  }

  std::vector<int64_t> xs = {1, 2, 3, 4};
  go::slice<int64_t> squares = Map(go::slice_from(std::span<const int64_t>(xs)),
                                   go::func<int64_t(int64_t)>([](int64_t x) { return x * x; }));
  std::cout << "squares:";
  for (int64_t x : go::span_of(squares))
    std::cout << " " << x;
  std::cout << "\n";

  // Calls from four C++ threads at once.
  std::atomic<int64_t> total{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; t++)
    threads.emplace_back([&] {
      for (int i = 0; i < 250; i++)
        total += Score(go::to_string(text));
    });
  for (auto &t : threads)
    t.join();
  std::cout << "1000 scores from 4 threads: " << total << "\n";
}
