package p

var _ int = interface{}(nil)
var _ int = interface{ M() }(nil)
var _ int = any(nil)
var _ int = struct{}{}
var _ int = (interface{ M(); N(int) string })(nil)
