package app

import (
	"encoding/json"
	"fmt"
	"reflect"

	"accountdesk/backend"
)

var errorType = reflect.TypeFor[error]()

// method is one bound API method the HTTP mode can call.
type method struct {
	fn     reflect.Value
	params []reflect.Type
}

// methodTable maps "Struct.Method" to the exported methods of each bound
// struct, so the HTTP mode serves exactly what Wails binds, with no hand-kept list.
func methodTable(bound []any) (map[string]method, error) {
	table := map[string]method{}
	for _, b := range bound {
		v := reflect.ValueOf(b)
		t := v.Type()
		name := t.Elem().Name()
		for i := range t.NumMethod() {
			m := t.Method(i)
			ft := m.Type
			outs := ft.NumOut()
			if outs == 0 || outs > 2 || !ft.Out(outs-1).Implements(errorType) {
				return nil, fmt.Errorf("%s.%s must return (T, error) or error", name, m.Name)
			}
			params := make([]reflect.Type, 0, ft.NumIn()-1)
			for j := 1; j < ft.NumIn(); j++ {
				params = append(params, ft.In(j))
			}
			table[name+"."+m.Name] = method{fn: v.Method(i), params: params}
		}
	}
	return table, nil
}

// call decodes a JSON array of arguments, calls the method and returns its
// result. Wrong argument shapes are invalid-input errors, like any bad input.
func (m method) call(raw json.RawMessage) (any, error) {
	var args []json.RawMessage
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, &args); err != nil {
			return nil, backend.Errorf(backend.EINVALID, "The request must be a list of arguments.")
		}
	}
	if len(args) != len(m.params) {
		return nil, backend.Errorf(backend.EINVALID, "Expected %d argument(s), got %d.", len(m.params), len(args))
	}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		p := reflect.New(m.params[i])
		if err := json.Unmarshal(a, p.Interface()); err != nil {
			return nil, backend.Errorf(backend.EINVALID, "Argument %d has the wrong shape.", i+1)
		}
		in[i] = p.Elem()
	}
	out := m.fn.Call(in)
	if errv := out[len(out)-1]; !errv.IsNil() {
		return nil, errv.Interface().(error)
	}
	if len(out) == 2 {
		return out[0].Interface(), nil
	}
	return nil, nil
}
