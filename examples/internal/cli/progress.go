package cli

// The progress line. A program's long stages (reading a corpus, comparing events, building
// a report, segmenting quotations) show, on a terminal, one line on stderr that says what
// the program is doing, how far it has got where it knows, and for how long it has been at
// it:
//
//	report: building the report of 1,472 and 2,534 documents (1m05s)
//
// The line is redrawn in place ("\r", then erase to the end of the line) every second,
// from the moment a stage has run for two seconds (short runs need none), and erased when
// the stage ends or anything else is written to stderr, so that messages always start on
// a clean line. It is drawn only when the program's stderr is a terminal, never into a file
// or a pipe, and never with -quiet. The line's text is escaped as [Escape] escapes names.

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// progressDelay is how long a stage runs before a terminal shows its line.
const progressDelay = 2 * time.Second

// A status is the progress line of one stderr. Its methods are safe for concurrent use;
// the zero value draws nothing.
type status struct {
	mu    sync.Mutex
	raw   io.Writer // the stderr the line is drawn on, not escaped
	delay time.Duration
	on    bool // raw is a terminal
	shown bool // a line is on the screen
	last  time.Time
	stage *Stage
}

// attach sets up the status of a program's stderr w: on if w is a terminal (an *os.File
// that is a character device), or a writer with a ProgressDelay method (a test's stand-in
// for one).
func (s *status) attach(w io.Writer) {
	s.raw = w
	switch t := w.(type) {
	case interface{ ProgressDelay() time.Duration }:
		s.on, s.delay = true, t.ProgressDelay()
	case *os.File:
		st, err := t.Stat()
		s.on, s.delay = err == nil && st.Mode()&os.ModeCharDevice != 0, progressDelay
	}
}

// clear erases the line, if shown. The caller holds s.mu.
func (s *status) clear() {
	if s.shown {
		io.WriteString(s.raw, "\r\x1b[K")
		s.shown = false
	}
}

// draw shows text, unless one was drawn less than every ago. The caller holds s.mu.
func (s *status) draw(text string, every time.Duration) {
	now := time.Now()
	if s.shown && now.Sub(s.last) < every {
		return
	}
	s.last = now
	fmt.Fprintf(s.raw, "\r%s\x1b[K", escape(text, false))
	s.shown = true
}

// A Stage is one long stage of a program, shown on the progress line while it runs (see
// [Common.Stage]). A nil *Stage does nothing.
type Stage struct {
	s     *status
	prog  string
	start time.Time
	text  string
	stop  chan struct{}
	wg    sync.WaitGroup
}

// Stage starts a stage of the program, described by a format and its arguments ("comparing
// %d events"), and returns it: call Update as it advances and Done when it ends. On a
// terminal (and without -quiet), its line shows after two seconds with the time spent, and
// is redrawn every second. A stage started while another runs ends that one.
func (c *Common) Stage(format string, args ...any) *Stage {
	if c == nil || c.flags == nil || c.Quiet {
		return nil
	}
	t, ok := c.flags.stderr.(*terminal)
	if !ok || !t.status.on {
		return nil
	}
	s := &t.status
	s.mu.Lock()
	prev := s.stage
	s.mu.Unlock()
	prev.Done()
	st := &Stage{s: s, prog: c.flags.prog.Name, start: time.Now(), text: fmt.Sprintf(format, args...), stop: make(chan struct{})}
	s.mu.Lock()
	s.stage = st
	st.tick()
	s.mu.Unlock()
	st.wg.Add(1)
	go func() {
		defer st.wg.Done()
		tk := time.NewTicker(250 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-st.stop:
				return
			case <-tk.C:
				s.mu.Lock()
				st.tick()
				s.mu.Unlock()
			}
		}
	}()
	return st
}

// tick redraws the stage's line if it has run long enough. The caller holds s.mu.
func (st *Stage) tick() {
	if st.s.stage != st {
		return
	}
	elapsed := time.Since(st.start)
	if elapsed < st.s.delay {
		return
	}
	st.s.draw(fmt.Sprintf("%s: %s (%s)", st.prog, st.text, elapsed.Round(time.Second)), time.Second)
}

// Update changes what the stage's line says (how far it has got), redrawn at most four
// times a second.
func (st *Stage) Update(format string, args ...any) {
	if st == nil {
		return
	}
	st.s.mu.Lock()
	defer st.s.mu.Unlock()
	if st.s.stage != st {
		return
	}
	st.text = fmt.Sprintf(format, args...)
	if time.Since(st.start) >= st.s.delay {
		st.s.draw(fmt.Sprintf("%s: %s (%s)", st.prog, st.text, time.Since(st.start).Round(time.Second)), 250*time.Millisecond)
	}
}

// Done ends the stage and erases its line. It may be called more than once.
func (st *Stage) Done() {
	if st == nil {
		return
	}
	st.s.mu.Lock()
	current := st.s.stage == st
	if current {
		st.s.stage = nil
		st.s.clear()
	}
	st.s.mu.Unlock()
	if current {
		close(st.stop)
		st.wg.Wait()
	}
}
