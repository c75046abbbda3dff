// encoding/binary, hex, base64, csv and xml through their common API.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/csv"
	"encoding/hex"
	"encoding/xml"
	"fmt"
	"os"
	"strings"
)

type Item struct {
	XMLName xml.Name `xml:"item"`
	ID      int      `xml:"id,attr"`
	Name    string   `xml:"name"`
	Tags    []string `xml:"tag"`
}

func main() {
	buf := make([]byte, 8)
	binary.LittleEndian.PutUint32(buf, 0xdeadbeef)
	binary.BigEndian.PutUint16(buf[4:], 0x1234)
	fmt.Println(buf, binary.LittleEndian.Uint64(buf))
	var w bytes.Buffer
	binary.Write(&w, binary.BigEndian, struct {
		A uint16
		B int32
		C [2]uint8
	}{1, -2, [2]uint8{3, 4}})
	fmt.Println(w.Bytes())
	vb := binary.AppendUvarint(nil, 300)
	v, n := binary.Uvarint(vb)
	fmt.Println(vb, v, n)

	h := hex.EncodeToString([]byte("gocxx"))
	d, err := hex.DecodeString(h)
	fmt.Println(h, string(d), err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("hello, hex dump!")))

	e := base64.StdEncoding.EncodeToString([]byte("any carnal pleas"))
	u := base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff})
	r := base64.RawStdEncoding.EncodeToString([]byte("ab"))
	dec, err := base64.StdEncoding.DecodeString(e)
	fmt.Println(e, u, r, string(dec), err)

	rd := csv.NewReader(strings.NewReader("name,qty\n\"a, b\",3\nc,\"4\"\"x\"\n"))
	recs, err := rd.ReadAll()
	fmt.Println(recs, len(recs), err)
	cw := csv.NewWriter(os.Stdout)
	cw.Write([]string{"x", "y z", "q\"t"})
	cw.Flush()

	it := Item{ID: 7, Name: "box", Tags: []string{"a", "b"}}
	out, err := xml.MarshalIndent(it, "", " ")
	fmt.Println(string(out), err)
	var back Item
	err = xml.Unmarshal(out, &back)
	fmt.Println(back.ID, back.Name, back.Tags, err)
}
