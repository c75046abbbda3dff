package main

func main() {
	var m map[int]int
	var s []int
	delete(m)
	_ = len(s, s)
	_ = append()
	_ = make()
	_ = append(nil, 1)
	_ = cap()
	copy(s)
	panic()
	_ = complex(1)
	var p *int
	_ = p == 1
	_ = s == s
	type S struct{ f []int }
	_ = S{} == S{}
	_ = m < m
}
