// gocxx: descriptors refer to names, types and code by address, where gc
// has 32-bit offsets into the binary's type data (gocxx/runtime/abi.h), and
// a func type's descriptor has gocxx's call operations after the counts.
package reflectlite

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

func resolveNameOff(ptrInModule unsafe.Pointer, off int32) unsafe.Pointer { return nil }
func resolveTypeOff(rtype unsafe.Pointer, off int32) unsafe.Pointer       { return nil }

type funcType struct {
	rtype
	inCount  uint16
	outCount uint16 // top bit is set if last input parameter is ...
	ops      unsafe.Pointer
}
