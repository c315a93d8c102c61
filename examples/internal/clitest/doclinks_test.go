package clitest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// docLink is a doc comment's link as go/doc reads one: [Name], [Type.Method], [pkg.Name].
var docLink = regexp.MustCompile(`\[\*?([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\]`)

// docPackage is what the links of one package's comments can name.
type docPackage struct {
	syms    map[string]bool   // Name, Type.Method, Type.Field
	old     map[string]bool   // the symbols whose doc has a "Deprecated:" paragraph
	imports map[string]string // name -> import path, over the package's files
	files   []*ast.File
	fset    *token.FileSet
}

// parseDocPackage reads the non-test files of one folder (nil if it has none).
func parseDocPackage(t *testing.T, fset *token.FileSet, files map[string]string) *docPackage {
	t.Helper()
	p := &docPackage{syms: map[string]bool{}, old: map[string]bool{}, imports: map[string]string{}, fset: fset}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		f, err := parser.ParseFile(fset, name, files[name], parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		p.files = append(p.files, f)
		for _, im := range f.Imports {
			path := strings.Trim(im.Path.Value, `"`)
			n := filepath.Base(path)
			if im.Name != nil {
				n = im.Name.Name
			}
			p.imports[n] = path
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				name := d.Name.Name
				if d.Recv != nil && len(d.Recv.List) > 0 {
					name = recvName(d.Recv.List[0].Type) + "." + name
				}
				p.syms[name] = true
				p.old[name] = deprecated(d.Doc)
			case *ast.GenDecl:
				for _, sp := range d.Specs {
					switch sp := sp.(type) {
					case *ast.ValueSpec:
						for _, n := range sp.Names {
							p.syms[n.Name] = true
						}
					case *ast.TypeSpec:
						p.syms[sp.Name.Name] = true
						p.old[sp.Name.Name] = deprecated(cmpOr(sp.Doc, d.Doc))
						var fields *ast.FieldList
						switch ty := sp.Type.(type) {
						case *ast.StructType:
							fields = ty.Fields
						case *ast.InterfaceType:
							fields = ty.Methods
						}
						if fields == nil {
							continue
						}
						for _, fl := range fields.List {
							for _, n := range fl.Names {
								p.syms[sp.Name.Name+"."+n.Name] = true
							}
							if len(fl.Names) == 0 { // embedded
								p.syms[sp.Name.Name+"."+recvName(fl.Type)] = true
							}
						}
					}
				}
			}
		}
	}
	return p
}

// deprecated reports whether a doc comment has a paragraph that opens "Deprecated:", which
// go doc, gopls and staticcheck read as the symbol's deprecation.
func deprecated(doc *ast.CommentGroup) bool {
	text := doc.Text()
	return strings.HasPrefix(text, "Deprecated: ") || strings.Contains(text, "\n\nDeprecated: ")
}

func cmpOr(a, b *ast.CommentGroup) *ast.CommentGroup {
	if a != nil {
		return a
	}
	return b
}

// recvName is the type name of a receiver or embedded field: T of *T, T[K], pkg.T.
func recvName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return recvName(e.X)
	case *ast.IndexExpr:
		return recvName(e.X)
	case *ast.IndexListExpr:
		return recvName(e.X)
	case *ast.SelectorExpr:
		return e.Sel.Name
	case *ast.Ident:
		return e.Name
	}
	return ""
}

// brokenLinks lists the links of p's comments that name nothing, or a deprecated symbol of
// p (a comment should send the reader to what replaces it): a capitalized name the
// package does not declare, or pkg.Name where pkg is a package of this module (by its
// import path, in pkgs) that does not declare Name. Lowercase words ([i], [match]) are
// indexes and notation, which go/doc leaves as text; links into other modules are not
// checked; indented lines are code.
func brokenLinks(p *docPackage, pkgs map[string]*docPackage) []string {
	var out []string
	for _, f := range p.files {
		for _, cg := range f.Comments {
			var prose []string
			for l := range strings.Lines(cg.Text()) {
				if !strings.HasPrefix(l, "\t") && !strings.HasPrefix(l, "  ") {
					prose = append(prose, l)
				}
			}
			for _, m := range docLink.FindAllStringSubmatch(strings.Join(prose, ""), -1) {
				name := m[1]
				if p.old[name] {
					out = append(out, p.fset.Position(cg.Pos()).String()+": ["+name+"] is deprecated: link what replaces it")
					continue
				}
				if p.syms[name] {
					continue
				}
				first, rest, qualified := strings.Cut(name, ".")
				if path, ok := p.imports[first]; ok && qualified {
					if other := pkgs[path]; other != nil && !other.syms[rest] {
						out = append(out, p.fset.Position(cg.Pos()).String()+": ["+name+"] names nothing")
					}
					continue
				}
				if first[0] >= 'A' && first[0] <= 'Z' {
					out = append(out, p.fset.Position(cg.Pos()).String()+": ["+name+"] names nothing")
				}
			}
		}
	}
	return out
}

// TestBrokenDocLinks: a broken link, or one to a deprecated symbol, is found, and the
// module's doc comments have none.
func TestBrokenDocLinks(t *testing.T) {
	fset := token.NewFileSet()
	p := parseDocPackage(t, fset, map[string]string{"a.go": `package a
import "example.com/b"
// Analyzer has Variants, reported by [SpellingVariants] (there is no such function) and
// by [FindVariants]; see [Analyzer.Variants], [Analyzer.Missing], [b.There], [b.Gone],
// [i] and [b]. [Quotes] is deprecated.
type Analyzer struct{ Variants map[string]string }
func FindVariants() {}
// Quotes is old.
//
// Deprecated: use b.There.
func Quotes() {}
`})
	b := parseDocPackage(t, fset, map[string]string{"b.go": "package b\nfunc There() {}\n"})
	got := brokenLinks(p, map[string]*docPackage{"example.com/b": b})
	want := []string{"a.go:3:1: [SpellingVariants] names nothing", "a.go:3:1: [Analyzer.Missing] names nothing", "a.go:3:1: [b.Gone] names nothing",
		"a.go:3:1: [Quotes] is deprecated: link what replaces it"}
	if !slices.Equal(got, want) {
		t.Errorf("broken links %q, want %q", got, want)
	}

	root := filepath.Join("..", "..", "..")
	const module = "github.com/framediff/framediff"
	pkgs := map[string]*docPackage{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		if path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		files := map[string]string{}
		matches, _ := filepath.Glob(filepath.Join(path, "*.go"))
		for _, m := range matches {
			if !strings.HasSuffix(m, "_test.go") {
				files[m] = ""
			}
		}
		if len(files) == 0 {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		pkgs[strings.TrimSuffix(module+"/"+filepath.ToSlash(rel), "/.")] = parseFiles(t, fset, files)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) < 5 {
		t.Fatalf("%d packages under %s", len(pkgs), root)
	}
	for _, path := range slices.Sorted(maps.Keys(pkgs)) {
		for _, b := range brokenLinks(pkgs[path], pkgs) {
			t.Errorf("doc link %s", b)
		}
	}
}

// parseFiles reads the named files from disk into one package.
func parseFiles(t *testing.T, fset *token.FileSet, files map[string]string) *docPackage {
	t.Helper()
	for name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		files[name] = string(src)
	}
	return parseDocPackage(t, fset, files)
}
