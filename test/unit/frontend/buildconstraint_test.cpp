// Build constraint and package file selection tests (linux/amd64, cgo off).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "gocxx/frontend/buildconstraint.h"

using namespace gocxx;

TEST(BuildConstraint, Tags) {
  EXPECT_TRUE(matchTag("linux"));
  EXPECT_TRUE(matchTag("amd64"));
  EXPECT_TRUE(matchTag("unix"));
  EXPECT_TRUE(matchTag("gc"));
  EXPECT_TRUE(matchTag("go1.18"));
  EXPECT_FALSE(matchTag("go1.20"));
  EXPECT_FALSE(matchTag("cgo"));
  EXPECT_FALSE(matchTag("windows"));
  EXPECT_FALSE(matchTag("arm64"));
}

TEST(BuildConstraint, GoBuildExpressions) {
  EXPECT_TRUE(evalGoBuildExpr("linux && amd64"));
  EXPECT_FALSE(evalGoBuildExpr("linux && !amd64"));
  EXPECT_TRUE(evalGoBuildExpr("(darwin || linux) && !cgo"));
  EXPECT_TRUE(evalGoBuildExpr("!windows"));
  bool ok = true;
  evalGoBuildExpr("linux &&", {}, &ok);
  EXPECT_FALSE(ok);
}

TEST(BuildConstraint, PlusBuildLines) {
  EXPECT_TRUE(evalPlusBuildLine(" linux darwin"));
  EXPECT_TRUE(evalPlusBuildLine(" linux,amd64"));
  EXPECT_FALSE(evalPlusBuildLine(" linux,386"));
  EXPECT_TRUE(evalPlusBuildLine(" !windows"));
}

TEST(BuildConstraint, FileNames) {
  EXPECT_TRUE(matchFileName("x.go"));
  EXPECT_TRUE(matchFileName("x_linux.go"));
  EXPECT_TRUE(matchFileName("x_amd64.go"));
  EXPECT_TRUE(matchFileName("x_linux_amd64.go"));
  EXPECT_FALSE(matchFileName("x_windows.go"));
  EXPECT_FALSE(matchFileName("x_linux_arm64.go"));
  EXPECT_TRUE(matchFileName("linux.go")); // nothing before the first _ counts
  EXPECT_FALSE(matchFileName("x_darwin_test.go"));
}

TEST(BuildConstraint, FileHeaders) {
  EXPECT_TRUE(matchBuildConstraints("//go:build linux\n\npackage p\n"));
  EXPECT_FALSE(matchBuildConstraints("//go:build windows\n\npackage p\n"));
  EXPECT_FALSE(matchBuildConstraints("// Copyright\n\n// +build windows\n\npackage p\n"));
  // a +build line not followed by a blank line is not a constraint
  EXPECT_TRUE(matchBuildConstraints("// +build windows\npackage p\n"));
  // //go:build wins over +build
  EXPECT_TRUE(matchBuildConstraints("//go:build linux\n// +build windows\n\npackage p\n"));
  // constraints after the package clause don't count
  EXPECT_TRUE(matchBuildConstraints("package p\n//go:build windows\n"));
}

TEST(BuildConstraint, ShouldBuild) {
  EXPECT_TRUE(shouldBuild("a.go", "package p\n"));
  EXPECT_FALSE(shouldBuild("a_test.go", "package p\n"));
  EXPECT_FALSE(shouldBuild("_a.go", "package p\n"));
  EXPECT_FALSE(shouldBuild("c.go", "package p\n\nimport \"C\"\n"));
  EXPECT_TRUE(shouldBuild("c.go", "package p\n\nvar s = \"C\"\n"));
}

TEST(BuildConstraint, ListPackageFiles) {
  // The os package of Go 1.19 as go/build selects it for linux/amd64.
  auto files = listPackageFiles("/usr/share/go-1.19/src/os");
  ASSERT_FALSE(files.empty());
  auto has = [&](const std::string &name) {
    return std::find(files.begin(), files.end(), "/usr/share/go-1.19/src/os/" + name) !=
           files.end();
  };
  EXPECT_TRUE(has("file.go"));
  EXPECT_TRUE(has("file_unix.go"));
  EXPECT_TRUE(has("exec_posix.go"));
  EXPECT_FALSE(has("file_windows.go"));
  EXPECT_FALSE(has("file_plan9.go"));
  EXPECT_FALSE(has("os_test.go"));
  EXPECT_TRUE(std::is_sorted(files.begin(), files.end()));
}
