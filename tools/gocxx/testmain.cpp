// gocxx test's view of test files and its generated main (see testmain.h).
// The rules are cmd/go's (load/test.go) and go/doc's for examples.
#include "testmain.h"

#include <cctype>
#include <fstream>
#include <sstream>

#include "gocxx/frontend/ast.h"
#include "gocxx/frontend/diagnostics.h"
#include "gocxx/frontend/parser.h"
#include "gocxx/frontend/source.h"
#include "gocxx/frontend/unicode.h"

namespace gocxx::tools {

namespace {

// name is prefix, or prefix followed by a character that is not lower case
// (TestX, Test_x and Test, not Testx).
bool isTest(const std::string &name, const std::string &prefix) {
  if (name.compare(0, prefix.size(), prefix) != 0)
    return false;
  if (name.size() == prefix.size())
    return true;
  int width = 0;
  char32_t r = unicode::decodeRune(name, prefix.size(), width);
  // Lower case: a-z, and the cased letters below Armenian that are not
  // upper case (scripts beyond have no case, as unicode.IsLower says).
  bool lower = (r >= 'a' && r <= 'z') ||
               (r >= 0x80 && r < 0x590 && unicode::isLetter(r) && !unicode::isUpper(r));
  return !lower;
}

// func F(x *testing.ARG) with no results: *ARG or *something.ARG, as the
// go command checks it (it does not know how testing was imported).
bool isTestFunc(const ast::FuncDecl *fn, const std::string &arg) {
  const ast::FuncType *t = fn->type;
  if ((t->results && !t->results->list.empty()) || !t->params || t->params->list.size() != 1 ||
      t->params->list[0]->names.size() > 1)
    return false;
  auto *ptr = ast::dyn_cast<ast::StarExpr>(t->params->list[0]->type);
  if (!ptr)
    return false;
  if (auto *id = ast::dyn_cast<ast::Ident>(ptr->x))
    return id->name == arg;
  if (auto *sel = ast::dyn_cast<ast::SelectorExpr>(ptr->x))
    return sel->sel->name == arg;
  return false;
}

bool hasPrefixFold(const std::string &s, size_t at, const std::string &prefix) {
  if (s.size() - at < prefix.size())
    return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[at + i])) != prefix[i])
      return false;
  return true;
}

// go/doc's example output: the body's last comment, if it starts with
// "Output:" or "Unordered output:" (any case, after spaces).
bool exampleOutput(const ast::FuncDecl *fn, const ast::File *file, std::string &output,
                   bool &unordered) {
  const ast::CommentGroup *last = nullptr;
  for (const ast::CommentGroup *g : file->comments)
    if (g->pos() > fn->body->lbrace && g->pos() < fn->body->rbrace)
      last = g;
  if (!last)
    return false;
  std::string text = last->text();
  size_t at = 0;
  while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at])))
    ++at;
  unordered = hasPrefixFold(text, at, "unordered ");
  if (unordered)
    at += 10;
  if (!hasPrefixFold(text, at, "output:"))
    return false;
  text = text.substr(at + 7);
  size_t spaces = text.find_first_not_of(' ');
  text = spaces == std::string::npos ? "" : text.substr(spaces);
  if (!text.empty() && text[0] == '\n')
    text = text.substr(1);
  output = text;
  return true;
}

} // namespace

void scanTests(const std::vector<std::string> &files, const std::string &pkgName, TestScan &scan,
               std::vector<std::string> &errors) {
  FileSet fset;
  DiagnosticEngine diags(fset);
  ast::Context ctx;
  struct Parsed {
    ast::File *file;
    bool external;
  };
  std::vector<Parsed> internal, external;
  for (const auto &name : files) {
    std::ifstream in(name, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    SourceFile *sf = fset.addFile(name, buf.str());
    ast::File *file = parseFile(ctx, fset, sf, diags);
    if (!file->name)
      continue; // the loader reports the syntax error
    std::string clause(file->name->name);
    if (clause == pkgName) {
      scan.testFiles.push_back(name);
      internal.push_back({file, false});
    } else if (clause == pkgName + "_test") {
      scan.xtestFiles.push_back(name);
      external.push_back({file, true});
    } else {
      errors.push_back(fset.position(file->name->pos()).str() + ": found packages " + pkgName +
                       " and " + clause + " in " + name.substr(0, name.rfind('/')));
    }
  }
  std::vector<Parsed> all = internal;
  all.insert(all.end(), external.begin(), external.end());
  for (const Parsed &p : all) {
    auto wrong = [&](const ast::FuncDecl *fn, const std::string &arg) {
      std::string n(fn->name->name);
      errors.push_back(fset.position(fn->pos()).str() + ": wrong signature for " + n +
                       ", must be: func " + n + "(" + std::string(1, char(std::tolower(arg[0]))) +
                       " *testing." + arg + ")");
    };
    auto add = [&](std::vector<TestScan::Func> &list, const ast::FuncDecl *fn,
                   const std::string &arg) {
      if (!isTestFunc(fn, arg) || (fn->type->typeParams && !fn->type->typeParams->list.empty()))
        wrong(fn, arg);
      list.push_back({std::string(fn->name->name), p.external});
    };
    for (ast::Decl *d : p.file->decls) {
      auto *fn = ast::dyn_cast<ast::FuncDecl>(d);
      if (!fn || fn->recv)
        continue;
      std::string name(fn->name->name);
      if (name == "TestMain") {
        if (isTestFunc(fn, "T")) {
          scan.tests.push_back({name, p.external});
          continue;
        }
        if (!isTestFunc(fn, "M"))
          wrong(fn, "M");
        if (scan.hasTestMain)
          errors.push_back(fset.position(fn->pos()).str() + ": multiple definitions of TestMain");
        scan.hasTestMain = true;
        scan.testMain = {name, p.external};
      } else if (isTest(name, "Test")) {
        add(scan.tests, fn, "T");
      } else if (isTest(name, "Benchmark")) {
        add(scan.benchmarks, fn, "B");
      } else if (isTest(name, "Fuzz")) {
        add(scan.fuzzTargets, fn, "F");
      } else if (isTest(name, "Example") && fn->body && fn->type->params->list.empty() &&
                 (!fn->type->results || fn->type->results->list.empty()) &&
                 (!fn->type->typeParams || fn->type->typeParams->list.empty())) {
        TestScan::Example ex;
        ex.name = name;
        ex.external = p.external;
        if (exampleOutput(fn, p.file, ex.output, ex.unordered))
          scan.examples.push_back(ex);
      }
    }
  }
}

namespace {

std::string quote(const std::string &s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += char(c);
    }
  }
  return out + "\"";
}

} // namespace

std::string testMainSource(const std::string &importPath, const TestScan &scan) {
  bool usesInternal = false, usesExternal = false;
  auto note = [&](const TestScan::Func &f) { (f.external ? usesExternal : usesInternal) = true; };
  for (const auto *list : {&scan.tests, &scan.benchmarks, &scan.fuzzTargets})
    for (const auto &f : *list)
      note(f);
  for (const auto &e : scan.examples)
    note(e);
  if (scan.hasTestMain)
    note(scan.testMain);
  auto ref = [](const TestScan::Func &f) { return (f.external ? "_xtest." : "_test.") + f.name; };

  std::ostringstream os;
  os << "// Code generated by gocxx test. DO NOT EDIT.\n\n"
     << "package main\n\n"
     << "import (\n"
     << "\t\"errors\"\n\t\"io\"\n\t\"os\"\n\t\"reflect\"\n\t\"regexp\"\n\t\"testing\"\n"
     << "\t\"time\"\n\n"
     << "\t" << (usesInternal ? "_test" : "_") << " " << quote(importPath) << "\n";
  if (!scan.xtestFiles.empty())
    os << "\t" << (usesExternal ? "_xtest" : "_") << " " << quote(importPath + "_test") << "\n";
  os << ")\n\n";

  os << "var tests = []testing.InternalTest{\n";
  for (const auto &f : scan.tests)
    os << "\t{" << quote(f.name) << ", " << ref(f) << "},\n";
  os << "}\n\nvar benchmarks = []testing.InternalBenchmark{\n";
  for (const auto &f : scan.benchmarks)
    os << "\t{" << quote(f.name) << ", " << ref(f) << "},\n";
  os << "}\n\nvar fuzzTargets = []testing.InternalFuzzTarget{\n";
  for (const auto &f : scan.fuzzTargets)
    os << "\t{" << quote(f.name) << ", " << ref(f) << "},\n";
  os << "}\n\nvar examples = []testing.InternalExample{\n";
  for (const auto &e : scan.examples)
    os << "\t{" << quote(e.name) << ", " << ref(e) << ", " << quote(e.output) << ", "
       << (e.unordered ? "true" : "false") << "},\n";
  os << "}\n\n";

  // testing.MainStart's testDeps, without the profiles, test log and
  // fuzzing engine of testing/internal/testdeps.
  os << R"(type corpusEntry = struct {
	Parent     string
	Path       string
	Data       []byte
	Values     []any
	Generation int
	IsSeed     bool
}

type testDeps struct{}

var matchPat string
var matchRe *regexp.Regexp

func (testDeps) MatchString(pat, str string) (bool, error) {
	if matchRe == nil || matchPat != pat {
		re, err := regexp.Compile(pat)
		if err != nil {
			return false, err
		}
		matchPat, matchRe = pat, re
	}
	return matchRe.MatchString(str), nil
}

var errNotSupported = errors.New("not supported by gocxx test")

func (testDeps) SetPanicOnExit0(bool)                         {}
func (testDeps) StartCPUProfile(io.Writer) error              { return errNotSupported }
func (testDeps) StopCPUProfile()                              {}
func (testDeps) StartTestLog(io.Writer)                       {}
func (testDeps) StopTestLog() error                           { return nil }
func (testDeps) WriteProfileTo(string, io.Writer, int) error  { return errNotSupported }
func (testDeps) ImportPath() string                           { return )"
     << quote(importPath) << R"( }
func (testDeps) ResetCoverage()                               {}
func (testDeps) SnapshotCoverage()                            {}
func (testDeps) CheckCorpus([]any, []reflect.Type) error      { return nil }
func (testDeps) RunFuzzWorker(func(corpusEntry) error) error  { return errNotSupported }
func (testDeps) ReadCorpus(string, []reflect.Type) ([]corpusEntry, error) {
	return nil, nil
}
func (testDeps) CoordinateFuzzing(time.Duration, int64, time.Duration, int64, int, []corpusEntry, []reflect.Type, string, string) error {
	return errNotSupported
}

func main() {
	m := testing.MainStart(testDeps{}, tests, benchmarks, fuzzTargets, examples)
)";
  if (scan.hasTestMain)
    os << "\t" << ref(scan.testMain) << "(m)\n"
       << "\tos.Exit(int(reflect.ValueOf(m).Elem().FieldByName(\"exitCode\").Int()))\n";
  else
    os << "\tos.Exit(m.Run())\n";
  os << "}\n";
  return os.str();
}

} // namespace gocxx::tools
