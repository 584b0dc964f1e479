//go:build dev

package app

// devBuild is true under `wails dev`: logs also go to the console.
const devBuild = true
