// Signals for os/signal (its overlay's native code calls these): a
// handler for each enabled signal writes the signal's number into a pipe,
// a thread of the runtime reads it, marks the signal pending and readies
// the goroutine waiting in signal_recv. A goroutine waiting for signals does
// not count as asleep for the deadlock check, as in Go.
#pragma once

#include <cstdint>

namespace go::impl {

void signal_enable(uint32_t sig);
void signal_disable(uint32_t sig);
void signal_ignore(uint32_t sig);
bool signal_ignored(uint32_t sig);
// Waits for the next enabled signal to arrive; returns its number.
uint32_t signal_recv();
// Goroutines in signal_recv (for the deadlock check).
int64_t signal_receivers();

} // namespace go::impl
