// A JSON configuration decoded into structs with tags, encoded back, and a type error.
package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Server struct {
	Host    string   `json:"host"`
	Port    int      `json:"port,omitempty"`
	Tags    []string `json:"tags"`
	Debug   bool     `json:"debug"`
	Limits  map[string]float64
	private int
}

type Config struct {
	Name    string   `json:"name"`
	Servers []Server `json:"servers"`
	Extra   *json.RawMessage `json:"extra,omitempty"`
}

func main() {
	data := `{"name":"prod","servers":[{"host":"a.example","port":8080,"tags":["x","y"],"debug":true,"Limits":{"cpu":1.5}},{"host":"b","tags":null}]}`
	var c Config
	if err := json.Unmarshal([]byte(data), &c); err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	fmt.Printf("%+v\n", c)
	out, err := json.MarshalIndent(c, "", "  ")
	fmt.Println(string(out), err)
	var bad Config
	err = json.Unmarshal([]byte(`{"name": 5}`), &bad)
	fmt.Println(err)
	var anyv interface{}
	json.Unmarshal([]byte(`[1, "two", {"three": 3.5}, null, true]`), &anyv)
	fmt.Printf("%v %T\n", anyv, anyv)
}
