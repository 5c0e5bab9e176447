package plotting

import "math"

// View is the camera of a 3-D figure, set like matplotlib's
// Axes3D.view_init(elev, azim): the camera sits at elevation Elev degrees
// above the x-y plane and azimuth Azim degrees around the z axis, measured
// from the +x axis towards +y, and looks at the middle of the box.
//
// The course uses view_init(elev=30, azim=250) for peaks, and elev 28,
// azim −60 (the sauna) and elev 21, azim −63 (the three bumps) in its labs.
// matplotlib's default is elev 30, azim −60.
//
// As in matplotlib (mplot3d's Axes3D.get_proj and proj3d._view_axes), the
// data box is first scaled to a box with sides in the ratio Aspect
// (default 4:4:3), the eye is placed at distance Dist from its centre along
// (cos e·cos a, cos e·sin a, sin e), the screen's right is V × w and its up
// w × (V × w), where w points from the centre to the eye and V is +z
// (−z when |Elev| > 90°, so the picture is upside down, not mirrored).
type View struct {
	Elev, Azim float64 // degrees

	// Dist is the distance from the eye to the centre of the box, in the
	// units of the scaled box (whose diagonal is about 1.9). Zero means 10,
	// matplotlib's default; a larger value means less perspective.
	Dist float64
	// Ortho, if true, projects orthographically (matplotlib's
	// proj_type='ortho'): parallel lines stay parallel.
	Ortho bool
	// Aspect is the ratio of the box's sides x:y:z; the zero value means
	// 4:4:3, matplotlib's default box aspect.
	Aspect [3]float64
}

// mplBoxDiagonal is the length matplotlib gives the box aspect vector:
// Axes3D.set_box_aspect scales it to 1.8294640721620434 · 25/24 ("tuned to
// match the mpl3.2 appearance", with the 3.9 margin change). It sets how
// strong the perspective of Dist = 10 looks.
const mplBoxDiagonal = 1.8294640721620434 * 25 / 24

// projector maps data coordinates to screen coordinates for one View and one
// data box. Screen x grows to the right and screen y upwards, in units that
// the figure later scales to fit its canvas; depth grows away from the eye.
type projector struct {
	lo, scale [3]float64 // data → scaled box: (p − lo)·scale
	eye       [3]float64
	u, v, w   [3]float64 // screen right, screen up, towards the eye
	ortho     bool
	centre    [3]float64
}

// newProjector returns the projector of view for the data box
// [x0,x1] × [y0,y1] × [z0,z1]. Each range must have positive width.
func newProjector(view View, x0, x1, y0, y1, z0, z1 float64) *projector {
	asp := view.Aspect
	if asp == [3]float64{} {
		asp = [3]float64{4, 4, 3}
	}
	n := math.Sqrt(asp[0]*asp[0] + asp[1]*asp[1] + asp[2]*asp[2])
	for i := range asp {
		asp[i] *= mplBoxDiagonal / n
	}
	dist := view.Dist
	if dist == 0 {
		dist = 10
	}
	p := &projector{ortho: view.Ortho}
	lo := [3]float64{x0, y0, z0}
	hi := [3]float64{x1, y1, z1}
	for i := range lo {
		p.lo[i] = lo[i]
		p.scale[i] = asp[i] / (hi[i] - lo[i])
		p.centre[i] = asp[i] / 2
	}
	e, a := normAngle(view.Elev)*math.Pi/180, normAngle(view.Azim)*math.Pi/180
	dir := [3]float64{math.Cos(e) * math.Cos(a), math.Cos(e) * math.Sin(a), math.Sin(e)}
	for i := range dir {
		p.eye[i] = p.centre[i] + dist*dir[i]
	}
	p.w = dir
	// u = V × w with V = ±z: (−w_y, w_x, 0)·sign, normalised. Computing it
	// from the azimuth alone keeps it defined at elev = ±90°, where matplotlib
	// relies on cos(90°) being 6e-17 rather than 0.
	sign := 1.0
	if math.Abs(normAngle(view.Elev)) > 90 {
		sign = -1
	}
	p.u = [3]float64{-math.Sin(a) * sign, math.Cos(a) * sign, 0}
	p.v = cross(p.w, p.u)
	return p
}

// normAngle maps an angle in degrees to (−180, 180], as matplotlib's
// art3d._norm_angle does.
func normAngle(a float64) float64 {
	a = math.Mod(a, 360)
	if a < 0 {
		a += 360
	}
	if a > 180 {
		a -= 360
	}
	return a
}

func cross(a, b [3]float64) [3]float64 {
	return [3]float64{a[1]*b[2] - a[2]*b[1], a[2]*b[0] - a[0]*b[2], a[0]*b[1] - a[1]*b[0]}
}

func dot(a, b [3]float64) float64 { return a[0]*b[0] + a[1]*b[1] + a[2]*b[2] }

// box returns the data point (x, y, z) in scaled-box coordinates.
func (p *projector) box(x, y, z float64) [3]float64 {
	return [3]float64{(x - p.lo[0]) * p.scale[0], (y - p.lo[1]) * p.scale[1], (z - p.lo[2]) * p.scale[2]}
}

// project returns the screen position (sx, sy) of the data point (x, y, z)
// and its depth: the distance from the eye along the viewing direction.
// Under perspective, sx and sy are the view coordinates divided by the
// depth (focal length 1, matplotlib's default).
func (p *projector) project(x, y, z float64) (sx, sy, depth float64) {
	b := p.box(x, y, z)
	d := [3]float64{b[0] - p.eye[0], b[1] - p.eye[1], b[2] - p.eye[2]}
	xv, yv, zv := dot(p.u, d), dot(p.v, d), dot(p.w, d)
	depth = -zv
	if p.ortho {
		return xv, yv, depth
	}
	return xv / depth, yv / depth, depth
}
