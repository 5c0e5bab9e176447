package browser

// JavaScript that exercises a live figure of package plotting/interactive
// in the page, by its uid (the ids are gdi-ctl-UID and gdi-fig-UID).

// MoveSliderJS is a function (uid, n) that moves the first slider of a live
// figure n times, as a learner's drag does (an "input" event each time), and
// after each move waits for the figure the kernel draws for it: the figure
// element's data-seq reaches the event's sequence number. It resolves to
// {latencies: [ms], skipped: [positions], before, after: the figure's SVG,
// state: data-state}.
//
// The positions spread over the middle of the range (the golden-ratio
// sequence mod 1, never the same twice in a row), snapped to the slider's
// step by the browser. A position whose value equals the slider's current
// value is skipped (and listed in skipped): the kernel draws nothing for it
// (plotting/interactive's sliderApp.handle ignores a value it already has),
// so there would be no figure to wait for. The value is computed as the
// kernel computes it (Slider.valueAt: 10^position for a log slider, rounded
// to 3 significant digits, a linear one to 10, an integer one to a whole
// number), and the current value is the one the kernel last drew, from the
// figure's data-state ({"values": {name: value}}), else the slider's own.
// At most 4n positions are tried.
const MoveSliderJS = `async (uid, n) => {
	const ctl = document.getElementById("gdi-ctl-" + uid);
	const input = ctl.querySelector('input[type="range"]');
	const fig = () => document.getElementById("gdi-fig-" + uid);
	const before = fig().querySelector("svg").outerHTML;
	const latencies = [], skipped = [];
	const lo = parseFloat(input.min), hi = parseFloat(input.max);
	const valueAt = (pos) => {
		let v = pos, digits = 10;
		if (input.dataset.log === "1") {
			v = Math.pow(10, pos);
			digits = 3;
		}
		return input.dataset.int === "1" ? Math.round(v) : Number(v.toPrecision(digits));
	};
	const current = () => {
		const st = JSON.parse(fig().dataset.state || "null");
		const v = st && st.values && st.values[input.dataset.name];
		return typeof v === "number" ? v : valueAt(parseFloat(input.value));
	};
	for (let i = 0; latencies.length < n && i < 4 * n; i++) {
		const was = current();
		input.value = String(lo + (hi - lo) * (0.2 + 0.6 * ((0.5 + i * 0.618034) % 1)));
		const pos = parseFloat(input.value);
		if (valueAt(pos) === was) {
			skipped.push(pos);
			continue;
		}
		const t0 = performance.now();
		input.dispatchEvent(new Event("input", {bubbles: true}));
		const seq = globalThis.gdlessons[uid].lastSeq();
		await new Promise((resolve, reject) => {
			let settled = false;
			const check = () => {
				if (settled) {
					return;
				}
				const f = fig();
				if (f && parseInt(f.dataset.seq, 10) >= seq) {
					settled = true;
					latencies.push(performance.now() - t0);
					observer.disconnect();
					resolve();
				} else if (performance.now() - t0 > 20000) {
					settled = true;
					observer.disconnect();
					reject(new Error("no figure for event " + seq + " (position " + pos + ", value " + valueAt(pos) + ", was " + was + ") within 20 s"));
				}
			};
			const observer = new MutationObserver(check);
			observer.observe(document.body, {childList: true, subtree: true, attributes: true});
			const poll = () => { check(); if (!settled) setTimeout(poll, 5); };
			poll();
		});
	}
	const f = fig();
	return {latencies: latencies, skipped: skipped, before: before, after: f.querySelector("svg").outerHTML, state: f.dataset.state};
}`

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
