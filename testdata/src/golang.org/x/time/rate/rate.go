// Package rate is a stub of golang.org/x/time/rate: the parts of its API
// the fixtures call, with the field shapes of the real Limiter (a mutex,
// numbers and times: nothing that could call back).
package rate

import (
	"context"
	"errors"
	"sync"
	"time"
)

// Limit is a rate of events per second.
type Limit float64

// Limiter hands out tokens at a rate.
type Limiter struct {
	mu        sync.Mutex
	limit     Limit
	burst     int
	tokens    float64
	last      time.Time
	lastEvent time.Time
}

// NewLimiter returns a limiter of r events per second, bursts of b.
func NewLimiter(r Limit, b int) *Limiter { return &Limiter{limit: r, burst: b} }

// Wait blocks until a token is free or ctx ends.
func (l *Limiter) Wait(ctx context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.burst == 0 {
		return errors.New("rate: Wait(n=1) exceeds limiter's burst 0")
	}
	return ctx.Err()
}
