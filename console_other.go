//go:build !windows

package main

// attachConsole is only needed on Windows, where the exe has no console.
func attachConsole() {}
