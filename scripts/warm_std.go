// Imports the standard packages the tests and most programs use, so that
// `scripts/bootstrap` compiles them into gocxx's cache once, ahead of the
// first program that needs them (gocxx build -o /dev/null scripts/warm_std.go).
package main

import (
	_ "bufio"
	_ "bytes"
	_ "container/heap"
	_ "container/list"
	_ "container/ring"
	_ "context"
	_ "encoding"
	_ "encoding/binary"
	_ "encoding/json"
	_ "errors"
	_ "flag"
	_ "fmt"
	_ "io"
	_ "io/ioutil"
	_ "log"
	_ "math"
	_ "math/rand"
	_ "net"
	_ "net/http"
	_ "net/http/httptest"
	_ "os"
	_ "os/exec"
	_ "os/signal"
	_ "path/filepath"
	_ "reflect"
	_ "regexp"
	_ "runtime"
	_ "runtime/debug"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
	_ "syscall"
	_ "time"
	_ "unicode"
	_ "unicode/utf8"
)

func main() {}
