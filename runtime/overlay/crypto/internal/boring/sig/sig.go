// gocxx: the markers that say which crypto implementation a binary has
// are assembly labels in gc; here they are empty functions.
package sig

func BoringCrypto()   {}
func FIPSOnly()       {}
func StandardCrypto() {}
