#!/usr/bin/env python3
"""A generator of random, valid, deterministic Go programs, for differential
testing of gocxx against gc (in the spirit of Csmith and of gosmith).

Each program is a set of random functions over the values of everyday Go:
integers of every width with every operator (shifts, division by possibly
zero values guarded by recover), compound assignments, floats, strings and
their conversions, slices (append, copy, slicing, growth), maps (printed in
sorted order), structs and pointers (addresses of locals that stay in the frame or
escape it), interfaces with methods and type
switches, closures nested in closures that capture parameters and locals,
defer/recover, generic functions over constraints, and goroutines and
channels whose results do not depend on scheduling. Every function prints
what it computes, so the whole output is a trace that must be identical
under `go run` and `gocxx run`.

Where Go leaves the order open, gc's is the spec: in one statement, calls
that change what the statement also reads (globals, captured locals,
elements, fields through pointers) run before those reads, as gc orders
them (func_order). Elsewhere, at most one operand of an expression calls
a function.

    gosmith.py SEED [--funcs N] [--keep K]     prints a program
"""

import argparse
import random

INT_TYPES = ["int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64"]
BITS = {"int": 64, "int8": 8, "int16": 16, "int32": 32, "int64": 64,
        "uint": 64, "uint8": 8, "uint16": 16, "uint32": 32, "uint64": 64}


def signed(t):
    return not t.startswith("u")


class Gen:
    def __init__(self, seed, nfuncs, keep=None):
        self.r = random.Random(seed)
        self.nfuncs = nfuncs
        self.keep = keep  # only this function (its index), for minimising
        self.out = []
        self.indent = 1
        self.counter = 0
        self.funcs = []

    # ---- helpers --------------------------------------------------------

    def fresh(self, p="v"):
        self.counter += 1
        return f"{p}{self.counter}"

    def line(self, s):
        self.out.append("\t" * self.indent + s)

    def lit(self, t):
        r = self.r
        b = BITS[t]
        if signed(t):
            lo, hi = -(1 << (b - 1)), (1 << (b - 1)) - 1
        else:
            lo, hi = 0, (1 << b) - 1
        choice = r.random()
        if choice < 0.5:
            v = r.randint(-20 if signed(t) else 0, 20)
        elif choice < 0.7:
            v = r.choice([lo, hi, lo + 1, hi - 1, 0, 1])
        else:
            v = r.randint(lo, hi)
        return f"{t}({v})" if v >= 0 else f"{t}(-{-v})" if v != lo else f"{t}({v})"

    # An integer expression of type t over the variables vs (names of type t).
    def int_expr(self, t, vs, depth=0):
        r = self.r
        # Leaves are variables: an expression of constants only could
        # overflow at compile time.
        if depth > 3 or r.random() < 0.3:
            return r.choice(vs)
        op = r.choice(["+", "-", "*", "&", "|", "^", "&^", "<<", ">>", "/", "%", "unary", "conv",
                       "paren"])
        a = self.int_expr(t, vs, depth + 1)
        if op == "unary":
            return f"{r.choice(['-', '^', '+'])}({a})"
        if op == "conv":
            u = r.choice(INT_TYPES)
            return f"{t}({u}({a}))"
        if op == "paren":
            return f"({a})"
        if op in ("<<", ">>"):
            s = r.randint(0, BITS[t] + 2)
            return f"({a} {op} {s})"
        b = self.int_expr(t, vs, depth + 1)
        if op in ("/", "%"):
            # A divisor that is never zero: |b| | 1.
            return f"({a} {op} ({b} | 1))"
        return f"({a} {op} {b})"

    # ---- program pieces -------------------------------------------------

    def func_ints(self, name):
        r = self.r
        t = r.choice(INT_TYPES)
        params = [self.fresh("p") for _ in range(r.randint(1, 3))]
        self.out.append(f"func {name}({', '.join(params)} {t}) {t} {{")
        vs = list(params)
        for _ in range(r.randint(2, 6)):
            kind = r.random()
            if kind < 0.4:
                v = self.fresh()
                self.line(f"{v} := {self.int_expr(t, vs)}")
                vs.append(v)
            elif kind < 0.7:
                v = r.choice(vs)
                op = r.choice(["+=", "-=", "*=", "&=", "|=", "^=", "&^=", "<<=", ">>=", "/=", "%="])
                if op in ("<<=", ">>="):
                    self.line(f"{v} {op} {r.randint(0, BITS[t])}")
                elif op in ("/=", "%="):
                    self.line(f"{v} {op} ({self.int_expr(t, vs)} | 1)")
                else:
                    self.line(f"{v} {op} {self.int_expr(t, vs)}")
            elif kind < 0.85:
                v = r.choice(vs)
                self.line(f"if {v} > {self.int_expr(t, vs)} {{")
                self.indent += 1
                self.line(f"{v}++")
                self.indent -= 1
                self.line("} else {")
                self.indent += 1
                self.line(f"{v}--")
                self.indent -= 1
                self.line("}")
            else:
                i = self.fresh("i")
                v = r.choice(vs)
                self.line(f"for {i} := 0; {i} < {r.randint(1, 5)}; {i}++ {{")
                self.indent += 1
                self.line(f"{v} = {v}*3 + {t}({i})")
                if r.random() < 0.3:
                    self.line(f"if {v}%5 == 0 {{ continue }}")
                if r.random() < 0.2:
                    self.line(f"if {v}%7 == 1 {{ break }}")
                self.line(f"{v} ^= {v} >> 3")
                self.indent -= 1
                self.line("}")
        self.line(f"fmt.Println(\"{name}\", {', '.join(vs)})")
        self.line(f"return {self.int_expr(t, vs)}")
        self.out.append("}")
        args = ", ".join(self.lit(t) for _ in params)
        self.funcs.append(f"{name}({args})")

    def func_closures(self, name):
        r = self.r
        self.out.append(f"func {name}(seed int) int {{")
        self.line("total := seed")
        self.line("mk := func(k int) func(int) int {")
        self.indent += 1
        self.line("count := 0")
        self.line("return func(x int) int {")
        self.indent += 1
        self.line("count++")
        self.line(f"total += x*k + count")
        if r.random() < 0.5:
            self.line("inner := func() int { return k*count - x }")
            self.line("return inner() + total%97")
        else:
            self.line("return x + k + count")
        self.indent -= 1
        self.line("}")
        self.indent -= 1
        self.line("}")
        n = r.randint(2, 4)
        for i in range(n):
            self.line(f"f{i} := mk({r.randint(-5, 9)})")
            self.line(f"_ = f{i}")
        for _ in range(r.randint(3, 7)):
            i = r.randrange(n)
            self.line(f"fmt.Println(\"{name}\", f{i}({r.randint(-10, 30)}), total)")
        self.line("fs := []func() int{}")
        self.line(f"for i := 0; i < {r.randint(2, 5)}; i++ {{")
        self.indent += 1
        self.line("i := i")
        self.line("fs = append(fs, func() int { total -= i; return i * i })")
        self.indent -= 1
        self.line("}")
        self.line("for _, f := range fs {")
        self.indent += 1
        self.line("fmt.Print(f(), \" \")")
        self.indent -= 1
        self.line("}")
        self.line("fmt.Println(total)")
        self.line("return total")
        self.out.append("}")
        self.funcs.append(f"{name}({r.randint(-100, 100)})")

    def func_panics(self, name):
        r = self.r
        self.out.append(f"func {name}(xs []int, d int) (res int, err string) {{")
        self.line("defer func() {")
        self.indent += 1
        self.line("if e := recover(); e != nil {")
        self.indent += 1
        self.line("err = fmt.Sprint(e)")
        self.line("res = -1")
        self.indent -= 1
        self.line("}")
        self.indent -= 1
        self.line("}()")
        kind = r.choice(["div", "index", "nilmap", "assert", "slice", "custom"])
        if kind == "div":
            self.line("res = len(xs) / d")
        elif kind == "index":
            self.line("res = xs[d]")
        elif kind == "nilmap":
            self.line("var m map[int]int")
            self.line("if d > 0 { m = map[int]int{} }")
            self.line("m[d] = len(xs)")
            self.line("res = m[d]")
        elif kind == "assert":
            self.line("var v interface{} = d")
            self.line("if d%2 == 0 { v = \"even\" }")
            self.line("res = v.(int)")
        elif kind == "slice":
            self.line("res = len(xs[d:])")
        else:
            self.line("if d == 3 { panic(fmt.Sprintf(\"custom %d\", d)) }")
            self.line("res = d * 10")
        self.line("return")
        self.out.append("}")
        for _ in range(3):
            n = r.randint(0, 4)
            xs = ", ".join(str(r.randint(-9, 9)) for _ in range(n))
            self.funcs.append(f"{name}([]int{{{xs}}}, {r.randint(-1, 4)})")

    def func_collections(self, name):
        r = self.r
        self.out.append(f"func {name}(n int) {{")
        self.line("s := []int{}")
        self.line("for i := 0; i < n; i++ { s = append(s, i*i%7) }")
        self.line("t := make([]int, len(s)/2, len(s))")
        self.line("k := copy(t, s[1:])")
        self.line("t = append(t[:k], s...)")
        self.line(f"u := s[{r.randint(0, 1)}:len(s)/2]")
        self.line("u = append(u, 100)")
        self.line("m := map[string]int{}")
        self.line("for i, v := range t { m[fmt.Sprint(v%4)] += i }")
        self.line("keys := make([]string, 0, len(m))")
        self.line("for k := range m { keys = append(keys, k) }")
        self.line("sort.Strings(keys)")
        self.line("for _, k := range keys { fmt.Print(k, \":\", m[k], \" \") }")
        self.line("delete(m, \"1\")")
        self.line(f"fmt.Println(\"{name}\", len(s), cap(s) >= len(s), t, u, s, len(m))")
        self.line("str := \"\"")
        self.line("for _, v := range s { str += string(rune('a' + v)) }")
        self.line("b := []byte(str)")
        self.line("if len(b) > 1 { b[0], b[len(b)-1] = b[len(b)-1], b[0] }")
        self.line("fmt.Println(str, string(b), strings.ToUpper(str), len(str), strings.Count(str, \"b\"))")
        self.line("var arr [5]int")
        self.line("for i := range arr { arr[i] = n - i }")
        self.line("p := &arr")
        self.line("p[1] += 10")
        self.line("sl := arr[1:3]")
        self.line("sl[0]++")
        self.line("fmt.Println(arr, sl, len(p))")
        self.out.append("}")
        self.funcs.append(f"{name}({r.randint(0, 12)})")

    def func_interfaces(self, name):
        r = self.r
        self.out.append(f"func {name}(vals []interface{{}}) {{")
        self.line("for _, v := range vals {")
        self.indent += 1
        self.line("switch x := v.(type) {")
        self.line("case nil:")
        self.line("\tfmt.Println(\"nil\")")
        self.line("case int:")
        self.line("\tfmt.Println(\"int\", x+1)")
        self.line("case string:")
        self.line("\tfmt.Println(\"string\", len(x), x)")
        self.line("case *Box:")
        self.line("\tx.n++")
        self.line("\tfmt.Println(\"*Box\", x.n, x.Area())")
        self.line("case Shape:")
        self.line("\tfmt.Println(\"Shape\", x.Area())")
        self.line("case []int:")
        self.line("\tfmt.Println(\"[]int\", len(x))")
        self.line("default:")
        self.line("\tfmt.Printf(\"other %T %v\\n\", x, x)")
        self.line("}")
        self.indent -= 1
        self.line("}")
        self.line("var s Shape = Box{3}")
        self.line("if b, ok := s.(Box); ok { fmt.Println(\"box\", b.n, s == Box{3}) }")
        self.out.append("}")
        items = []
        for _ in range(r.randint(2, 6)):
            items.append(r.choice(["nil", str(r.randint(-5, 5)), '"hi"', "&Box{2}", "Box{4}",
                                   "Circle{1}", "[]int{1, 2}", "3.5", "true", "Circle{2}"]))
        self.funcs.append(f"{name}([]interface{{}}{{{', '.join(items)}}})")

    def func_generics(self, name):
        r = self.r
        t = r.choice(["int", "int64", "float64", "uint8"])
        xs = ", ".join(str(r.randint(0, 50)) for _ in range(r.randint(0, 6)))
        self.out.append(f"func {name}() {{")
        self.line(f"xs := []{t}{{{xs}}}")
        self.line(f"fmt.Println(\"{name}\", Sum(xs...), Max(xs, 7), len(Filter(xs, func(x {t}) bool {{ return x > 10 }})))")
        self.line(f"ys := Map(xs, func(x {t}) string {{ return fmt.Sprint(x * 2) }})")
        self.line("fmt.Println(ys, Index(ys, \"20\"))")
        self.line(f"p := Pair[string, {t}]{{\"k\", {r.randint(0, 9)}}}")
        self.line("fmt.Println(p.Swap())")
        self.out.append("}")
        self.funcs.append(f"{name}()")

    def func_pointers(self, name):
        """Addresses of locals, fields and array elements, new and &T{...},
        pointer-receiver methods, and stores that do or do not let them out
        of the frame (globals, slices, maps, outer variables, closures,
        returns): what escape analysis decides. The stack is overwritten
        (clobber) before values are read back."""
        r = self.r
        n = r.randint(2, 3)
        self.out.append(f"func {name}() func() int {{")
        for k in range(n):
            self.line(f"a{k} := {r.randint(-9, 9)}")
            self.line(f"var s{k} Cell")
            self.line(f"s{k}.n = {r.randint(0, 9)}")
            self.line(f"var arr{k} [4]int")
            self.line(f"p{k} := &a{k}")
            self.line(f"q{k} := &s{k}")
        for k in range(n):
            if r.random() < 0.5:
                self.line(f"q{k} = " + r.choice([f"new(Cell)", f"&Cell{{n: {r.randint(1, 9)}}}"]))
        if r.random() < 0.5:
            self.line(f"h := &Cell{{n: {r.randint(1, 9)}, p: p0}}")
        else:
            self.line(f"h := new(Cell)")
        self.line("h.next = q0")
        for _ in range(r.randint(4, 12)):
            j, k = r.randrange(n), r.randrange(n)
            lit = r.randint(1, 9)
            choice = r.randrange(22)
            if choice == 0:
                self.line(f"p{j} = &a{k}")
            elif choice == 1:
                self.line(f"p{j} = &s{k}.n")
            elif choice == 2:
                self.line(f"p{j} = &arr{k}[{r.randrange(4)}]")
            elif choice == 3:
                self.line(f"q{j} = &s{k}")
            elif choice == 4:
                self.line(f"*p{j} += {lit}")
            elif choice == 5:
                self.line(f"q{j}.n += {lit}")
            elif choice == 6:
                self.line(f"q{j}.p = p{k}")
            elif choice == 7:
                self.line(f"s{j}.next = q{k}")
            elif choice == 8:
                self.line(f"keepInt(p{j})")
            elif choice == 9:
                self.line(f"gSlice = append(gSlice, p{j})")
            elif choice == 10:
                self.line(f"gMap[{lit}] = p{j}")
            elif choice == 11:
                self.line(f"keepCell(q{j})")
            elif choice == 12:
                self.line(f"a{j} += peek(p{k})")
            elif choice == 13:
                self.line(f"s{j}.bump()")
            elif choice == 14:
                self.line(f"q{j}.bump()")
            elif choice == 15:
                self.line(f"{{ v := {lit}; p{j} = &v; *p{j}++ }}")
            elif choice == 16:
                self.line(f"for i := 0; i < 3; i++ {{ v := i * {lit}; w := &v; *w++; if i == {r.randrange(3)} {{ p{j} = w }} }}")
            elif choice == 17:
                self.line(f"for i := 0; i < 3; i++ {{ c := &Cell{{n: i + {lit}}}; c.bump(); a{j} += c.total(); if i == 1 {{ q{j} = c }} }}")
            elif choice == 18:
                self.line(f"p{j} = through(p{k})")
            elif choice == 19:
                self.line(f"{{ xs := arr{k}[1:]; xs[0] += {lit}; arr{j}[2] += len(xs) }}")
            elif choice == 20:
                self.line(f"h = &Cell{{n: {lit}, next: h}}")
            else:
                self.line(f"if h.next != nil {{ h.next.n += {lit} }}")
        self.line("clobber(6)")
        vals = ", ".join([f"*p{k}, q{k}.total(), s{k}.n, a{k}, arr{k}" for k in range(n)])
        self.line(f"fmt.Println(\"{name}\", {vals}, h.total(), p0 == &a0, q0 == &s0)")
        self.line("if gInt != nil { fmt.Println(\"gInt\", *gInt) }")
        self.line("if gCell != nil { fmt.Println(\"gCell\", gCell.total()) }")
        self.line("for _, g := range gSlice { fmt.Print(*g, \" \") }")
        self.line("fmt.Println(len(gMap))")
        j = r.randrange(n)
        self.line(f"return func() int {{ clobber(4); return *p{j} + q{j}.total() + h.total() }}")
        self.out.append("}")
        self.funcs.append(f"{name}()()")

    def func_order(self, name):
        """Statements that read what their own calls change: captured
        locals, a global, slice and map elements, fields through a pointer,
        a struct and an array boxed into interfaces, in call arguments,
        arithmetic, composite literals, parallel assignments (indexes on the
        left), returns, conditions and switch tags."""
        r = self.r
        self.out.append(f"func {name}(seed int) int {{")
        self.line("g := seed % 7")
        self.line(f"s := []int{{{r.randint(0, 9)}, {r.randint(0, 9)}, {r.randint(0, 9)}}}")
        self.line(f"m := map[int]int{{0: {r.randint(0, 9)}, 1: {r.randint(0, 9)}}}")
        self.line(f"c := &Cell{{n: {r.randint(0, 9)}}}")
        self.line(f"st := Pt{{{r.randint(0, 9)}, {r.randint(0, 9)}}}")
        self.line("var arr [3]int")
        self.line("flag := seed%2 == 0")
        self.line('str := "ab"')
        self.line(f"gOrd = {r.randint(0, 9)}")
        effects = ["g += d", "s[d%3] += d", "m[d%2] += g", "c.n += d", "st.a += d", "flag = !flag",
                   "arr[d%3] += d", "str += \"x\"", "gOrd += d", "c.bump()", "s = append(s, d)"]
        body = "; ".join(r.sample(effects, r.randint(2, 6)))
        self.line(f"inc := func(d int) int {{ {body}; return g + d }}")
        self.line("_ = inc")
        self.line('incs := func() string { str += "y"; g++; return "z" }')
        self.line("_ = incs")
        self.line("get := func() int { return g*10 + c.n }")
        self.line("_ = get")
        reads_int = ["g", "s[0]", "s[g&1]", "m[0]", "m[1]", "c.n", "st.a", "arr[1]", "gOrd", "len(s)",
                     "len(str)", "get()", "g*2 + c.n"]
        reads_any = reads_int + ["st", "arr", "flag", "str", "s", "str[0]", "st.a == 3", "str + \"!\""]

        def call():
            return f"inc({r.randint(1, 5)})"

        def ints(k):
            return [call() if r.random() < 0.35 else r.choice(reads_int) for _ in range(k)]

        for _ in range(r.randint(4, 9)):
            kind = r.randrange(16)
            if kind == 0:
                args = [call() if r.random() < 0.35 else r.choice(reads_any) for _ in range(r.randint(2, 6))]
                self.line(f"fmt.Println(\"{name}\", {', '.join(args)})")
            elif kind == 1:
                a, b, c = ints(3)
                self.line(f"fmt.Println(\"{name}\", {a} + {b}*2 - {c})")
            elif kind == 2:
                a, b = ints(2)
                self.line(f"fmt.Println(\"{name}\", Pt{{{a}, {b}}}, []int{{{a}, {b}, {call()}}})")
            elif kind == 3:
                a, b = ints(2)
                self.line(f"{{ x, y := {a}, {b}; fmt.Println(\"{name}\", x, y) }}")
            elif kind == 4:
                self.line(f"s[g&1], g = {call()}, {r.choice(reads_int)}")
            elif kind == 5:
                a, b = ints(2)
                self.line(f"if {a} > {b} {{ fmt.Println(\"{name} gt\") }} else {{ fmt.Println(\"{name} le\") }}")
            elif kind == 6:
                a, b = ints(2)
                self.line(f"switch ({a} + {b}) % 3 {{ case 0: fmt.Println(\"{name} s0\"); case 1: fmt.Println(\"{name} s1\"); default: fmt.Println(\"{name} s2\") }}")
            elif kind == 7:
                a, b = ints(2)
                self.line(f"g += {a} - {b}")
            elif kind == 8:
                a, b = ints(2)
                self.line(f"{{ p := &Pt{{a: {a}, b: {b}}}; fmt.Println(\"{name}\", *p) }}")
            elif kind == 9:
                a, b = ints(2)
                self.line(f"{{ var x, y = {a}, {b}; fmt.Println(\"{name}\", x, y, st, c.n) }}")
            elif kind == 10:
                self.line(f"fmt.Println(\"{name}\", str+incs(), str, len(str+incs()))")
            elif kind == 11:
                a, b = ints(2)
                self.line(f"fmt.Println(\"{name}\", {a}, {b} > 3 && {call()} > 2, {a})")
            elif kind == 12:
                a, b = ints(2)
                self.line(f"fmt.Println(\"{name}\", add3({a}, add3({b}, {call()}, g), {r.choice(reads_int)}))")
            elif kind == 13:
                self.line(f"m[g&1], g = {call()}, {r.choice(reads_int)}")
            elif kind == 14:
                a, b = ints(2)
                self.line(f"func() {{ defer fmt.Println(\"{name} defer\", {a}, {b}) }}()")
            else:
                # The reads come after the receive, so after the sender's write.
                a = r.choice([x for x in reads_int if "(" not in x])
                self.line(f"{{ ch := make(chan int, 1); go func() {{ g += 100; ch <- {r.randint(0, 9)} }}(); fmt.Println(\"{name}\", {a}, <-ch, g) }}")
        self.line(f"fmt.Println(\"{name}\", g, s, m, c.n, st, arr, flag, str, gOrd)")
        a, b = ints(2)
        self.line(f"return {a} + {b}")
        self.out.append("}")
        self.funcs.append(f"{name}({r.randint(-50, 50)})")

    def func_channels(self, name):
        r = self.r
        n = r.randint(1, 5)
        self.out.append(f"func {name}() {{")
        self.line("c := make(chan int)")
        self.line(f"results := make(chan int, {n})")
        self.line("var wg sync.WaitGroup")
        self.line(f"for w := 0; w < {n}; w++ {{")
        self.indent += 1
        self.line("wg.Add(1)")
        self.line("go func(id int) {")
        self.indent += 1
        self.line("defer wg.Done()")
        self.line("sum := 0")
        self.line("for v := range c { sum += v * v }")
        self.line("results <- sum")
        self.indent -= 1
        self.line("}(w)")
        self.indent -= 1
        self.line("}")
        self.line(f"for i := 0; i < {r.randint(0, 30)}; i++ {{ c <- i }}")
        self.line("close(c)")
        self.line("wg.Wait()")
        self.line("close(results)")
        self.line("total := 0")
        self.line("for s := range results { total += s }")
        self.line("done := make(chan struct{})")
        self.line("var mu sync.Mutex")
        self.line("count := 0")
        self.line(f"for i := 0; i < {r.randint(1, 20)}; i++ {{")
        self.line("\tgo func() { mu.Lock(); count++; mu.Unlock(); done <- struct{}{} }()")
        self.line("\t<-done")
        self.line("}")
        self.line("sel := 0")
        self.line("ch := make(chan int, 1)")
        self.line("select {")
        self.line("case v := <-ch:")
        self.line("\tsel = v")
        self.line("default:")
        self.line("\tsel = -1")
        self.line("}")
        self.line(f"fmt.Println(\"{name}\", total, count, sel)")
        self.out.append("}")
        self.funcs.append(f"{name}()")

    def program(self):
        kinds = [self.func_ints, self.func_ints, self.func_ints, self.func_closures,
                 self.func_panics, self.func_collections, self.func_interfaces,
                 self.func_generics, self.func_channels, self.func_pointers, self.func_order]
        for i in range(self.nfuncs):
            # Every function is generated (the random stream stays the same),
            # only the kept one is printed and called.
            mark_out, mark_funcs = len(self.out), len(self.funcs)
            self.r.choice(kinds)(f"f{i}")
            if self.keep is not None and i != self.keep:
                del self.out[mark_out:]
                del self.funcs[mark_funcs:]
                continue
            self.out.append("")
        head = '''// Generated by test/fuzz/gosmith.py: a differential test of gocxx against gc.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

var _ = sort.Ints
var _ = strings.ToUpper
var _ sync.Mutex

type Shape interface{ Area() int }

type Cell struct {
	n    int
	p    *int
	next *Cell
}

func (c *Cell) bump() { c.n++ }

func (c *Cell) total() int {
	t := c.n
	if c.p != nil {
		t += *c.p
	}
	return t
}

var gInt *int
var gCell *Cell
var gSlice []*int
var gMap = map[int]*int{}

func keepInt(p *int)    { gInt = p }
func keepCell(c *Cell)  { gCell = c }
func peek(p *int) int   { return *p + 1 }
func through(p *int) *int { return p }

// clobber overwrites the stack below its caller's frame.
func clobber(n int) int {
	var junk [32]int
	for i := range junk {
		junk[i] = n*31 + i
	}
	if n > 0 {
		return clobber(n-1) + junk[n%32]
	}
	return junk[0]
}

type Pt struct{ a, b int }

var gOrd int

func add3(a, b, c int) int { return a*100 + b*10 + c }

type Box struct{ n int }

func (b Box) Area() int { return b.n * b.n }

type Circle struct{ r int }

func (c Circle) Area() int { return 3 * c.r * c.r }

type Number interface {
	~int | ~int64 | ~float64 | ~uint8
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Number](xs []T, floor T) T {
	m := floor
	for _, x := range xs {
		if x > m {
			m = x
		}
	}
	return m
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() (V, K) { return p.Val, p.Key }
'''
        body = "\n".join(self.out)
        # Calls of functions without results are statements.
        lines = []
        for c in self.funcs:
            fname = c.split("(")[0]
            returns = any(l.startswith(f"func {fname}(") and not l.endswith(") {")
                          for l in self.out)
            lines.append(f"\tfmt.Println({c})" if returns else f"\t{c}")
        return head + "\n" + body + "\nfunc main() {\n" + "\n".join(lines) + "\n}\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("seed", type=int)
    ap.add_argument("--funcs", type=int, default=12)
    ap.add_argument("--keep", type=int, help="only function KEEP (to minimise a mismatch)")
    a = ap.parse_args()
    print(Gen(a.seed, a.funcs, a.keep).program(), end="")


if __name__ == "__main__":
    main()
