// astdump prints go/parser's AST of each file in gocxx's canonical dump form
// (frontend/include/gocxx/frontend/dump.h), so that test/parser/compare.py
// can diff it against `gocxx-parseall --dump` / `gocxx parse --dump`.
//
// Usage: go run test/parser/astdump.go -- FILE...
// (the "--" keeps go run from compiling FILE... as part of the program)
//
// Files with parse errors print "ERROR" lines instead of a tree.
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strings"
)

var (
	fset = token.NewFileSet()
	out  strings.Builder
	dep  int
)

func pos(p token.Pos) string {
	if !p.IsValid() {
		return "-"
	}
	q := fset.PositionFor(p, false)
	return fmt.Sprintf("%d:%d", q.Line, q.Column)
}

func escape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		default:
			if c < 0x20 || c == 0x7f {
				fmt.Fprintf(&b, `\x%02x`, c)
			} else {
				b.WriteByte(c)
			}
		}
	}
	return b.String()
}

func kindName(n ast.Node) string {
	return strings.TrimPrefix(fmt.Sprintf("%T", n), "*ast.")
}

func isNil(n ast.Node) bool {
	if n == nil {
		return true
	}
	switch x := n.(type) {
	case *ast.Ident:
		return x == nil
	case *ast.BasicLit:
		return x == nil
	case *ast.BlockStmt:
		return x == nil
	case *ast.FieldList:
		return x == nil
	case *ast.FuncType:
		return x == nil
	case *ast.CallExpr:
		return x == nil
	case *ast.CommentGroup:
		return true
	}
	return false
}

func node(role string, n ast.Node) {
	if isNil(n) {
		return
	}
	out.WriteString(strings.Repeat("  ", dep))
	fmt.Fprintf(&out, "%s: %s %s-%s", role, kindName(n), pos(n.Pos()), pos(n.End()))
	attrs(n)
	out.WriteByte('\n')
	dep++
	children(n)
	dep--
}

func attrs(n ast.Node) {
	switch x := n.(type) {
	case *ast.Ident:
		fmt.Fprintf(&out, " %s", x.Name)
	case *ast.BasicLit:
		fmt.Fprintf(&out, " %s \"%s\"", x.Kind, escape(x.Value))
	case *ast.UnaryExpr:
		fmt.Fprintf(&out, " %s", x.Op)
	case *ast.BinaryExpr:
		fmt.Fprintf(&out, " %s", x.Op)
	case *ast.AssignStmt:
		fmt.Fprintf(&out, " %s", x.Tok)
	case *ast.IncDecStmt:
		fmt.Fprintf(&out, " %s", x.Tok)
	case *ast.BranchStmt:
		fmt.Fprintf(&out, " %s", x.Tok)
	case *ast.GenDecl:
		fmt.Fprintf(&out, " %s", x.Tok)
	case *ast.RangeStmt:
		if x.Key != nil {
			fmt.Fprintf(&out, " %s", x.Tok)
		}
	case *ast.ChanType:
		fmt.Fprintf(&out, " dir=%d", x.Dir)
	case *ast.SliceExpr:
		if x.Slice3 {
			out.WriteString(" slice3")
		}
	case *ast.CallExpr:
		if x.Ellipsis.IsValid() {
			out.WriteString(" ...")
		}
	case *ast.EmptyStmt:
		if x.Implicit {
			out.WriteString(" implicit")
		}
	case *ast.CaseClause:
		if x.List == nil {
			out.WriteString(" default")
		}
	case *ast.CommClause:
		if x.Comm == nil {
			out.WriteString(" default")
		}
	case *ast.TypeSpec:
		if x.Assign.IsValid() {
			out.WriteString(" =")
		}
	}
}

func exprs(role string, l []ast.Expr) {
	for _, x := range l {
		node(role, x)
	}
}

func stmts(role string, l []ast.Stmt) {
	for _, x := range l {
		node(role, x)
	}
}

func idents(role string, l []*ast.Ident) {
	for _, x := range l {
		node(role, x)
	}
}

func children(n ast.Node) {
	switch x := n.(type) {
	case *ast.Field:
		idents("names", x.Names)
		node("type", x.Type)
		node("tag", x.Tag)
	case *ast.FieldList:
		for _, f := range x.List {
			node("list", f)
		}
	case *ast.Ellipsis:
		node("elt", x.Elt)
	case *ast.FuncLit:
		node("type", x.Type)
		node("body", x.Body)
	case *ast.CompositeLit:
		node("type", x.Type)
		exprs("elts", x.Elts)
	case *ast.ParenExpr:
		node("x", x.X)
	case *ast.SelectorExpr:
		node("x", x.X)
		node("sel", x.Sel)
	case *ast.IndexExpr:
		node("x", x.X)
		node("index", x.Index)
	case *ast.IndexListExpr:
		node("x", x.X)
		exprs("indices", x.Indices)
	case *ast.SliceExpr:
		node("x", x.X)
		node("low", x.Low)
		node("high", x.High)
		node("max", x.Max)
	case *ast.TypeAssertExpr:
		node("x", x.X)
		node("type", x.Type)
	case *ast.CallExpr:
		node("fun", x.Fun)
		exprs("args", x.Args)
	case *ast.StarExpr:
		node("x", x.X)
	case *ast.UnaryExpr:
		node("x", x.X)
	case *ast.BinaryExpr:
		node("x", x.X)
		node("y", x.Y)
	case *ast.KeyValueExpr:
		node("key", x.Key)
		node("value", x.Value)
	case *ast.ArrayType:
		node("len", x.Len)
		node("elt", x.Elt)
	case *ast.StructType:
		node("fields", x.Fields)
	case *ast.FuncType:
		node("typeParams", x.TypeParams)
		node("params", x.Params)
		node("results", x.Results)
	case *ast.InterfaceType:
		node("methods", x.Methods)
	case *ast.MapType:
		node("key", x.Key)
		node("value", x.Value)
	case *ast.ChanType:
		node("value", x.Value)
	case *ast.DeclStmt:
		node("decl", x.Decl)
	case *ast.LabeledStmt:
		node("label", x.Label)
		node("stmt", x.Stmt)
	case *ast.ExprStmt:
		node("x", x.X)
	case *ast.SendStmt:
		node("chan", x.Chan)
		node("value", x.Value)
	case *ast.IncDecStmt:
		node("x", x.X)
	case *ast.AssignStmt:
		exprs("lhs", x.Lhs)
		exprs("rhs", x.Rhs)
	case *ast.GoStmt:
		node("call", x.Call)
	case *ast.DeferStmt:
		node("call", x.Call)
	case *ast.ReturnStmt:
		exprs("results", x.Results)
	case *ast.BranchStmt:
		node("label", x.Label)
	case *ast.BlockStmt:
		stmts("list", x.List)
	case *ast.IfStmt:
		node("init", x.Init)
		node("cond", x.Cond)
		node("body", x.Body)
		node("else", x.Else)
	case *ast.CaseClause:
		exprs("list", x.List)
		stmts("body", x.Body)
	case *ast.SwitchStmt:
		node("init", x.Init)
		node("tag", x.Tag)
		node("body", x.Body)
	case *ast.TypeSwitchStmt:
		node("init", x.Init)
		node("assign", x.Assign)
		node("body", x.Body)
	case *ast.CommClause:
		node("comm", x.Comm)
		stmts("body", x.Body)
	case *ast.SelectStmt:
		node("body", x.Body)
	case *ast.ForStmt:
		node("init", x.Init)
		node("cond", x.Cond)
		node("post", x.Post)
		node("body", x.Body)
	case *ast.RangeStmt:
		node("key", x.Key)
		node("value", x.Value)
		node("x", x.X)
		node("body", x.Body)
	case *ast.ImportSpec:
		node("name", x.Name)
		node("path", x.Path)
	case *ast.ValueSpec:
		idents("names", x.Names)
		node("type", x.Type)
		exprs("values", x.Values)
	case *ast.TypeSpec:
		node("name", x.Name)
		node("typeParams", x.TypeParams)
		node("type", x.Type)
	case *ast.GenDecl:
		for _, s := range x.Specs {
			node("specs", s)
		}
	case *ast.FuncDecl:
		node("recv", x.Recv)
		node("name", x.Name)
		node("type", x.Type)
		node("body", x.Body)
	case *ast.File:
		node("name", x.Name)
		for _, d := range x.Decls {
			node("decls", d)
		}
	}
}

func main() {
	for _, name := range os.Args[1:] {
		if name == "--" {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		fmt.Printf("== %s\n", name)
		if err != nil {
			fmt.Printf("ERROR\n")
			continue
		}
		out.Reset()
		node("file", f)
		fmt.Print(out.String())
	}
}
