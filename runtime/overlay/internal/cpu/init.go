// gocxx: gc's runtime calls Initialize before any package init (cpuinit);
// gocxx's runtime does not know this package, so its own init does, before
// every package that imports it reads a feature flag. The GODEBUG cpu.*
// options are not read: package syscall, which reads the environment,
// imports this one.
package cpu

func init() { Initialize("") }
