// hash/maphash: seeded hashes are random per seed, so the program prints
// only what holds for any seed: equal inputs under one seed hash equal,
// Write and WriteString agree, Reset starts over, and distinct inputs
// (almost surely) differ.
package main

import (
	"fmt"
	"hash/maphash"
)

func main() {
	seed := maphash.MakeSeed()
	var h1, h2 maphash.Hash
	h1.SetSeed(seed)
	h2.SetSeed(seed)
	h1.WriteString("hello, ")
	h1.WriteString("world")
	h2.Write([]byte("hello, world"))
	fmt.Println("same input, same seed:", h1.Sum64() == h2.Sum64())
	sum := h1.Sum64()
	h1.Reset()
	h1.WriteString("hello, world")
	fmt.Println("after Reset:", h1.Sum64() == sum)
	h1.WriteByte('!')
	fmt.Println("more input differs:", h1.Sum64() != sum)
	fmt.Println("Seed kept:", h1.Seed() == seed, h1.Size(), h1.BlockSize())
	seen := map[uint64]bool{}
	for i := 0; i < 1000; i++ {
		var h maphash.Hash
		h.SetSeed(seed)
		fmt.Fprintf(&h, "key-%d", i)
		seen[h.Sum64()] = true
	}
	fmt.Println("distinct keys:", len(seen))
	var zero maphash.Hash // a zero Hash picks a seed of its own
	zero.WriteString("x")
	fmt.Println("zero Hash works:", zero.Sum64() == zero.Sum64())
}
