// hash/* and crypto/md5, sha1, sha256, sha512.
package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
	"io"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("%x\n", md5.Sum(data))
	fmt.Printf("%x\n", sha1.Sum(data))
	fmt.Printf("%x\n", sha256.Sum256(data))
	fmt.Printf("%x\n", sha256.Sum224(data))
	fmt.Printf("%x\n", sha512.Sum512(data))
	h := sha256.New()
	io.WriteString(h, "The quick brown fox ")
	io.WriteString(h, "jumps over the lazy dog")
	fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())
	fmt.Println(crc32.ChecksumIEEE(data), crc32.Checksum(data, crc32.MakeTable(crc32.Castagnoli)))
	fmt.Println(crc64.Checksum(data, crc64.MakeTable(crc64.ECMA)), adler32.Checksum(data))
	f := fnv.New64a()
	f.Write(data)
	f32 := fnv.New32()
	f32.Write(data)
	fmt.Println(f.Sum64(), f32.Sum32())
	big := make([]byte, 1<<20)
	for i := range big {
		big[i] = byte(i * 7)
	}
	fmt.Printf("%x\n", sha256.Sum256(big))
}
