// Benchmark: encoding/json round trips of a small nested document: Marshal
// of structs with tags, slices and maps, Unmarshal back into structs and
// into interface{}. Measures Go's encoding/json over gocxx's reflect.
package main

import (
	"encoding/json"
	"fmt"
)

type Item struct {
	ID    int               `json:"id"`
	Name  string            `json:"name"`
	Price float64           `json:"price"`
	Tags  []string          `json:"tags,omitempty"`
	Attrs map[string]string `json:"attrs,omitempty"`
}

type Order struct {
	Customer string `json:"customer"`
	Items    []Item `json:"items"`
	Paid     bool   `json:"paid"`
	Note     string `json:"note,omitempty"`
}

func main() {
	o := Order{Customer: "ann", Paid: true}
	for i := 0; i < 8; i++ {
		o.Items = append(o.Items, Item{ID: i, Name: fmt.Sprint("item", i), Price: float64(i) * 1.5,
			Tags: []string{"a", "b"}, Attrs: map[string]string{"color": "red", "size": "M"}})
	}
	total := 0
	for i := 0; i < 12000; i++ {
		o.Items[0].ID = i
		b, err := json.Marshal(o)
		if err != nil {
			panic(err)
		}
		var back Order
		if err := json.Unmarshal(b, &back); err != nil {
			panic(err)
		}
		total += len(b) + back.Items[0].ID
		if i%4 == 0 {
			var any interface{}
			if err := json.Unmarshal(b, &any); err != nil {
				panic(err)
			}
			total += len(any.(map[string]interface{}))
		}
	}
	fmt.Println(total)
}
