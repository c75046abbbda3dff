// text/tabwriter, text/template, html, net/url, unicode/utf16, path.
package main

import (
	"fmt"
	"html"
	"net/url"
	"os"
	"path"
	"strings"
	"text/tabwriter"
	"text/template"
	"unicode/utf16"
)

type Person struct {
	Name  string
	Age   int
	Langs []string
}

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tbbb\tcc\t")
	fmt.Fprintln(w, "aaaa\tb\tccccc\t")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 4, 0, 2, ' ', 0)
	fmt.Fprintln(w, "name\tqty\tprice")
	fmt.Fprintln(w, "apple\t3\t1.25")
	w.Flush()

	funcs := template.FuncMap{"upper": strings.ToUpper}
	t := template.Must(template.New("p").Funcs(funcs).Parse(
		`{{.Name | upper}} is {{.Age}}{{if gt .Age 30}} (senior){{end}}: {{range $i, $l := .Langs}}{{if $i}}, {{end}}{{$l}}{{end}}
{{with .Langs}}{{len .}} languages{{end}} {{printf "%05.1f" 3.14159}}
`))
	err := t.Execute(os.Stdout, Person{"ada", 36, []string{"go", "c++"}})
	fmt.Println(err)
	err = template.Must(template.New("e").Parse("{{.Missing}}\n")).Execute(os.Stdout, Person{})
	fmt.Println(err)

	fmt.Println(html.EscapeString(`<a href="x">Tom & Jerry's</a>`), html.UnescapeString("&lt;b&gt; &amp; &#39;"))

	u, err := url.Parse("https://user:pw@example.com:8080/a/b%20c?q=1&r=x+y#frag")
	fmt.Println(u.Scheme, u.Host, u.Port(), u.Path, u.RawQuery, u.Fragment, u.User.Username(), err)
	q := u.Query()
	q.Add("z", "a&b")
	fmt.Println(q.Get("r"), q.Encode(), url.QueryEscape("a b/c"), url.PathEscape("a b/c"))
	ref, _ := url.Parse("../d?e=f")
	fmt.Println(u.ResolveReference(ref))

	s := utf16.Encode([]rune("a😀b"))
	fmt.Println(s, string(utf16.Decode(s)), utf16.IsSurrogate(0xd83d))
	fmt.Println(path.Join("a", "b/../c", "/d"), path.Clean("/a/./b/../../c/"), path.Base("/x/y.go"), path.Ext("f.tar.gz"))
	m, _ := path.Match("*.go", "main.go")
	fmt.Println(m, path.IsAbs("/a"), path.Dir("a/b/c"))
}
