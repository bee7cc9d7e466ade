package main

// The packages of the generated program that do not touch the SDK: most
// of a big program. Each is libBase plus a selection of libChunks, with
// PKG replaced by the package name; DEPS is replaced by calls into the
// packages it imports. Every chunk declares its own names, so any
// selection compiles.

const libBase = `package PKG

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
DEPIMPORTS)

// ErrNotFound is returned when a record does not exist.
var ErrNotFound = errors.New("PKG: not found")

// Record is one item this package manages.
type Record struct {
	ID      string            ` + "`json:\"id\"`" + `
	Name    string            ` + "`json:\"name\"`" + `
	Kind    string            ` + "`json:\"kind\"`" + `
	Size    int64             ` + "`json:\"size\"`" + `
	Tags    map[string]string ` + "`json:\"tags,omitempty\"`" + `
	Created time.Time         ` + "`json:\"created\"`" + `
}

// Store keeps records in memory.
type Store struct {
	mu      sync.RWMutex
	records map[string]*Record
}

// NewStore returns an empty store.
func NewStore() *Store { return &Store{records: map[string]*Record{}} }

// Put adds or replaces a record after validating it.
func (s *Store) Put(r *Record) error {
	if err := r.Validate(); err != nil {
		return fmt.Errorf("put %s: %w", r.ID, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.records[r.ID] = r
	return nil
}

// Get returns the record with the given id.
func (s *Store) Get(id string) (*Record, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	r, ok := s.records[id]
	if !ok {
		return nil, ErrNotFound
	}
	return r, nil
}

// List returns the records sorted by name, then id.
func (s *Store) List() []*Record {
	s.mu.RLock()
	out := make([]*Record, 0, len(s.records))
	for _, r := range s.records {
		out = append(out, r)
	}
	s.mu.RUnlock()
	sort.Slice(out, func(i, j int) bool {
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// Validate checks a record's fields.
func (r *Record) Validate() error {
	switch {
	case r.ID == "":
		return errors.New("empty id")
	case strings.TrimSpace(r.Name) != r.Name:
		return fmt.Errorf("name %q has surrounding spaces", r.Name)
	case r.Size < 0:
		return fmt.Errorf("negative size %d", r.Size)
	}
	switch r.Kind {
	case "", "default", "standard", "premium":
		return nil
	}
	return fmt.Errorf("unknown kind %q", r.Kind)
}

// Encode writes the records as JSON.
func Encode(records []*Record) ([]byte, error) {
	return json.Marshal(records)
}

// Decode reads records written by Encode.
func Decode(data []byte) ([]*Record, error) {
	var out []*Record
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	return out, nil
}

// ParseSize reads sizes such as "10", "4k", "2M".
func ParseSize(s string) (int64, error) {
	mult := int64(1)
	switch {
	case strings.HasSuffix(s, "k"):
		mult, s = 1<<10, strings.TrimSuffix(s, "k")
	case strings.HasSuffix(s, "M"):
		mult, s = 1<<20, strings.TrimSuffix(s, "M")
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, err
	}
	return n * mult, nil
}

// Normalize lower-cases s and joins its words with dashes.
func Normalize(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), "-")
}

// Size is how much this package and those it uses hold.
func Size() int {
	n := len(ErrNotFound.Error())
DEPS	return n
}
`

var libChunks = []string{`
// Cache is a small LRU-less cache with expiry.
type Cache struct {
	mu    sync.Mutex
	ttl   time.Duration
	items map[string]cacheItem
}

type cacheItem struct {
	value   string
	expires time.Time
}

// NewCache returns a cache whose entries live for ttl.
func NewCache(ttl time.Duration) *Cache { return &Cache{ttl: ttl, items: map[string]cacheItem{}} }

// Get returns a live entry.
func (c *Cache) Get(key string, now time.Time) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	it, ok := c.items[key]
	if !ok || now.After(it.expires) {
		delete(c.items, key)
		return "", false
	}
	return it.value, true
}

// Set stores an entry.
func (c *Cache) Set(key, value string, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[key] = cacheItem{value, now.Add(c.ttl)}
}

// Sweep drops expired entries and reports how many it dropped.
func (c *Cache) Sweep(now time.Time) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for k, it := range c.items {
		if now.After(it.expires) {
			delete(c.items, k)
			n++
		}
	}
	return n
}
`, `
// Token is one lexical token of a filter expression.
type Token struct {
	Kind  int
	Text  string
	Start int
}

// Token kinds.
const (
	TokWord = iota
	TokNumber
	TokOp
	TokString
)

// Lex splits a filter expression such as name=web AND size>10.
func Lex(src string) ([]Token, error) {
	var out []Token
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(src) && src[j] >= '0' && src[j] <= '9' {
				j++
			}
			out = append(out, Token{TokNumber, src[i:j], i})
			i = j
		case c == '"':
			j := strings.IndexByte(src[i+1:], '"')
			if j < 0 {
				return nil, fmt.Errorf("unterminated string at %d", i)
			}
			out = append(out, Token{TokString, src[i+1 : i+1+j], i})
			i += j + 2
		case strings.IndexByte("=<>!", c) >= 0:
			j := i + 1
			if j < len(src) && src[j] == '=' {
				j++
			}
			out = append(out, Token{TokOp, src[i:j], i})
			i = j
		default:
			j := i
			for j < len(src) && strings.IndexByte(" \t=<>!\"", src[j]) < 0 {
				j++
			}
			out = append(out, Token{TokWord, src[i:j], i})
			i = j
		}
	}
	return out, nil
}
`, `
// Matcher decides whether a record matches a filter.
type Matcher func(*Record) bool

// Compile turns field=value pairs into a matcher.
func Compile(pairs map[string]string) (Matcher, error) {
	var ms []Matcher
	keys := make([]string, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := pairs[k]
		switch k {
		case "name":
			ms = append(ms, func(r *Record) bool { return r.Name == v })
		case "kind":
			ms = append(ms, func(r *Record) bool { return r.Kind == v })
		case "minsize":
			n, err := ParseSize(v)
			if err != nil {
				return nil, fmt.Errorf("minsize: %w", err)
			}
			ms = append(ms, func(r *Record) bool { return r.Size >= n })
		default:
			if tag, ok := strings.CutPrefix(k, "tag."); ok {
				ms = append(ms, func(r *Record) bool { return r.Tags[tag] == v })
				continue
			}
			return nil, fmt.Errorf("unknown field %q", k)
		}
	}
	return func(r *Record) bool {
		for _, m := range ms {
			if !m(r) {
				return false
			}
		}
		return true
	}, nil
}

// Filter returns the records m accepts.
func Filter(records []*Record, m Matcher) []*Record {
	var out []*Record
	for _, r := range records {
		if m(r) {
			out = append(out, r)
		}
	}
	return out
}
`, `
// Stats summarises record sizes.
type Stats struct {
	Count         int
	Total, Max    int64
	Mean, Median  float64
	ByKind        map[string]int
}

// Summarize computes Stats over records.
func Summarize(records []*Record) Stats {
	st := Stats{ByKind: map[string]int{}}
	sizes := make([]int64, 0, len(records))
	for _, r := range records {
		st.Count++
		st.Total += r.Size
		if r.Size > st.Max {
			st.Max = r.Size
		}
		st.ByKind[r.Kind]++
		sizes = append(sizes, r.Size)
	}
	if st.Count == 0 {
		return st
	}
	st.Mean = float64(st.Total) / float64(st.Count)
	sort.Slice(sizes, func(i, j int) bool { return sizes[i] < sizes[j] })
	if n := len(sizes); n%2 == 1 {
		st.Median = float64(sizes[n/2])
	} else {
		st.Median = float64(sizes[n/2-1]+sizes[n/2]) / 2
	}
	return st
}

// String renders the stats on one line.
func (st Stats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "count=%d total=%d max=%d mean=%.1f median=%.1f", st.Count, st.Total, st.Max, st.Mean, st.Median)
	kinds := make([]string, 0, len(st.ByKind))
	for k := range st.ByKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		b.WriteString(" " + k + "=" + strconv.Itoa(st.ByKind[k]))
	}
	return b.String()
}
`, `
// State is a step of a record's life cycle.
type State int

// The states, in order.
const (
	Pending State = iota
	Creating
	Running
	Stopping
	Stopped
	Failed
)

func (s State) String() string {
	switch s {
	case Pending:
		return "PENDING"
	case Creating:
		return "CREATING"
	case Running:
		return "RUNNING"
	case Stopping:
		return "STOPPING"
	case Stopped:
		return "STOPPED"
	case Failed:
		return "FAILED"
	}
	return "State(" + strconv.Itoa(int(s)) + ")"
}

// ParseState reads the names String writes.
func ParseState(s string) (State, error) {
	for st := Pending; st <= Failed; st++ {
		if strings.EqualFold(st.String(), s) {
			return st, nil
		}
	}
	return 0, fmt.Errorf("unknown state %q", s)
}

// Next returns the state after an event, or an error for an event that
// does not apply.
func (s State) Next(event string) (State, error) {
	switch {
	case s == Pending && event == "create":
		return Creating, nil
	case s == Creating && event == "created":
		return Running, nil
	case s == Running && event == "stop":
		return Stopping, nil
	case s == Stopping && event == "stopped":
		return Stopped, nil
	case event == "fail":
		return Failed, nil
	}
	return s, fmt.Errorf("event %q does not apply in state %v", event, s)
}
`, `
// Event is something that happened to a record.
type Event struct {
	At     time.Time
	ID     string
	Action string
	Detail map[string]any
}

// Journal keeps events in order and lets readers follow them.
type Journal struct {
	mu     sync.Mutex
	events []Event
	subs   []chan Event
}

// Append records an event and hands it to every follower that keeps up.
func (j *Journal) Append(e Event) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.events = append(j.events, e)
	for _, ch := range j.subs {
		select {
		case ch <- e:
		default:
		}
	}
}

// Follow returns a channel of events appended from now on.
func (j *Journal) Follow(buffer int) <-chan Event {
	ch := make(chan Event, buffer)
	j.mu.Lock()
	j.subs = append(j.subs, ch)
	j.mu.Unlock()
	return ch
}

// Since returns the events at or after t, as JSON lines.
func (j *Journal) Since(t time.Time) ([]byte, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	var b strings.Builder
	for _, e := range j.events {
		if e.At.Before(t) {
			continue
		}
		line, err := json.Marshal(e)
		if err != nil {
			return nil, fmt.Errorf("event %s: %w", e.ID, err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return []byte(b.String()), nil
}
`, `
// Config is this package's configuration, read from key=value lines.
type Config struct {
	Endpoint string
	Timeout  time.Duration
	Retries  int
	Labels   []string
	Debug    bool
}

// ParseConfig reads key=value lines; # starts a comment.
func ParseConfig(text string) (*Config, error) {
	cfg := &Config{Timeout: 30 * time.Second, Retries: 3}
	for n, line := range strings.Split(text, "\n") {
		line, _, _ = strings.Cut(line, "#")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("line %d: want key=value", n+1)
		}
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		var err error
		switch key {
		case "endpoint":
			cfg.Endpoint = value
		case "timeout":
			cfg.Timeout, err = time.ParseDuration(value)
		case "retries":
			cfg.Retries, err = strconv.Atoi(value)
		case "labels":
			cfg.Labels = strings.Split(value, ",")
		case "debug":
			cfg.Debug, err = strconv.ParseBool(value)
		default:
			err = errors.New("unknown key")
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %s: %w", n+1, key, err)
		}
	}
	return cfg, nil
}
`, `
// Batch groups items into batches of at most size, preserving order.
func Batch(ids []string, size int) [][]string {
	if size <= 0 {
		size = 1
	}
	var out [][]string
	for len(ids) > 0 {
		n := min(size, len(ids))
		out = append(out, ids[:n:n])
		ids = ids[n:]
	}
	return out
}

// Dedup returns ids without repeats, in first-seen order.
func Dedup(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	out := ids[:0:0]
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// Diff returns what to add and remove to turn have into want.
func Diff(have, want []string) (add, remove []string) {
	h := map[string]bool{}
	for _, x := range have {
		h[x] = true
	}
	w := map[string]bool{}
	for _, x := range want {
		w[x] = true
		if !h[x] {
			add = append(add, x)
		}
	}
	for _, x := range have {
		if !w[x] {
			remove = append(remove, x)
		}
	}
	sort.Strings(add)
	sort.Strings(remove)
	return add, remove
}
`, `
// Limiter allows n operations per interval.
type Limiter struct {
	mu       sync.Mutex
	n        int
	interval time.Duration
	window   time.Time
	used     int
}

// NewLimiter returns a limiter of n per interval.
func NewLimiter(n int, interval time.Duration) *Limiter { return &Limiter{n: n, interval: interval} }

// Allow reports whether one more operation fits at now.
func (l *Limiter) Allow(now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.window) >= l.interval {
		l.window, l.used = now, 0
	}
	if l.used >= l.n {
		return false
	}
	l.used++
	return true
}

// Wait returns how long to wait before the next operation fits.
func (l *Limiter) Wait(now time.Time) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.used < l.n || now.Sub(l.window) >= l.interval {
		return 0
	}
	return l.interval - now.Sub(l.window)
}
`, `
// Table renders rows as an aligned text table.
func Table(header []string, rows [][]string) string {
	widths := make([]int, len(header))
	for i, h := range header {
		widths[i] = len(h)
	}
	for _, row := range rows {
		for i, cell := range row {
			if i < len(widths) && len(cell) > widths[i] {
				widths[i] = len(cell)
			}
		}
	}
	var b strings.Builder
	line := func(cells []string) {
		for i, w := range widths {
			cell := ""
			if i < len(cells) {
				cell = cells[i]
			}
			if i > 0 {
				b.WriteString("  ")
			}
			b.WriteString(cell + strings.Repeat(" ", w-len(cell)))
		}
		b.WriteString("\n")
	}
	line(header)
	for _, row := range rows {
		line(row)
	}
	return b.String()
}

// RecordRows turns records into table rows.
func RecordRows(records []*Record) [][]string {
	rows := make([][]string, 0, len(records))
	for _, r := range records {
		rows = append(rows, []string{r.ID, r.Name, r.Kind, strconv.FormatInt(r.Size, 10), r.Created.Format(time.RFC3339)})
	}
	return rows
}
`}
