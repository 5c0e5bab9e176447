package gdlib

// End is how one run ended, without the path it took: Finals returns one
// per start. It costs a few words where a Trace keeps every iterate.
type End struct {
	Start Point
	// X is the last iterate, as Trace.Final; F is f there.
	X Point
	F float64
	// Status, Steps and Where are as in the Trace Run would return:
	// why the run stopped, the number of steps taken, and the iterate
	// where it diverged or left the region (or -1).
	Status Status
	Steps  int
	Where  int
}
