// Type-checks the standard-library packages named on the command line, and
// everything they import, from source with go/types, function bodies
// included: the reference `gocxx check` is measured against. (go/importer's
// "source" mode skips function bodies, so packages are loaded here.)
package main

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
)

type loader struct {
	fset   *token.FileSet
	ctx    build.Context
	pkgs   map[string]*types.Package
	failed int
}

func (l *loader) Import(path string) (*types.Package, error) { return l.ImportFrom(path, "", 0) }

func (l *loader) ImportFrom(path, dir string, _ types.ImportMode) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	bp, err := l.ctx.Import(path, dir, 0)
	if err != nil {
		return nil, err
	}
	if p, ok := l.pkgs[bp.ImportPath]; ok {
		return p, nil
	}
	var files []*ast.File
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(l.fset, filepath.Join(bp.Dir, name), nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	errors := 0
	conf := types.Config{
		Importer: l,
		Sizes:    types.SizesFor("gc", "amd64"),
		Error: func(err error) {
			fmt.Fprintln(os.Stderr, err)
			errors++
		},
	}
	p, _ := conf.Check(bp.ImportPath, l.fset, files, &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
		Implicits:  map[ast.Node]types.Object{},
		Instances:  map[*ast.Ident]types.Instance{},
	})
	if errors > 0 {
		l.failed++
	}
	l.pkgs[bp.ImportPath] = p
	return p, nil
}

func main() {
	l := &loader{fset: token.NewFileSet(), ctx: build.Default, pkgs: map[string]*types.Package{}}
	l.ctx.CgoEnabled = false
	wd, _ := os.Getwd()
	for _, path := range os.Args[1:] {
		if _, err := l.ImportFrom(path, wd, 0); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", path, err)
			l.failed++
		}
	}
	fmt.Printf("checked %d packages, %d with errors\n", len(l.pkgs), l.failed)
}
