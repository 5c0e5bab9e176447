package gdlib

// Status says why a run stopped.
type Status int

const (
	// StepLimit: the run took every step it was given. This is how every run
	// of the course's loops ends, and the default.
	StepLimit Status = iota
	// Converged: a stopping rule of Settings was met (GradTol or StepTol).
	Converged
	// LeftRegion: an iterate left Settings.Region.
	LeftRegion
	// Diverged: an iterate, its value or its gradient became NaN or ±Inf,
	// left the objective's domain, or went beyond Settings.Bound.
	Diverged
	// Cancelled: the run's context was cancelled.
	Cancelled
)

var statusNames = [...]string{"step limit", "converged", "left the region", "diverged", "cancelled"}

// String returns "step limit", "converged", "left the region", "diverged"
// or "cancelled".
func (s Status) String() string {
	if s < 0 || int(s) >= len(statusNames) {
		return "unknown status"
	}
	return statusNames[s]
}
