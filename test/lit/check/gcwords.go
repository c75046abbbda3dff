// Diagnostics in gc's exact words, positions and order: each file of
// Inputs/gcwords against what gc printed for it (Inputs/gcwords/update.sh).
// RUN: cd %S/Inputs/gcwords && for f in *.go; do \
// RUN:   (not %gocxx check -e $f 2>&1 | sed -e 's/: error: /: /' -e 's/: note: /: /' | \
// RUN:    diff -u ${f%%.go}.gc - ) || exit 1; done

package main
