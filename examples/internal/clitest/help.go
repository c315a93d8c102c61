package clitest

// help.go: the flags of a program as its -h lists them, and the rules every listing keeps.

import (
	"fmt"
	"regexp"
	"strings"
)

// A HelpFlag is one flag as a program's -h lists it.
type HelpFlag struct {
	Name string // without the dash
	Arg  string // the value's name ("int", "FILE", "side|outlet|all"); "" for a boolean
	Help string // the help text, with the default statement if any, on one line
}

// flagLine matches the first line of a flag in a usage listing.
var flagLine = regexp.MustCompile(`^  -(\S+)(?: (.+?))?(?:\t(.*))?$`)

// ParseHelp returns the flags that the -h output out lists after its "Flags:" line.
func ParseHelp(out string) []HelpFlag {
	_, list, ok := strings.Cut(out, "\nFlags:\n")
	if !ok {
		return nil
	}
	var flags []HelpFlag
	for _, line := range strings.Split(list, "\n") {
		if m := flagLine.FindStringSubmatch(line); m != nil {
			flags = append(flags, HelpFlag{Name: m[1], Arg: m[2], Help: m[3]})
			continue
		}
		if len(flags) > 0 && strings.TrimSpace(line) != "" {
			f := &flags[len(flags)-1]
			f.Help = strings.TrimSpace(f.Help + " " + strings.TrimSpace(line))
		}
	}
	return flags
}

// defaultAtEnd matches the one statement of a default a flag's help may make, at its end:
// "(default 12)", "(default "own")" or, for an empty default that stands for something,
// "(default: every event)".
var defaultAtEnd = regexp.MustCompile(` \(default(?: |: )[^()]*(?:\([^()]*\)[^()]*)*\)$`)

// Default returns the statement of f's default at the end of its help ("(default 12)"),
// and the help without it.
func (f HelpFlag) Default() (stmt, rest string) {
	loc := defaultAtEnd.FindStringIndex(f.Help)
	if loc == nil {
		return "", f.Help
	}
	return f.Help[loc[0]+1:], f.Help[:loc[0]]
}

// Meaning returns what f means in every program that has it: its help without the default,
// up to the first "; " outside parentheses (what follows is the program's own: what its
// -figure draws, what its -seed seeds).
func (f HelpFlag) Meaning() string {
	_, rest := f.Default()
	depth := 0
	for i, r := range rest {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
		case ';':
			if depth == 0 && strings.HasPrefix(rest[i:], "; ") {
				return rest[:i]
			}
		}
	}
	return rest
}

// numericArg is the value name the flag package gives a numeric flag.
var numericArg = map[string]bool{"int": true, "uint": true, "int64": true, "uint64": true, "float": true, "duration": true}

// Problems returns what is wrong with how f states its default: a default stated more
// than once or elsewhere than at the end, a default in prose ("; default: ..."), or a
// numeric flag whose default is not shown.
func (f HelpFlag) Problems() []string {
	var out []string
	if n := strings.Count(f.Help, "(default"); n > 1 {
		out = append(out, fmt.Sprintf("states its default %d times", n))
	}
	stmt, rest := f.Default()
	if strings.Contains(rest, "(default") {
		out = append(out, "states its default elsewhere than at the end")
	}
	if strings.Contains(rest, "default:") {
		out = append(out, `states its default in prose ("default: ..."), not as "(default: ...)" at the end`)
	}
	if numericArg[f.Arg] && stmt == "" {
		out = append(out, "is numeric but shows no default")
	}
	return out
}
