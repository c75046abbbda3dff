// RUN: %gocxx emit --no-line %s | FileCheck %s
// A select evaluates its channels and sent values first, then hands the
// runtime one array of cases; the chosen index picks the body (-1: default).

package main

func main() {
	a, b := make(chan int, 1), make(chan string)
	a <- 1
	// CHECK: auto select_3_0_ch = a;
	// CHECK: go::string select_3_1_v = "s"_gs;
	// CHECK: go::select_case select_3_cases[] = {go::recv_case(select_3_0_ch, &select_3_0_v, &select_3_0_ok), go::send_case(select_3_1_ch, &select_3_1_v)};
	// CHECK: switch (go::select(select_3_cases, 2, true)) {
	select {
	// CHECK: case 0: {
	// CHECK-NEXT: int64_t v = select_3_0_v;
	case v := <-a:
		println(v)
	case b <- "s":
	// CHECK: case -1: {
	default:
	}
}
