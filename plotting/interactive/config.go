package interactive

import (
	"os"
	"time"
)

// Config sets how long a live figure waits. The zero value means the
// defaults documented on each field; the package-level Sliders and
// Descent.Show use it.
type Config struct {
	// Timeout ends a live figure after this long without an event from the
	// browser (a slider moved, a click, an animation step). Zero means
	// DefaultTimeout; negative is an error.
	Timeout time.Duration
	// Handshake is how long to wait for the browser to connect; after
	// three waits without an answer the figure becomes static. Zero means
	// DefaultHandshake; negative is an error.
	Handshake time.Duration
}

const (
	// DefaultTimeout is Config.Timeout's default: 2 minutes without a
	// slider moved or a click, then the figure becomes static and the
	// notebook's next cell runs.
	DefaultTimeout = 2 * time.Minute
	// DefaultHandshake is Config.Handshake's default. gonb itself waits up
	// to 3 s for the browser to open its channel (WaitForConnectionTimeout
	// in gonb's internal/comms); 2 s more cover the page running the script.
	DefaultHandshake = 5 * time.Second
)

// StaticEnv is the environment variable that, set to 1, makes every live
// figure static at once: for running notebooks headless (nbconvert).
const StaticEnv = "GDLESSONS_STATIC"

func (c Config) orDefault() Config {
	if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	if c.Handshake == 0 {
		c.Handshake = DefaultHandshake
	}
	return c
}

func staticFromEnv() bool { return os.Getenv(StaticEnv) == "1" }
