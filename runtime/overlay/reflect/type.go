// gocxx: descriptors refer to names, types and code by address, where gc
// has 32-bit offsets into the binary's type data (gocxx/runtime/abi.h); a
// func type's descriptor has gocxx's call operations after the counts; and
// there is no table of the binary's types in gc's form (typelinks): types
// that reflect makes (SliceOf, PtrTo of an unnamed type, ...) are looked up in
// the runtime's registry of the program's descriptors instead.
package reflect

import "unsafe"

type nameOff uintptr // the address of a name
type typeOff uintptr // the address of an *rtype
type textOff uintptr // the address of code

func (t *rtype) nameOff(off nameOff) name {
	return name{(*byte)(unsafe.Pointer(off))}
}

func (t *rtype) typeOff(off typeOff) *rtype {
	return (*rtype)(unsafe.Pointer(off))
}

func (t *rtype) textOff(off textOff) unsafe.Pointer {
	return unsafe.Pointer(off)
}

// The collector is conservative: an address in a uintptr keeps what it
// points at alive, with no table of reflect's own names and types.
func resolveReflectName(n name) nameOff { return nameOff(unsafe.Pointer(n.bytes)) }

func resolveReflectType(t *rtype) typeOff { return typeOff(unsafe.Pointer(t)) }

func resolveReflectText(ptr unsafe.Pointer) textOff { return textOff(ptr) }

func resolveNameOff(ptrInModule unsafe.Pointer, off int32) unsafe.Pointer { return nil }
func resolveTypeOff(rtype unsafe.Pointer, off int32) unsafe.Pointer       { return nil }
func resolveTextOff(rtype unsafe.Pointer, off int32) unsafe.Pointer       { return nil }
func addReflectOff(ptr unsafe.Pointer) int32                              { return 0 }

func typelinks() (sections []unsafe.Pointer, offset [][]int32) { return nil, nil }

// The program's types whose String() is s (its registry of descriptors).
func typesByString(s string) []*rtype

type funcType struct {
	rtype
	inCount  uint16
	outCount uint16         // top bit is set if last input parameter is ...
	ops      unsafe.Pointer // gocxx: how to call a func value of this type (go::abi::func_ops)
}

// A method's Func is made of its code (ifn) by the func type's call
// operations: gocxx's func values are not gc's pointers to code.
func (t *rtype) Method(i int) (m Method) {
	if t.Kind() == Interface {
		tt := (*interfaceType)(unsafe.Pointer(t))
		return tt.Method(i)
	}
	methods := t.exportedMethods()
	if i < 0 || i >= len(methods) {
		panic("reflect: Method index out of range")
	}
	p := methods[i]
	pname := t.nameOff(p.name)
	m.Name = pname.name()
	mtyp := t.typeOff(p.mtyp)
	ft := (*funcType)(unsafe.Pointer(mtyp))
	in := make([]Type, 0, 1+len(ft.in()))
	in = append(in, t)
	for _, arg := range ft.in() {
		in = append(in, arg)
	}
	out := make([]Type, 0, len(ft.out()))
	for _, ret := range ft.out() {
		out = append(out, ret)
	}
	mt := FuncOf(in, out, ft.IsVariadic())
	m.Type = mt
	// A func type the program never names has no call operations: its Func
	// stays nil (Call then panics "call of nil function").
	fn := unsafe_New(mt.(*rtype))
	unboundMethod((*funcType)(unsafe.Pointer(mt.(*rtype))), t.textOff(p.ifn), !ifaceIndir(t), fn)
	m.Func = Value{mt.(*rtype), fn, flag(Func) | flagIndir}
	m.Index = i
	return m
}
