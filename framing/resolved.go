package framing

// Options with their defaults filled in, for a record of the settings a score used.

// Resolved returns o with every default filled in, as [Keyness] uses it: Measure, Adjust,
// LRCAlpha, Beta and the log-odds settings (see [LogOddsOptions.Resolved]). Invalid
// options are an error wrapping [ErrOption], as Keyness returns.
func (o KeynessOptions) Resolved() (KeynessOptions, error) { return o.resolve() }

// Resolved returns o with every default filled in (Alpha0 100, Alpha 0.01), as the
// log-odds measure uses it. Invalid options are an error wrapping [ErrOption].
func (o LogOddsOptions) Resolved() (LogOddsOptions, error) { return o.resolve() }
