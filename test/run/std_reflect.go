// reflect over gocxx's descriptors: types, values, struct fields and tags,
// methods and Call, maps, slices, DeepEqual, and one descriptor per type.
package main

import (
	"bytes"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Point struct {
	X, Y int    `json:"x"`
	Name string `json:"name,omitempty" xml:"n"`
	tags []string
}

func (p Point) Sum() int             { return p.X + p.Y }
func (p *Point) Scale(k int)         { p.X *= k; p.Y *= k }
func (p Point) Greet(s string) string { return s + " " + p.Name }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	p := Point{1, 2, "pt", nil}
	t := reflect.TypeOf(p)
	fmt.Println(t, t.Kind(), t.Name(), t.PkgPath(), t.NumField(), t.NumMethod(), t.Size() > 0)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Tag.Get("json"), f.IsExported(), f.Index)
	}
	for i := 0; i < t.NumMethod(); i++ {
		fmt.Println(t.Method(i).Name, t.Method(i).Type)
	}
	pt := reflect.TypeOf(&p)
	fmt.Println(pt, pt.Elem() == t, pt.NumMethod(), pt.Kind())

	v := reflect.ValueOf(&p).Elem()
	v.Field(0).SetInt(10)
	v.FieldByName("Name").SetString("moved")
	fmt.Println(p, v.Field(2).CanSet(), v.Field(3).CanSet())
	out := v.MethodByName("Greet").Call([]reflect.Value{reflect.ValueOf("hello")})
	fmt.Println(out[0].String(), v.MethodByName("Sum").Call(nil)[0].Int())
	reflect.ValueOf(&p).MethodByName("Scale").Call([]reflect.Value{reflect.ValueOf(3)})
	fmt.Println(p.X, p.Y)
	sum := reflect.ValueOf(p).MethodByName("Sum").Interface().(func() int)
	fmt.Println(sum())

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	mv := reflect.ValueOf(m)
	keys := mv.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	for _, k := range keys {
		fmt.Print(k, "=", mv.MapIndex(k), " ")
	}
	fmt.Println(mv.Len())
	mv.SetMapIndex(reflect.ValueOf("d"), reflect.ValueOf(4))
	mv.SetMapIndex(reflect.ValueOf("a"), reflect.Value{})
	fmt.Println(len(m), m["d"], m["a"])
	it := mv.MapRange()
	n := 0
	for it.Next() {
		n += int(it.Value().Int())
	}
	fmt.Println(n)

	s := reflect.MakeSlice(reflect.TypeOf([]string{}), 0, 2)
	s = reflect.Append(s, reflect.ValueOf("x"), reflect.ValueOf("y"))
	fmt.Println(s.Interface(), s.Len(), s.Index(1))
	nm := reflect.MakeMap(reflect.TypeOf(map[int]bool{}))
	nm.SetMapIndex(reflect.ValueOf(7), reflect.ValueOf(true))
	fmt.Println(nm.Interface())
	ptr := reflect.New(reflect.TypeOf(0))
	ptr.Elem().SetInt(99)
	fmt.Println(*ptr.Interface().(*int), reflect.Zero(t).Interface())

	var c Celsius = 21.5
	cv := reflect.ValueOf(c)
	fmt.Println(cv.Kind(), cv.Type(), cv.Float(), cv.Interface(), cv.Convert(reflect.TypeOf(0.0)).Interface())
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {2}}))

	// One descriptor per type, however it is spelt and wherever it is made.
	var buf bytes.Buffer
	buf.WriteString("x")
	var b interface{} = buf.Bytes()
	_, isUint8s := b.([]uint8)
	fmt.Println(reflect.TypeOf([]byte{}) == reflect.TypeOf([]uint8{}), isUint8s, reflect.TypeOf(strings.Fields("a b")) == reflect.TypeOf([]string{}))
	fmt.Println(reflect.TypeOf((*error)(nil)).Elem(), reflect.TypeOf((*fmt.Stringer)(nil)).Elem().Kind())
	fmt.Println(reflect.TypeOf(c).Implements(reflect.TypeOf((*fmt.Stringer)(nil)).Elem()), reflect.TypeOf(p).AssignableTo(reflect.TypeOf(p)))
	fmt.Println(reflect.TypeOf(func(int, ...string) error { return nil }), reflect.TypeOf(make(chan<- int)), reflect.TypeOf([3]Point{}))
	fmt.Println(reflect.ValueOf(nil).IsValid(), reflect.ValueOf((*int)(nil)).IsNil(), reflect.ValueOf(0).IsZero())
}
