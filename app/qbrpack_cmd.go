package app

import (
	"context"
	"fmt"
	"strings"

	"accountdesk/backend"
)

// cmdQBRPack is `accountdesk qbr-pack`: the client-ready QBR pack of one
// account, as a PDF and HTML, into a folder on this computer. The pack is
// for a client, so it goes to a folder the director hands on from, never to
// the shared export place.
func cmdQBRPack(ctx context.Context, env Env, args []string) error {
	fs := newFlags("qbr-pack")
	ws := fs.String("workspace", "", "workspace file")
	account := fs.String("account", "", "account name")
	to := fs.String("to", "", "folder")
	quarter := fs.String("quarter", "", "quarter, e.g. 2026-Q4 (default: this quarter)")
	hours := fs.Bool("hours", false, "show hours used against the retainer")
	if err := parse(fs, args); err != nil {
		return err
	}
	switch {
	case strings.TrimSpace(*account) == "":
		return usagef("qbr-pack: --account NAME is required")
	case *to == "":
		return usagef("qbr-pack: --to DIR is required (a folder)")
	}
	opts := backend.QBRPackOptions{Quarter: *quarter, Hours: *hours}
	if _, _, _, err := backend.ParseQuarter(opts.Quarter, today()); err != nil {
		return usagef("qbr-pack: %s", backend.ErrorMessage(err))
	}
	s, err := openExisting(ctx, env, *ws)
	if err != nil {
		return err
	}
	defer s.Close()
	rows, err := s.db.ListAccounts(ctx, backend.AccountFilter{}, today())
	if err != nil {
		return err
	}
	var id int64
	for _, r := range rows {
		if strings.EqualFold(r.Name, strings.TrimSpace(*account)) {
			id = r.ID
			break
		}
	}
	if id == 0 {
		return usagef("qbr-pack: there is no account named %q", *account)
	}
	api := &QBRPackAPI{base: base{ctx: func() context.Context { return ctx }, db: s.db}}
	pv, paths, err := saveQBRPack(api, id, opts, *to)
	if err != nil {
		return err
	}
	// The files' paths, then what the client will not read.
	for _, p := range paths {
		fmt.Fprintln(env.Stdout, p)
	}
	fmt.Fprintln(env.Stdout, pv.LeftOutText)
	return nil
}
