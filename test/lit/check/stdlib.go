// RUN: %gocxx check %s
// RUN: %gocxx check net/http encoding/json go/types 2>&1 | FileCheck %s --check-prefix=PKGS
// RUN: not %gocxx check no/such/pkg 2>&1 | FileCheck %s --check-prefix=MISSING
// `gocxx check` reads the standard library from its Go sources.

// PKGS: gocxx: checked {{[0-9]+}} packages, 0 with errors
// MISSING: error: package no/such/pkg is not in GOROOT (/usr/share/go-1.19/src/no/such/pkg)

package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"reflect"
)

func main() {
	b, _ := json.Marshal(map[string]int{"a": 1})
	fmt.Println(string(b), reflect.TypeOf(http.Client{}).NumField())
	os.Exit(0)
}
