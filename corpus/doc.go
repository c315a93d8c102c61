// Package corpus holds news accounts of events: documents, the events they cover and the
// outlets that published them, and the loaders that read them from JSON Lines, CSV and
// folders of text files. It imports only the standard library.
//
// A [Document] is one account of one event by one outlet. A [Corpus] is a set of documents
// with unique IDs; [Corpus.Split] divides an event's documents into the two sides of a
// comparison, such as state media against wire services.
//
// # Formats
//
// JSON Lines (.jsonl): one object per line with the keys of [Document] ("id", "event",
// "outlet", "kind", "language", "published", "title", "text", "url", "meta"); other keys go
// to Meta. CSV (.csv, RFC 4180) and TSV (.tsv: split at tabs, no quoting): a header row
// names the columns, mapped the same way. Text folders: one .txt file per document, with an
// optional "key: value" header block ended by a blank line. [LoadOptions.Fields] maps other
// names; see [LoadOptions] for the built-in aliases. [WriteJSONL] writes documents back in
// the form [Load] reads.
//
// # Encodings
//
// Input is UTF-8 (a byte-order mark is dropped); UTF-16 and UTF-32 with a byte-order mark
// are decoded. Input without a mark that is mostly NUL bytes (UTF-16 or UTF-32 without a
// mark, or binary data) is refused with an error wrapping [ErrEncoding]. Any other input is
// read as UTF-8, and bytes in it that are not UTF-8 (a file saved in Latin-1 or
// Windows-1252) are kept as they are, in every format: a record has the same text, byte for
// byte, whether it is read from JSON Lines, CSV, TSV or a text file, so offsets into it agree
// (JSON Lines too keeps them, where encoding/json would make each U+FFFD; escapes decode as
// in encoding/json). See [Document] for what such bytes do downstream; to find them, check
// the text with [unicode/utf8.ValidString]. Lines end in LF, CR LF, or a CR alone (old Mac
// files, recognized by their first line break). [Decode] decodes other text the same way.
//
// # Errors
//
// Every problem with a record is a *[LoadError] naming the file and line, wrapping a
// sentinel such as [ErrSyntax], [ErrMissingField], [ErrDuplicateID] or [ErrConflict]. By
// default the first bad record stops loading; [LoadOptions.Skip] makes loading lenient,
// reporting every skipped record to the caller. Either way every record is loaded or
// reported: nothing is dropped silently.
//
// # Determinism
//
// A Corpus lists documents by ID, and events and outlets by name, whatever the order they
// were added in.
//
// # Concurrency
//
// A Corpus is safe for concurrent reads; [Corpus.Add] must not run concurrently with any
// other method. A [Reader] is for one goroutine.
package corpus
