package browser

// JavaScript that exercises a live figure of package plotting/interactive
// in the page, by its uid (the ids are gdi-ctl-UID and gdi-fig-UID).

// SliderJS is a function (uid) that describes the first slider of a live
// figure, as JSON {name, min, max, pos, log, int, current}: its name, its
// range input's position range and position (log10 of the values for a
// log slider), whether it is logarithmic or whole-numbered, and the value
// the kernel last drew (from the figure's data-state, {"values": {name:
// value}}), or null before the first redraw.
const SliderJS = `(uid) => {
	const input = document.getElementById("gdi-ctl-" + uid).querySelector('input[type="range"]');
	const st = JSON.parse(document.getElementById("gdi-fig-" + uid).dataset.state || "null");
	const v = st && st.values && st.values[input.dataset.name];
	return JSON.stringify({name: input.dataset.name, min: parseFloat(input.min), max: parseFloat(input.max), pos: parseFloat(input.value),
		log: input.dataset.log === "1", int: input.dataset.int === "1", current: typeof v === "number" ? v : null});
}`

// PlaceSliderJS is a function (uid, pos) that puts the first slider of a
// live figure at position pos, as a drag would, without telling the page
// yet, and returns the position the browser made of it (snapped to the
// input's step).
const PlaceSliderJS = `(uid, pos) => {
	const input = document.getElementById("gdi-ctl-" + uid).querySelector('input[type="range"]');
	input.value = String(pos);
	return parseFloat(input.value);
}`

// FireSliderJS is a function (uid) that sends the "input" event of the
// slider placed by PlaceSliderJS, as the end of a drag does, and waits for
// the figure the kernel draws for it: the figure element's data-seq reaches
// the event's sequence number. It resolves to the time that took, in ms,
// and fails after 20 s.
const FireSliderJS = `async (uid) => {
	const input = document.getElementById("gdi-ctl-" + uid).querySelector('input[type="range"]');
	const fig = () => document.getElementById("gdi-fig-" + uid);
	const t0 = performance.now();
	input.dispatchEvent(new Event("input", {bubbles: true}));
	const seq = globalThis.gdlessons[uid].lastSeq();
	return await new Promise((resolve, reject) => {
		const poll = () => {
			const f = fig();
			if (f && parseInt(f.dataset.seq, 10) >= seq) {
				resolve(performance.now() - t0);
			} else if (performance.now() - t0 > 20000) {
				reject(new Error("no figure for event " + seq + " (position " + input.value + ") within 20 s"));
			} else {
				setTimeout(poll, 5);
			}
		};
		poll();
	});
}`

// FigureSVGJS is a function (uid) that returns the live figure's SVG.
const FigureSVGJS = `(uid) => document.getElementById("gdi-fig-" + uid).querySelector("svg").outerHTML`

// ClickTargetJS is a function (uid, fx, fy) that returns where to click, in
// viewport CSS pixels, to hit the data point at fractions (fx, fy) of the
// first panel's data range, and that point: {px, py, x, y, tol}. tol is
// the data distance of one CSS pixel, the precision a click can have.
const ClickTargetJS = `(uid, fx, fy) => {
	const fig = document.getElementById("gdi-fig-" + uid);
	fig.scrollIntoView({block: "center"});
	const svg = fig.querySelector("svg");
	const f = JSON.parse(fig.dataset.frames)[0];
	const h = parseFloat(fig.dataset.h);
	const x = f.XMin + fx * (f.XMax - f.XMin), y = f.YMin + fy * (f.YMax - f.YMin);
	const cx = f.MinX + fx * (f.MaxX - f.MinX), cy = f.MinY + fy * (f.MaxY - f.MinY);
	// From the figure's points (y down in SVG) to the screen, by the
	// browser's own mapping of the SVG.
	const m = svg.getScreenCTM();
	const p = new DOMPoint(cx, h - cy).matrixTransform(m);
	const px = p.x, py = p.y;
	const tol = Math.max((f.XMax - f.XMin) / ((f.MaxX - f.MinX) * m.a), (f.YMax - f.YMin) / ((f.MaxY - f.MinY) * m.d));
	return {px: px, py: py, x: x, y: y, tol: tol};
}`

// FigureStateJS is a function (uid) that returns the live figure's
// data-state (JSON) and data-seq.
const FigureStateJS = `(uid) => {
	const f = document.getElementById("gdi-fig-" + uid);
	return f ? JSON.stringify({state: JSON.parse(f.dataset.state || "null"), seq: parseInt(f.dataset.seq, 10)}) : "null";
}`

// DoneTopJS is a function (uid) that scrolls the live figure's Done button
// to the top of the notebook's view, so that the figure's cell starts
// above the view (a cell made active is scrolled into view), and returns,
// as JSON {x, y}, the button's centre in viewport CSS pixels, once the page
// has redrawn (two animation frames).
const DoneTopJS = `async (uid) => {
	const b = document.querySelector("#gdi-ctl-" + uid + ' button[data-action="done"]');
	b.scrollIntoView({block: "start"});
	await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
	const r = b.getBoundingClientRect();
	return JSON.stringify({x: r.left + r.width / 2, y: r.top + r.height / 2});
}`
