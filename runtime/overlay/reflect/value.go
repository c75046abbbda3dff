// gocxx: calls through reflect. A func value is gocxx's two words (code and
// context); reflect calls it, or a method's code, through its type's
// func_ops, with arrays of pointers to the arguments and results instead of
// gc's register and stack frames.
package reflect

import (
	"internal/abi"
	"internal/unsafeheader"
	"unsafe"
)

// callFunc calls the func value at fn (of type t); callMethodCode calls a
// method's code with the receiver's data word; bindMethod stores at out a
// func value that calls code on rcvr.
func callFunc(t *funcType, fn unsafe.Pointer, args, results []unsafe.Pointer)
func callMethodCode(t *funcType, code, rcvr unsafe.Pointer, args, results []unsafe.Pointer)
func bindMethod(t *funcType, code, rcvr, out unsafe.Pointer)

// unboundMethod stores at out a func value of type t (the receiver first)
// that calls code; false when t's descriptor has no call operations (a
// func type the program never names).
func unboundMethod(t *funcType, code unsafe.Pointer, direct bool, out unsafe.Pointer) bool

// gc's assembly call of a function with a frame; gocxx calls callFunc.
func call(stackArgsType *rtype, f, stackArgs unsafe.Pointer, stackArgsSize, stackRetOffset, frameSize uint32, regArgs *abi.RegArgs) {
	panic("reflect: call is not used by gocxx")
}

func (v Value) call(op string, in []Value) []Value {
	t := (*funcType)(unsafe.Pointer(v.typ))
	var (
		fn       unsafe.Pointer // the func value, or a pointer to the method's code
		rcvr     Value
		rcvrtype *rtype
	)
	if v.flag&flagMethod != 0 {
		rcvr = v
		rcvrtype, t, fn = methodReceiver(op, v, int(v.flag)>>flagMethodShift)
		if *(*unsafe.Pointer)(fn) == nil {
			panic("reflect.Value.Call: call of nil function")
		}
	} else {
		if v.flag&flagIndir == 0 {
			panic("reflect: " + op + " of a func value gocxx cannot call")
		}
		fn = v.ptr
		if *(*unsafe.Pointer)(fn) == nil {
			panic("reflect.Value.Call: call of nil function")
		}
	}
	if t.ops == nil {
		panic("reflect: " + op + " of a func type made at run time (unsupported by gocxx)")
	}

	isSlice := op == "CallSlice"
	n := t.NumIn()
	isVariadic := t.IsVariadic()
	if isSlice {
		if !isVariadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if isVariadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !isVariadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	for i := 0; i < n; i++ {
		if xt, targ := in[i].Type(), t.In(i); !xt.AssignableTo(targ) {
			panic("reflect: " + op + " using " + xt.String() + " as type " + targ.String())
		}
	}
	if !isSlice && isVariadic {
		// The remaining values go into a slice.
		m := len(in) - n
		slice := MakeSlice(t.In(n), m, m)
		elem := t.In(n).Elem()
		for i := 0; i < m; i++ {
			x := in[n+i]
			if xt := x.Type(); !xt.AssignableTo(elem) {
				panic("reflect: cannot use " + xt.String() + " as type " + elem.String() + " in " + op)
			}
			slice.Index(i).Set(x)
		}
		origIn := in
		in = make([]Value, n+1)
		copy(in[:n], origIn)
		in[n] = slice
	}
	nin := len(in)
	if nin != t.NumIn() {
		panic("reflect.Value.Call: wrong argument count")
	}

	args := make([]unsafe.Pointer, nin)
	for i, x := range in {
		targ := t.In(i).(*rtype)
		x = x.assignTo("reflect.Value.Call", targ, nil)
		if x.flag&flagIndir != 0 {
			args[i] = x.ptr
		} else {
			p := unsafe_New(targ)
			*(*unsafe.Pointer)(p) = x.ptr
			args[i] = p
		}
	}
	nout := t.NumOut()
	results := make([]unsafe.Pointer, nout)
	ret := make([]Value, nout)
	for i := 0; i < nout; i++ {
		tv := t.Out(i).(*rtype)
		results[i] = unsafe_New(tv)
		ret[i] = Value{tv, results[i], flagIndir | flag(tv.Kind())}
	}
	if rcvrtype != nil {
		var word unsafe.Pointer
		storeRcvr(rcvr, unsafe.Pointer(&word))
		callMethodCode(t, *(*unsafe.Pointer)(fn), word, args, results)
	} else {
		callFunc(t, fn, args, results)
	}
	return ret
}

// funcCode is what Pointer reports of a func value: a plain function's
// address, or for a closure the address of its context.
func funcCode(v Value) unsafe.Pointer {
	if v.flag&flagIndir == 0 {
		return v.ptr
	}
	words := (*[2]unsafe.Pointer)(v.ptr)
	if words[0] == nil {
		return nil
	}
	return words[1]
}

func (v Value) Pointer() uintptr {
	k := v.kind()
	switch k {
	case Pointer, Chan, Map, UnsafePointer:
		return uintptr(v.pointer())
	case Func:
		if v.flag&flagMethod != 0 {
			return methodValueCallCodePtr()
		}
		return uintptr(funcCode(v))
	case Slice:
		return (*SliceHeader)(v.ptr).Data
	}
	panic(&ValueError{"reflect.Value.Pointer", v.kind()})
}

func (v Value) UnsafePointer() unsafe.Pointer {
	k := v.kind()
	switch k {
	case Pointer, Chan, Map, UnsafePointer:
		return v.pointer()
	case Func:
		if v.flag&flagMethod != 0 {
			code := methodValueCallCodePtr()
			return *(*unsafe.Pointer)(unsafe.Pointer(&code))
		}
		return funcCode(v)
	case Slice:
		return (*unsafeheader.Slice)(v.ptr).Data
	}
	panic(&ValueError{"reflect.Value.UnsafePointer", v.kind()})
}
