//go:build !bindings

package app

const bindingsBuild = false

func bindingsWorkspace() string { return "" }
