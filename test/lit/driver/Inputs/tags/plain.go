//go:build !fancy

package main

const mode = "plain"
