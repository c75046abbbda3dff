// Native code of package internal/abi. FuncPCABI0 and FuncPCABIInternal are
// compiler intrinsics in gc (the entry of a function, for assembly and the
// runtime); no gocxx code uses their results, so they report no address.
namespace gopkg::internal::abi {

uintptr_t FuncPCABI0(go::any) { return 0; }
uintptr_t FuncPCABIInternal(go::any) { return 0; }

} // namespace gopkg::internal::abi
