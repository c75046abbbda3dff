// Types declared inside functions that refer to themselves: linked lists,
// trees, mutually recursive pairs, a test-table struct whose func field
// takes a pointer to its own type, used as values, interfaces and map keys.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func list() {
	type node struct {
		val  int
		next *node
	}
	var head *node
	for i := 3; i > 0; i-- {
		head = &node{i, head}
	}
	var parts []string
	for n := head; n != nil; n = n.next {
		parts = append(parts, fmt.Sprint(n.val))
	}
	fmt.Println(strings.Join(parts, "->"), *head.next.next)
}

func tree() {
	type tree struct {
		left, right *tree
		key         string
		kids        []tree
		index       map[string]*tree
	}
	var insert func(t *tree, k string) *tree
	insert = func(t *tree, k string) *tree {
		if t == nil {
			return &tree{key: k}
		}
		if k < t.key {
			t.left = insert(t.left, k)
		} else {
			t.right = insert(t.right, k)
		}
		return t
	}
	var root *tree
	for _, k := range []string{"m", "c", "x", "a", "e"} {
		root = insert(root, k)
	}
	var walk func(t *tree) string
	walk = func(t *tree) string {
		if t == nil {
			return ""
		}
		return walk(t.left) + t.key + walk(t.right)
	}
	root.kids = append(root.kids, tree{key: "kid"})
	root.index = map[string]*tree{"self": root}
	fmt.Println(walk(root), root.kids[0].key, root.index["self"] == root)
	var x any = root.kids[0]
	fmt.Printf("%T %v\n", x, x.(tree).key)
}

func pair() {
	type b struct{ n int }
	type a struct {
		name string
		peer *struct{ back *a }
		bs   []b
	}
	x := &a{name: "x"}
	x.peer = &struct{ back *a }{x}
	fmt.Println(x.peer.back.name, len(x.bs))
}

func tableTests() {
	type testCase struct {
		name   string
		input  int
		setup  func(*testCase)
		check  func(tc testCase, got int) bool
		parent *testCase
	}
	cases := []testCase{
		{name: "double", input: 2, check: func(tc testCase, got int) bool { return got == 4 }},
		{name: "setup", input: 1, setup: func(tc *testCase) { tc.input = 5 },
			check: func(tc testCase, got int) bool { return got == 10 }},
	}
	for i := range cases {
		tc := &cases[i]
		if tc.setup != nil {
			tc.setup(tc)
		}
		got := tc.input * 2
		fmt.Printf("%s %d %v\n", tc.name, got, tc.check(*tc, got))
	}
	type key struct {
		id   int
		prev *key
	}
	k1 := &key{1, nil}
	k2 := key{2, k1}
	m := map[key]string{*k1: "one", k2: "two"}
	ks := make([]int, 0)
	for k := range m {
		ks = append(ks, k.id)
	}
	sort.Ints(ks)
	fmt.Println(ks, m[key{2, k1}], m[key{2, nil}] == "", k2 == key{2, k1})
	fmt.Printf("%+v\n", key{3, nil})
}

func main() {
	list()
	tree()
	pair()
	tableTests()
}
