// Command accountdesk is the AccountDesk desktop app and its command line.
package main

import (
	"embed"
	"io/fs"
	"os"

	"accountdesk/app"
)

//go:embed all:frontend/dist
var assets embed.FS

//go:embed build/appicon.png
var icon []byte

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	attachConsole()
	dist, err := fs.Sub(assets, "frontend/dist")
	if err != nil {
		panic(err)
	}
	os.Exit(app.Main(os.Args, dist, icon, version))
}
