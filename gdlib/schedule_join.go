package gdlib

// Join returns the schedule that follows a for the steps before boundary and
// b from there on, with b's clock restarted at 0, as optax's join_schedules
// does (https://optax.readthedocs.io/en/latest/api/optimizer_schedules.html#optax.join_schedules):
//
//	t < boundary:  a(t)
//	t ≥ boundary:  b(t − boundary)
//
// Join(100, Warmup(0.01, 100), Cosine(0.01, 900, 0)) warms up for 100 steps
// and then decays over the next 900. Joins nest: Join(200, Join(100, a, b), c).
//
// It is bad input if boundary < 0 or a or b is bad (their error is
// returned by Validate).
func Join(boundary int, a, b Schedule) Schedule {
	if boundary < 0 {
		return badSchedule("gdlib: Join: boundary = %d: want ≥ 0", boundary)
	}
	if err := a.Validate(); err != nil {
		return badSchedule("gdlib: Join: first schedule: %v", err)
	}
	if err := b.Validate(); err != nil {
		return badSchedule("gdlib: Join: second schedule: %v", err)
	}
	return func(t int) float64 {
		if t < boundary {
			return a(t)
		}
		return b(t - boundary)
	}
}
