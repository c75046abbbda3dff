// gocxx: a func value of a method (Value.Method(i).Interface()) is made by
// its type's func_ops; MakeFunc would need C++ code for each signature made
// at run time, which gocxx cannot make.
package reflect

import "unsafe"

func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	panic("reflect.MakeFunc is not supported by gocxx")
}

func makeFuncStub() {}

func methodValueCall() {}

func methodValueCallCodePtr() uintptr { return 1 }

func makeMethodValue(op string, v Value) Value {
	if v.flag&flagMethod == 0 {
		panic("reflect: internal error: invalid use of makeMethodValue")
	}
	// Ignoring the flagMethod bit, v describes the receiver, not the method type.
	fl := v.flag & (flagRO | flagAddr | flagIndir)
	fl |= flag(v.typ.Kind())
	rcvr := Value{v.typ, v.ptr, fl}
	_, ftyp, fn := methodReceiver(op, rcvr, int(v.flag)>>flagMethodShift)
	if ftyp.ops == nil {
		panic("reflect: " + op + " of a method gocxx cannot bind")
	}
	var word unsafe.Pointer
	storeRcvr(rcvr, unsafe.Pointer(&word))
	p := unsafe_New(&ftyp.rtype)
	bindMethod(ftyp, *(*unsafe.Pointer)(fn), word, p)
	return Value{&ftyp.rtype, p, v.flag&flagRO | flag(Func) | flagIndir}
}
