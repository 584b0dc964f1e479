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

// icon is the window's icon: build/appicon.png (1024 px, 16-bit, for the
// installers) scaled to 256 px, 8-bit. GTK decodes it when the window opens;
// the full-size file cost ~8 MB of memory for a 48 px icon. Regenerate with
//
//	convert build/appicon.png -resize 256x256 -depth 8 PNG32:build/windowicon.png
//
//go:embed build/windowicon.png
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
