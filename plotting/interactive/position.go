package interactive

// ValueAt returns the value the kernel takes for slider position pos, as
// the page sends it: 10^pos for a Log slider, rounded to 3 significant
// digits, else pos rounded to 10 (a whole number for an Integer slider),
// then clamped to [Min, Max]; a NaN position gives Min. A test that moves a slider in the browser
// calls it to know which value each position gives.
func (s Slider) ValueAt(pos float64) float64 { return s.valueAt(pos) }
