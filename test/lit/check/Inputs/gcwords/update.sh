#!/bin/sh
# Regenerates the .gc files: gc's own diagnostics for each .go file here
# (go tool compile -e), which gcwords.go compares gocxx check -e against.
cd "$(dirname "$0")" || exit 1
for f in *.go; do
  go tool compile -e -p=p -o "${TMPDIR:-/tmp}/gcwords.o" "$f" > "${f%.go}.gc" 2>&1
done
rm -f "${TMPDIR:-/tmp}/gcwords.o"
